import { Arrow, Box, DiagramFrame, Label } from "./svg-parts";

const ID = "self-healing";

export function SelfHealingDiagram() {
  return (
    <DiagramFrame
      id={ID}
      width={800}
      height={400}
      title="Three layers of auto-healing"
      desc="Layer one: a container exits or fails its liveness probe; the kubelet on the same node restarts it in place, with back-off of 10 seconds doubling up to 5 minutes. Layer two: a pod disappears because it was deleted or evicted; the ReplicaSet controller creates a new pod with a new name and the scheduler places it. Layer three: a node stops renewing its Lease; after the 50-second grace period the node lifecycle controller marks it Unknown and taints it unreachable with NoExecute; after the pods' default 300-second toleration they are evicted and layer two replaces them, about six minutes after the failure. Bare pods get layer one only."
    >
      <Label x={20} y={30} bold>What failed</Label>
      <Label x={250} y={30} bold>Who notices and acts</Label>
      <Label x={560} y={30} bold>Result</Label>

      <Box x={20} y={45} w={200} h={70} label="a container" sub={["exits, OOMKilled,", "or fails liveness"]} />
      <Arrow id={ID} from={[220, 80]} to={[248, 80]} />
      <Box x={250} y={45} w={280} h={70} label="kubelet (same node)" sub={["restart per restartPolicy", "back-off 10s → 20s → … → 5 min"]} tone="accent" />
      <Arrow id={ID} from={[530, 80]} to={[558, 80]} />
      <Box x={560} y={45} w={220} h={70} label="same pod, same IP" sub="RESTARTS +1" />

      <Box x={20} y={145} w={200} h={70} label="a pod" sub={["deleted, evicted,", "or lost with its node"]} />
      <Arrow id={ID} from={[220, 180]} to={[248, 180]} />
      <Box x={250} y={145} w={280} h={70} label="ReplicaSet controller + scheduler" sub={["count < replicas → create pod", "scheduler binds it to a node"]} tone="accent" />
      <Arrow id={ID} from={[530, 180]} to={[558, 180]} />
      <Box x={560} y={145} w={220} h={70} label="new pod" sub="new name, new IP" />

      <Box x={20} y={245} w={200} h={70} label="a node" sub={["crashed, partitioned,", "kubelet stopped"]} />
      <Arrow id={ID} from={[220, 280]} to={[248, 280]} />
      <Box x={250} y={245} w={280} h={70} label="node lifecycle controller" sub={["Ready=Unknown, taint", "unreachable:NoExecute"]} tone="accent" />
      <Arrow id={ID} from={[530, 280]} to={[558, 280]} />
      <Box x={560} y={245} w={220} h={70} label="pods evicted" sub="then layer 2 replaces them" />
      <Arrow id={ID} from={[670, 245]} to={[670, 217]} dashed />

      <line x1={40} y1={355} x2={760} y2={355} stroke="currentColor" strokeWidth={1.5} />
      {[
        { x: 40, t: "t = 0", s: "last heartbeat" },
        { x: 200, t: "+50 s", s: "node Unknown, tainted" },
        { x: 560, t: "+350 s", s: "300 s toleration ends → evict" },
      ].map((m) => (
        <g key={m.t}>
          <circle cx={m.x} cy={355} r={5} fill="var(--accent)" />
          <Label x={m.x} y={342} anchor={m.x === 40 ? "start" : "middle"} bold>{m.t}</Label>
          <Label x={m.x} y={378} anchor={m.x === 40 ? "start" : "middle"} muted>{m.s}</Label>
        </g>
      ))}
    </DiagramFrame>
  );
}
