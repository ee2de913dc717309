import { Arrow, Box, DiagramFrame, Label, Region } from "./svg-parts";

const ID = "ha-control-plane";

export function HaControlPlaneDiagram() {
  return (
    <DiagramFrame
      id={ID}
      width={800}
      height={400}
      title="Highly available control plane with stacked etcd"
      desc="Clients and kubelets reach the API through one load balancer address. Behind it, three control-plane nodes each run an API server, all serving requests at the same time, plus a scheduler and a controller manager, of which only the lease holder is active while the others stand by. Each node also runs an etcd member; the three members form a Raft cluster that needs two of three for quorum, so one control-plane node can fail."
    >
      <Box x={300} y={12} w={200} h={46} label="load balancer" sub="one API address :6443" tone="accent" />
      <Label x={520} y={40} muted>kubectl, kubelets, controllers</Label>
      {[0, 1, 2].map((i) => {
        const x = 20 + i * 260;
        return (
          <g key={i}>
            <Region x={x} y={90} w={240} h={290} label={`control plane ${i + 1}`} />
            <Box x={x + 20} y={125} w={200} h={46} label="kube-apiserver" sub="active" tone="accent" />
            <Box x={x + 20} y={185} w={200} h={46} label="kube-scheduler" sub={i === 0 ? "leader (holds the Lease)" : "standby"} tone={i === 0 ? "accent" : "muted"} />
            <Box x={x + 20} y={245} w={200} h={46} label="kube-controller-manager" sub={i === 1 ? "leader (holds the Lease)" : "standby"} tone={i === 1 ? "accent" : "muted"} />
            <Box x={x + 20} y={310} w={200} h={46} label={`etcd member ${i + 1}`} sub="Raft" />
            <Arrow id={ID} from={[400, 58]} to={[x + 120, 123]} />
          </g>
        );
      })}
      <Arrow id={ID} from={[240, 333]} to={[278, 333]} both dashed />
      <Arrow id={ID} from={[500, 333]} to={[538, 333]} both dashed />
      <Label x={400} y={395} anchor="middle" muted>Quorum = 2 of 3: the cluster survives the loss of any one control-plane node.</Label>
    </DiagramFrame>
  );
}
