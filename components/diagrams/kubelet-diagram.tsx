import { Arrow, Box, DiagramFrame, Label, Region } from "./svg-parts";

const ID = "kubelet";

export function KubeletDiagram() {
  return (
    <DiagramFrame
      id={ID}
      width={800}
      height={400}
      title="What the kubelet does on its node"
      desc="The kubelet on node01 watches the API server for pods bound to node01 and also reads static pod manifests from a local folder. It asks the container runtime over CRI to create sandboxes and containers, runs liveness, readiness and startup probes against the containers, restarts containers that exit according to the restart policy with a back-off of 10 seconds doubling to 5 minutes, and reports back: pod status to the API server, a Lease renewal every 10 seconds as its heartbeat, and node status with conditions when something changes or at least every 5 minutes."
    >
      <Box x={20} y={30} w={190} h={60} label="kube-apiserver" sub="pods with nodeName=node01" />
      <Box x={20} y={300} w={190} h={60} label="/etc/kubernetes/manifests" sub="static pods" />
      <Region x={240} y={10} w={540} h={380} label="node01" />
      <Box x={260} y={140} w={220} h={100} label="kubelet" sub={["sync loop per pod:", "desired (API) vs actual (CRI)", "admit · start · probe · restart"]} tone="accent" />
      <Arrow id={ID} from={[210, 60]} to={[300, 138]} label="watch" labelOffset={[-30, 0]} />
      <Arrow id={ID} from={[210, 330]} to={[300, 242]} label="read" labelOffset={[-26, 0]} />
      <Arrow id={ID} from={[400, 138]} to={[200, 80]} dashed label="status · Lease every 10s" labelOffset={[70, -14]} />
      <Box x={540} y={50} w={220} h={60} label="container runtime" sub="containerd / CRI-O" />
      <Arrow id={ID} from={[480, 165]} to={[560, 112]} label="CRI (gRPC)" labelOffset={[20, 10]} />
      <Box x={540} y={150} w={220} h={90} label="pod web" sub={["container nginx", "restarts: 10s, 20s, 40s…", "capped at 5 min"]} />
      <Arrow id={ID} from={[480, 200]} to={[538, 200]} label="probes" />
      <Box x={540} y={280} w={220} h={80} label="node resources" sub={["cgroups, eviction thresholds", "max 110 pods by default"]} tone="muted" />
      <Arrow id={ID} from={[440, 240]} to={[540, 300]} dashed />
      <Label x={260} y={290} muted>Liveness fails → restart container</Label>
      <Label x={260} y={308} muted>Readiness fails → out of Service endpoints</Label>
      <Label x={260} y={326} muted>Startup → holds the other probes off</Label>
      <Label x={260} y={356} muted>Never reschedules a pod elsewhere.</Label>
    </DiagramFrame>
  );
}
