import { Arrow, Box, DiagramFrame, Label, Region } from "./svg-parts";

const ID = "docker-host";

export function DockerHostDiagram() {
  return (
    <DiagramFrame
      id={ID}
      width={760}
      height={390}
      title="Docker on one host"
      desc="The docker CLI sends requests to the Docker daemon, which hands containers to containerd, which starts each one with runc. Each container gets a veth interface attached to the docker0 bridge at 172.17.0.1, and receives an address such as 172.17.0.2 or 172.17.0.3. Everything lives on a single machine."
    >
      <Region x={10} y={10} w={740} h={370} label="One Linux host (no cluster)" />
      <Box x={30} y={50} w={130} h={50} label="docker CLI" sub="docker run -d nginx" />
      <Box x={200} y={50} w={130} h={50} label="dockerd" sub="Docker Engine API" />
      <Box x={370} y={50} w={130} h={50} label="containerd" sub="images, containers" />
      <Box x={540} y={50} w={130} h={50} label="runc" sub="namespaces + cgroups" />
      <Arrow id={ID} from={[160, 75]} to={[198, 75]} />
      <Arrow id={ID} from={[330, 75]} to={[368, 75]} />
      <Arrow id={ID} from={[500, 75]} to={[538, 75]} />
      <Box x={60} y={170} w={180} h={60} label="container: nginx" sub="eth0 172.17.0.2" tone="accent" />
      <Box x={290} y={170} w={180} h={60} label="container: my-container" sub="eth0 172.17.0.3" tone="accent" />
      <Arrow id={ID} from={[605, 100]} to={[380, 168]} dashed label="starts" labelOffset={[40, -6]} />
      <Box x={60} y={290} w={410} h={44} label="docker0 bridge" sub="172.17.0.1/16, NAT to the outside" />
      <Arrow id={ID} from={[150, 230]} to={[150, 288]} label="veth" labelOffset={[20, 0]} both />
      <Arrow id={ID} from={[380, 230]} to={[380, 288]} label="veth" labelOffset={[20, 0]} both />
      <Box x={540} y={290} w={180} h={44} label="host eth0" sub="iptables MASQUERADE" />
      <Arrow id={ID} from={[470, 312]} to={[538, 312]} both />
      <Label x={540} y={190} muted>No scheduler, no other nodes:</Label>
      <Label x={540} y={208} muted>if this host dies, so do</Label>
      <Label x={540} y={226} muted>all of its containers.</Label>
    </DiagramFrame>
  );
}
