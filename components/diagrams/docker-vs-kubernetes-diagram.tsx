import { Arrow, Box, DiagramFrame, Label, Region } from "./svg-parts";

const ID = "docker-vs-k8s";

export function DockerVsKubernetesDiagram() {
  return (
    <DiagramFrame
      id={ID}
      width={780}
      height={380}
      title="One Docker host versus a Kubernetes cluster"
      desc="On the left, a single Docker host runs three containers that you started by hand; if the host fails they are gone. On the right, you declare 'replicas: 3' to the Kubernetes control plane, which keeps three pods running across node01, node02 and node03. When node01 fails, a controller notices that only two pods are left and creates a replacement on another node."
    >
      <Region x={10} y={10} w={250} h={360} label="Docker: one host, imperative" />
      <Box x={35} y={60} w={200} h={44} label="you: docker run × 3" />
      <Arrow id={ID} from={[135, 104]} to={[135, 138]} />
      <Region x={35} y={140} w={200} h={160} label="host" />
      <Box x={55} y={175} w={160} h={30} label="container 1" fontSize={12} />
      <Box x={55} y={213} w={160} h={30} label="container 2" fontSize={12} />
      <Box x={55} y={251} w={160} h={30} label="container 3" fontSize={12} />
      <Label x={135} y={330} anchor="middle" muted>Host fails → all three are gone.</Label>
      <Label x={135} y={350} anchor="middle" muted>Nothing starts them elsewhere.</Label>

      <Region x={280} y={10} w={490} h={360} label="Kubernetes: a cluster, declarative" accent />
      <Box x={305} y={50} w={200} h={54} label="you: replicas: 3" sub="desired state, stored by the API" />
      <Box x={545} y={50} w={200} h={54} label="control plane" sub="observe → compare → act" tone="accent" />
      <Arrow id={ID} from={[505, 77]} to={[543, 77]} />
      <Box x={305} y={170} w={140} h={110} label="node01" sub={["✕ failed", "pod lost"]} tone="muted" />
      <Box x={465} y={170} w={140} h={110} label="node02" sub={["pod web-a", "pod web-d (new)"]} />
      <Box x={625} y={170} w={120} h={110} label="node03" sub={["pod web-b"]} />
      <Arrow id={ID} from={[645, 104]} to={[540, 168]} accent label="create a replacement" labelOffset={[-60, 0]} />
      <Arrow id={ID} from={[375, 168]} to={[560, 106]} dashed label="heartbeats stop" labelOffset={[-40, 10]} />
      <Label x={525} y={315} anchor="middle" muted>Only 2 of 3 running → the ReplicaSet controller creates a new pod;</Label>
      <Label x={525} y={335} anchor="middle" muted>the scheduler places it on a healthy node.</Label>
    </DiagramFrame>
  );
}
