import { Arrow, Box, DiagramFrame, Label, Region } from "./svg-parts";

const ID = "api-pipeline";

const STAGES = [
  { label: "Authentication", sub: ["who are you?", "cert, token, OIDC"] },
  { label: "Authorization", sub: ["may you do this?", "RBAC, Node"] },
  { label: "Mutating admission", sub: ["change the object", "defaults, tolerations"] },
  { label: "Validation", sub: ["schema and", "field rules"] },
  { label: "Validating admission", sub: ["policies may", "still reject"] },
];

export function ApiRequestPipelineDiagram() {
  return (
    <DiagramFrame
      id={ID}
      width={800}
      height={300}
      title="The path of a write request through the API server"
      desc="A request such as 'create this pod' from kubectl passes through authentication, then authorization, then mutating admission, then schema validation, then validating admission. Only if every stage accepts it is the object written to etcd, which gives it a new resourceVersion. Watchers such as the scheduler, controllers and kubelets are then notified of the change. A failure at any stage returns an error to the client and nothing is stored."
    >
      <Box x={10} y={40} w={110} h={60} label="kubectl" sub="POST /api/v1/…/pods" fontSize={13} />
      <Region x={135} y={10} w={655} h={140} label="kube-apiserver" accent />
      {STAGES.map((s, i) => (
        <g key={s.label}>
          <Box x={150 + i * 126} y={45} w={114} h={80} label={s.label} sub={s.sub} fontSize={12} tone={i === 0 ? "accent" : "default"} />
          {i < STAGES.length - 1 ? <Arrow id={ID} from={[264 + i * 126, 85]} to={[274 + i * 126, 85]} /> : null}
        </g>
      ))}
      <Arrow id={ID} from={[120, 70]} to={[148, 70]} />
      <Box x={620} y={200} w={160} h={56} label="etcd" sub="stored, new resourceVersion" tone="accent" />
      <Arrow id={ID} from={[707, 127]} to={[700, 198]} label="persist" labelOffset={[28, 0]} />
      <Box x={330} y={200} w={230} h={56} label="watchers notified" sub="scheduler, controllers, kubelets" />
      <Arrow id={ID} from={[618, 228]} to={[562, 228]} />
      <Box x={10} y={200} w={250} h={56} label="any stage says no" sub="401 · 403 · 422 error, nothing stored" tone="muted" />
      <Arrow id={ID} from={[200, 127]} to={[150, 198]} dashed />
      <Label x={400} y={290} anchor="middle" muted>Reads (get, list, watch) pass authentication and authorization too, but skip admission.</Label>
    </DiagramFrame>
  );
}
