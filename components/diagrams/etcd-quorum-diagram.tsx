import { Arrow, Box, DiagramFrame, Label } from "./svg-parts";

const ID = "etcd-quorum";

const ROWS = [
  ["1", "1", "0"],
  ["2", "2", "0"],
  ["3", "2", "1"],
  ["4", "3", "1"],
  ["5", "3", "2"],
];

export function EtcdQuorumDiagram() {
  return (
    <DiagramFrame
      id={ID}
      width={800}
      height={330}
      title="etcd: Raft replication and quorum"
      desc="The API server sends a write to the etcd leader. The leader appends it to its log and replicates it to two followers; as soon as a majority, two of three members, has the entry, the write is committed and acknowledged. A table shows that 1 member needs 1 for quorum and tolerates 0 failures, 2 need 2 and tolerate 0, 3 need 2 and tolerate 1, 4 need 3 and tolerate 1, and 5 need 3 and tolerate 2, so even sizes add no fault tolerance."
    >
      <Box x={20} y={30} w={150} h={50} label="kube-apiserver" sub="PUT /registry/pods/…" />
      <Arrow id={ID} from={[170, 55]} to={[218, 55]} label="write" />
      <Box x={220} y={25} w={170} h={60} label="etcd member 1" sub="leader: appends to log" tone="accent" />
      <Box x={120} y={170} w={170} h={60} label="etcd member 2" sub="follower: has entry ✓" />
      <Box x={330} y={170} w={170} h={60} label="etcd member 3" sub="follower (slow or down)" tone="muted" />
      <Arrow id={ID} from={[280, 85]} to={[220, 168]} label="replicate" labelOffset={[-36, 0]} />
      <Arrow id={ID} from={[330, 85]} to={[400, 168]} dashed />
      <Label x={20} y={270}>2 of 3 have it → committed, revision +1,</Label>
      <Label x={20} y={288}>the API server answers the client.</Label>

      <Label x={560} y={40} bold>members</Label>
      <Label x={640} y={40} bold>quorum</Label>
      <Label x={715} y={40} bold>can lose</Label>
      {ROWS.map((row, i) => (
        <g key={row[0]}>
          <rect x={545} y={52 + i * 40} width={240} height={34} rx={6} fill="var(--bg-soft)" stroke={row[0] === "3" || row[0] === "5" ? "var(--accent)" : "var(--border)"} strokeWidth={row[0] === "3" || row[0] === "5" ? 2 : 1} />
          <Label x={585} y={74 + i * 40} anchor="middle">{row[0]}</Label>
          <Label x={665} y={74 + i * 40} anchor="middle">{row[1]}</Label>
          <Label x={745} y={74 + i * 40} anchor="middle">{row[2]}</Label>
        </g>
      ))}
      <Label x={665} y={270} anchor="middle" muted>quorum = ⌊n/2⌋ + 1</Label>
      <Label x={665} y={288} anchor="middle" muted>even sizes add no tolerance</Label>
    </DiagramFrame>
  );
}
