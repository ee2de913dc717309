import { Arrow, Box, DiagramFrame, Label, Region } from "./svg-parts";

const ID = "cri-stack";

export function CriStackDiagram() {
  return (
    <DiagramFrame
      id={ID}
      width={800}
      height={420}
      title="Container runtime stacks under the kubelet"
      desc="Three columns. Today with containerd: the kubelet speaks CRI over gRPC to containerd's built-in CRI plugin, which starts containers with runc. Today with CRI-O: the kubelet speaks CRI to CRI-O, which uses runc or crun. Before Kubernetes 1.24: the kubelet contained dockershim, which translated CRI calls into Docker Engine API calls to dockerd, which in turn used containerd and runc; that path was removed. crictl is a debugging client that speaks CRI to the runtime just as the kubelet does."
    >
      <Region x={10} y={10} w={250} h={400} label="Today: containerd" accent />
      <Box x={35} y={50} w={200} h={50} label="kubelet" />
      <Arrow id={ID} from={[135, 100]} to={[135, 148]} label="CRI (gRPC)" labelOffset={[42, 4]} accent />
      <Box x={35} y={150} w={200} h={60} label="containerd" sub="built-in CRI plugin" tone="accent" />
      <Arrow id={ID} from={[135, 210]} to={[135, 248]} />
      <Box x={35} y={250} w={200} h={50} label="runc" sub="OCI runtime" />
      <Box x={35} y={340} w={200} h={50} label="crictl" sub="same CRI socket, for debugging" tone="muted" />
      <Arrow id={ID} from={[60, 338]} to={[60, 212]} dashed />

      <Region x={275} y={10} w={250} h={400} label="Today: CRI-O" accent />
      <Box x={300} y={50} w={200} h={50} label="kubelet" />
      <Arrow id={ID} from={[400, 100]} to={[400, 148]} label="CRI (gRPC)" labelOffset={[42, 4]} accent />
      <Box x={300} y={150} w={200} h={60} label="CRI-O" sub="built only for Kubernetes" tone="accent" />
      <Arrow id={ID} from={[400, 210]} to={[400, 248]} />
      <Box x={300} y={250} w={200} h={50} label="runc or crun" sub="OCI runtime" />

      <Region x={540} y={10} w={250} h={400} label="Before 1.24: dockershim" />
      <Region x={555} y={40} w={220} h={110} label="kubelet" />
      <Box x={575} y={80} w={180} h={50} label="dockershim" sub="CRI → Docker API adapter" tone="muted" />
      <Arrow id={ID} from={[665, 130]} to={[665, 168]} dashed />
      <Box x={575} y={170} w={180} h={46} label="dockerd" sub="Docker Engine" tone="muted" />
      <Arrow id={ID} from={[665, 216]} to={[665, 238]} dashed />
      <Box x={575} y={240} w={180} h={46} label="containerd" tone="muted" />
      <Arrow id={ID} from={[665, 286]} to={[665, 308]} dashed />
      <Box x={575} y={310} w={180} h={40} label="runc" tone="muted" />
      <Label x={665} y={385} anchor="middle" muted>Removed from the kubelet in 1.24</Label>
    </DiagramFrame>
  );
}
