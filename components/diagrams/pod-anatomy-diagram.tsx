import { Arrow, Box, DiagramFrame, Label, Region } from "./svg-parts";

const ID = "pod-anatomy";

export function PodAnatomyDiagram() {
  return (
    <DiagramFrame
      id={ID}
      width={760}
      height={360}
      title="Inside a pod"
      desc="A pod on node01 holds a sandbox, the pause container, which owns the network namespace with the pod's single IP address 10.244.1.5. Two containers, web (nginx) and log-shipper, join that namespace so they share the IP and can talk over localhost. Both mount the same emptyDir volume. The kubelet on the node manages the pod as one unit."
    >
      <Region x={10} y={10} w={740} h={340} label="node01" />
      <Region x={40} y={45} w={520} h={290} label="Pod web-with-sidecar — IP 10.244.1.5" accent />
      <Box x={70} y={85} w={460} h={50} label="sandbox (pause container)" sub="holds the network namespace: one IP, one port space, localhost" tone="muted" />
      <Box x={70} y={165} w={200} h={70} label="container: web" sub={["nginx, port 80", "restarted by kubelet"]} tone="accent" />
      <Box x={330} y={165} w={200} h={70} label="container: log-shipper" sub={["reads /var/log/nginx", "talks to web on localhost"]} tone="accent" />
      <Arrow id={ID} from={[270, 200]} to={[328, 200]} both label="localhost" />
      <Box x={70} y={265} w={460} h={44} label="volume: logs (emptyDir)" sub="mounted into both containers; lives as long as the pod" />
      <Arrow id={ID} from={[170, 235]} to={[170, 263]} both />
      <Arrow id={ID} from={[430, 235]} to={[430, 263]} both />
      <Box x={590} y={150} w={140} h={70} label="kubelet" sub={["starts, probes and", "restarts containers"]} />
      <Arrow id={ID} from={[590, 185]} to={[532, 185]} dashed />
      <Label x={590} y={260} muted>Scheduled together,</Label>
      <Label x={590} y={278} muted>always on one node,</Label>
      <Label x={590} y={296} muted>deleted together.</Label>
    </DiagramFrame>
  );
}
