import { Arrow, Box, DiagramFrame, Label, Region } from "./svg-parts";

const ID = "service-routing";

export function ServiceRoutingDiagram() {
  return (
    <DiagramFrame
      id={ID}
      width={800}
      height={420}
      title="How kube-proxy's iptables rules route a Service virtual IP"
      desc="kube-proxy watches Services and EndpointSlices through the API server and writes NAT rules into the node's kernel; it does not carry traffic. A client pod connects to the Service web at 10.96.120.15 port 80. In the kernel, the KUBE-SERVICES chain matches that address and jumps to the service chain KUBE-SVC, which picks one of three endpoint chains at random, the first with probability one third, the second with one half of the rest, the last always. The chosen KUBE-SEP chain rewrites the destination with DNAT to a pod address such as 10.244.2.7 port 80, and the packet goes to that pod, possibly on another node."
    >
      <Box x={20} y={20} w={170} h={50} label="API server" sub="Service, EndpointSlices" />
      <Box x={20} y={110} w={170} h={60} label="kube-proxy" sub="writes rules, carries no traffic" tone="accent" />
      <Arrow id={ID} from={[105, 70]} to={[105, 108]} label="watch" labelOffset={[24, 4]} />
      <Box x={20} y={250} w={170} h={60} label="client pod" sub="curl web → 10.96.120.15:80" />
      <Region x={220} y={10} w={570} h={330} label="node kernel: iptables nat table" accent />
      <Arrow id={ID} from={[190, 140]} to={[238, 80]} dashed label="program" labelOffset={[-12, 0]} />
      <Box x={240} y={45} w={260} h={56} label="KUBE-SERVICES" sub="-d 10.96.120.15 --dport 80 → KUBE-SVC-…" fontSize={13} />
      <Arrow id={ID} from={[190, 280]} to={[250, 103]} accent />
      <Box x={240} y={140} w={260} h={56} label="KUBE-SVC-…  (default/web)" sub="random: 1/3 → SEP-1, 1/2 → SEP-2, else SEP-3" fontSize={13} tone="accent" />
      <Arrow id={ID} from={[370, 101]} to={[370, 138]} accent />
      <Box x={530} y={45} w={240} h={50} label="KUBE-SEP-1" sub="DNAT → 10.244.1.5:80" fontSize={13} />
      <Box x={530} y={140} w={240} h={50} label="KUBE-SEP-2" sub="DNAT → 10.244.2.7:80" fontSize={13} tone="accent" />
      <Box x={530} y={235} w={240} h={50} label="KUBE-SEP-3" sub="DNAT → 10.244.2.9:80" fontSize={13} />
      <Arrow id={ID} from={[500, 160]} to={[528, 75]} />
      <Arrow id={ID} from={[500, 168]} to={[528, 165]} accent />
      <Arrow id={ID} from={[500, 176]} to={[528, 255]} />
      <Box x={530} y={355} w={240} h={50} label="pod web-…  10.244.2.7" sub="on node02, reached over the pod network" />
      <Arrow id={ID} from={[650, 190]} to={[650, 353]} accent />
      <Label x={240} y={240} muted>Chosen once per connection;</Label>
      <Label x={240} y={258} muted>conntrack keeps later packets on it.</Label>
      <Label x={240} y={300} muted>The ClusterIP is on no interface:</Label>
      <Label x={240} y={318} muted>it exists only in these rules.</Label>
    </DiagramFrame>
  );
}
