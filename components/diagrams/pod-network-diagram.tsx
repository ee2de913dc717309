import { Arrow, Box, DiagramFrame, Label, Region } from "./svg-parts";

const ID = "pod-network";

export function PodNetworkDiagram() {
  return (
    <DiagramFrame
      id={ID}
      width={800}
      height={430}
      title="Docker bridge networking versus the Kubernetes pod network"
      desc="Top: two Docker hosts each have a docker0 bridge with the same subnet 172.17.0.0/16, so a container on host A at 172.17.0.2 cannot address a container on host B, which may even have the same IP; cross-host traffic needs published ports and NAT. Bottom: in Kubernetes each node receives its own pod CIDR, 10.244.1.0/24 on node01 and 10.244.2.0/24 on node02. When the runtime creates a pod sandbox it calls the CNI plugin, whose IPAM picks a free address from the node's range, such as 10.244.1.5, and wires a veth into the node. The CNI plugin, for example Flannel with VXLAN or Calico with BGP, also makes the node ranges routable to each other, so pod 10.244.1.5 reaches pod 10.244.2.7 directly, without NAT."
    >
      <Region x={10} y={10} w={780} h={130} label="Docker: each host is its own island" />
      <Box x={30} y={45} w={340} h={80} label="host A · docker0 172.17.0.0/16" sub={["container 172.17.0.2", "reachable from outside only via -p 8080:80 (NAT)"]} tone="muted" />
      <Box x={430} y={45} w={340} h={80} label="host B · docker0 172.17.0.0/16" sub={["container 172.17.0.2 (same IP!)", "no route between the two bridges"]} tone="muted" />

      <Region x={10} y={155} w={780} h={265} label="Kubernetes: one flat pod network, implemented by the CNI plugin" accent />
      <Region x={30} y={185} w={340} h={170} label="node01 · podCIDR 10.244.1.0/24" />
      <Region x={430} y={185} w={340} h={170} label="node02 · podCIDR 10.244.2.0/24" />
      <Box x={50} y={220} w={140} h={50} label="pod web-a" sub="10.244.1.5" tone="accent" />
      <Box x={210} y={220} w={140} h={50} label="pod api-b" sub="10.244.1.6" />
      <Box x={50} y={290} w={300} h={48} label="CNI plugin + IPAM" sub="veth into pod, address from node range" />
      <Box x={450} y={220} w={140} h={50} label="pod web-c" sub="10.244.2.7" tone="accent" />
      <Box x={610} y={220} w={140} h={50} label="pod db-d" sub="10.244.2.8" />
      <Box x={450} y={290} w={300} h={48} label="CNI plugin + IPAM" sub="veth into pod, address from node range" />
      <Arrow id={ID} from={[190, 236]} to={[448, 236]} accent both label="pod IP to pod IP, no NAT" />
      <Arrow id={ID} from={[350, 314]} to={[448, 314]} both dashed label="overlay or routes" labelOffset={[0, -8]} />
      <Label x={400} y={385} anchor="middle" muted>Flannel: VXLAN overlay, no NetworkPolicy · Calico: BGP routes or overlay, enforces NetworkPolicy</Label>
      <Label x={400} y={405} anchor="middle" muted>kube-proxy is not involved in giving pods their addresses.</Label>
    </DiagramFrame>
  );
}
