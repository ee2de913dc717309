import { Arrow, Box, DiagramFrame, Label, Region } from "./svg-parts";

const ID = "hpa-loop";

export function HpaLoopDiagram() {
  return (
    <DiagramFrame
      id={ID}
      width={800}
      height={400}
      title="The autoscaling loops: HorizontalPodAutoscaler and Cluster Autoscaler"
      desc="The kubelet on each node measures container CPU and memory. metrics-server collects these and serves them through the Metrics API, which kubectl top also reads. Every 15 seconds the HPA controller reads the average CPU of the Deployment's pods, divides it by their CPU requests, and computes desired replicas as the ceiling of current replicas times current utilization over target utilization, ignoring changes within a 10 percent tolerance. It writes the new replica count to the Deployment's scale subresource, and the ReplicaSet creates pods. If new pods cannot be scheduled and stay Pending, the Cluster Autoscaler asks the cloud for another node."
    >
      <Region x={10} y={10} w={250} h={230} label="Nodes" />
      <Box x={30} y={45} w={210} h={60} label="kubelet (cAdvisor)" sub="per-container CPU, memory" />
      <Box x={30} y={160} w={210} h={60} label="pods of my-app" sub="requests cpu: 200m each" tone="accent" />
      <Box x={300} y={45} w={200} h={60} label="metrics-server" sub="Metrics API · kubectl top" />
      <Arrow id={ID} from={[240, 75]} to={[298, 75]} label="scrape" />
      <Box x={300} y={150} w={200} h={80} label="HPA controller" sub={["every 15 s", "usage ÷ requests", "vs target 50%"]} tone="accent" />
      <Arrow id={ID} from={[400, 105]} to={[400, 148]} label="read" labelOffset={[20, 4]} />
      <Box x={560} y={150} w={220} h={80} label="Deployment my-app" sub={["scale subresource", "replicas: 3 → 6"]} />
      <Arrow id={ID} from={[500, 190]} to={[558, 190]} accent label="set replicas" />
      <Arrow id={ID} from={[620, 230]} to={[240, 200]} dashed label="ReplicaSet creates pods" labelOffset={[120, 26]} />
      <Box x={560} y={290} w={220} h={70} label="Cluster Autoscaler" sub={["pods Pending (no room)?", "→ add a node via cloud API"]} />
      <Box x={300} y={290} w={200} h={70} label="desired replicas" sub={["= ceil(3 × 90% / 50%)", "= ceil(5.4) = 6"]} tone="muted" />
      <Arrow id={ID} from={[400, 232]} to={[400, 288]} />
      <Label x={30} y={300} muted>Skipped when the ratio is</Label>
      <Label x={30} y={318} muted>within 0.9–1.1 (tolerance).</Label>
      <Label x={30} y={346} muted>Scale-down waits for a 5-minute</Label>
      <Label x={30} y={364} muted>stabilization window.</Label>
    </DiagramFrame>
  );
}
