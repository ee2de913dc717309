import { Arrow, Box, DiagramFrame, Label, Region } from "./svg-parts";

const ID = "enterprise";

export function EnterpriseFeaturesDiagram() {
  return (
    <DiagramFrame
      id={ID}
      width={800}
      height={420}
      title="RBAC, Ingress, NetworkPolicy and Secrets in one cluster"
      desc="Top: a person or a service account calls the API server, where RBAC checks Roles and RoleBindings before any change; RBAC only grants, it never denies. Middle: an external HTTP client reaches an Ingress controller, a proxy that implements Ingress rules such as shop.example.com slash api, which forwards to the Service api and its pods. A NetworkPolicy around the api pods allows traffic only from pods labelled role=frontend, enforced by the CNI plugin. Bottom: a Secret stored in etcd, base64-encoded and unencrypted unless encryption at rest is configured, is mounted into the api pods as a file or environment variable."
    >
      <Box x={20} y={20} w={170} h={54} label="user / ServiceAccount" sub="kubectl, CI, pods" />
      <Arrow id={ID} from={[190, 47]} to={[278, 47]} />
      <Box x={280} y={15} w={250} h={64} label="API server: RBAC" sub={["Role + RoleBinding → allowed?", "additive: grants only"]} tone="accent" />
      <Box x={600} y={20} w={180} h={54} label="etcd" sub="Secrets: base64, not encrypted by default" fontSize={13} />
      <Arrow id={ID} from={[530, 47]} to={[598, 47]} both />

      <Box x={20} y={150} w={170} h={54} label="browser" sub="https://shop.example.com/api" fontSize={13} />
      <Arrow id={ID} from={[190, 177]} to={[238, 177]} />
      <Box x={240} y={140} w={190} h={74} label="Ingress controller" sub={["NGINX, Traefik, cloud LB…", "reads Ingress rules"]} tone="accent" />
      <Arrow id={ID} from={[430, 177]} to={[478, 177]} />
      <Box x={480} y={150} w={110} h={54} label="Service api" fontSize={13} />
      <Arrow id={ID} from={[590, 177]} to={[618, 177]} />
      <Region x={620} y={115} w={170} h={190} label="NetworkPolicy" accent />
      <Box x={635} y={150} w={140} h={54} label="pods app=api" sub="ingress: role=frontend" fontSize={13} />
      <Box x={635} y={230} w={140} h={54} label="/etc/secrets/db" sub="Secret mounted" fontSize={13} tone="muted" />
      <Arrow id={ID} from={[690, 74]} to={[705, 228]} dashed label="kubelet fetches" labelOffset={[-46, 40]} />

      <Box x={240} y={250} w={190} h={54} label="pod role=frontend" sub="allowed ✓" fontSize={13} />
      <Box x={240} y={330} w={190} h={54} label="pod role=batch" sub="dropped ✕ by the CNI" fontSize={13} tone="muted" />
      <Arrow id={ID} from={[430, 277]} to={[633, 185]} accent />
      <Arrow id={ID} from={[430, 357]} to={[620, 300]} dashed />
      <Label x={20} y={270} muted>Ingress needs a controller;</Label>
      <Label x={20} y={288} muted>NetworkPolicy needs a CNI</Label>
      <Label x={20} y={306} muted>that enforces it (Calico,</Label>
      <Label x={20} y={324} muted>Cilium — not plain Flannel).</Label>
    </DiagramFrame>
  );
}
