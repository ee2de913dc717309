import { Arrow, Box, DiagramFrame, Label, Region } from "./svg-parts";

const ID = "control-plane";

export function ControlPlaneDiagram() {
  return (
    <DiagramFrame
      id={ID}
      width={800}
      height={470}
      title="Kubernetes architecture: control plane and data plane"
      desc="kubectl and every other client talk to the API server. In the control plane, the API server is the only component that reads and writes etcd; the scheduler, the controller manager and the cloud controller manager all watch and update objects through the API server. On each worker node, the kubelet watches the API server for pods bound to its node and drives the container runtime over CRI, kube-proxy watches Services and EndpointSlices and programs packet rules, and the pods run in the container runtime. Arrows point to the API server because it is the hub."
    >
      <Box x={320} y={12} w={160} h={40} label="kubectl / clients" />
      <Arrow id={ID} from={[400, 52]} to={[400, 88]} label="HTTPS (REST)" labelOffset={[52, 4]} />
      <Region x={10} y={66} w={780} h={176} label="Control plane" accent />
      <Box x={300} y={90} w={200} h={58} label="kube-apiserver" sub="authn · authz · admission · REST" tone="accent" />
      <Box x={40} y={96} w={170} h={46} label="etcd" sub="key-value store" />
      <Arrow id={ID} from={[298, 119]} to={[212, 119]} both label="only the API server" labelOffset={[0, -10]} />
      <Box x={40} y={180} w={170} h={46} label="kube-scheduler" sub="picks a node" />
      <Box x={250} y={180} w={190} h={46} label="kube-controller-manager" sub="reconcile loops" />
      <Box x={480} y={180} w={190} h={46} label="cloud-controller-manager" sub="cloud APIs (optional)" />
      <Arrow id={ID} from={[150, 178]} to={[330, 150]} dashed />
      <Arrow id={ID} from={[345, 178]} to={[375, 150]} dashed />
      <Arrow id={ID} from={[560, 178]} to={[460, 150]} dashed />
      <Label x={690} y={200} muted>watch + update</Label>
      <Label x={690} y={216} muted>via the API</Label>

      <Region x={10} y={262} w={385} h={198} label="Worker node01 (data plane)" />
      <Region x={405} y={262} w={385} h={198} label="Worker node02 (data plane)" />
      <Box x={30} y={296} w={165} h={46} label="kubelet" sub="node agent" />
      <Box x={210} y={296} w={165} h={46} label="kube-proxy" sub="Service rules" />
      <Box x={30} y={360} w={165} h={46} label="container runtime" sub="containerd / CRI-O" />
      <Box x={210} y={360} w={165} h={80} label="pods" sub={["web-a 10.244.1.5", "api-b 10.244.1.6"]} tone="accent" />
      <Arrow id={ID} from={[112, 342]} to={[112, 358]} label="CRI" labelOffset={[18, 12]} />
      <Box x={425} y={296} w={165} h={46} label="kubelet" sub="node agent" />
      <Box x={605} y={296} w={165} h={46} label="kube-proxy" sub="Service rules" />
      <Box x={425} y={360} w={165} h={46} label="container runtime" sub="containerd / CRI-O" />
      <Box x={605} y={360} w={165} h={80} label="pods" sub={["web-c 10.244.2.4"]} tone="accent" />
      <Arrow id={ID} from={[507, 342]} to={[507, 358]} label="CRI" labelOffset={[18, 12]} />
      <Arrow id={ID} from={[112, 294]} to={[340, 150]} dashed />
      <Arrow id={ID} from={[292, 294]} to={[370, 150]} dashed />
      <Arrow id={ID} from={[507, 294]} to={[440, 150]} dashed />
      <Arrow id={ID} from={[687, 294]} to={[470, 150]} dashed />
    </DiagramFrame>
  );
}
