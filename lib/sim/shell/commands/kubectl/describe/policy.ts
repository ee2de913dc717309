/**
 * PURPOSE: `kubectl describe` for NetworkPolicies and Ingresses: the spec sections kubectl prints for
 * each (selected pods and allowed traffic; rules and backends), and the PolicyRule rows `auth can-i
 * --list` shares.
 * MODELS: https://kubernetes.io/docs/concepts/services-networking/network-policies/,
 * https://kubernetes.io/docs/concepts/services-networking/ingress/ and
 * https://kubernetes.io/docs/reference/access-authn-authz/rbac/ (describe output shown there)
 * NOT MODELLED: Ingress TLS sections; aggregated ClusterRoles are shown with the rules they hold.
 */
import type {
  EndpointSlice,
  Event,
  Ingress,
  IngressBackend,
  NetworkPolicy,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  PolicyRule,
  Service,
} from "../../../../api/types";
import { formatLabelSelector } from "../../../../api/selectors";
import { createWriter, type DescribeWriter } from "./writer";

/** metav1.Time printed with %s, as `Created on:` shows it. */
function goTime(timestamp: string | undefined): string {
  if (!timestamp) return "0001-01-01 00:00:00 +0000 UTC";
  return `${timestamp.slice(0, 10)} ${timestamp.slice(11, 19)} +0000 UTC`;
}

function peers(w: DescribeWriter, title: string, list: NetworkPolicyPeer[] | undefined, any: string): void {
  const indent = "    ";
  if (!list || list.length === 0) {
    w.line(0, `${indent}${title}: ${any}`);
    return;
  }
  for (const p of list) {
    w.line(0, `${indent}${title}:`);
    if (p.podSelector && p.namespaceSelector) {
      w.line(1, `${indent}NamespaceSelector: ${formatLabelSelector(p.namespaceSelector)}`);
      w.line(1, `${indent}PodSelector: ${formatLabelSelector(p.podSelector)}`);
    } else if (p.podSelector) w.line(1, `${indent}PodSelector: ${formatLabelSelector(p.podSelector)}`);
    else if (p.namespaceSelector) w.line(1, `${indent}NamespaceSelector: ${formatLabelSelector(p.namespaceSelector)}`);
    else if (p.ipBlock) {
      w.line(1, `${indent}IPBlock:`);
      w.line(2, `${indent}CIDR: ${p.ipBlock.cidr}`);
      w.line(2, `${indent}Except: ${(p.ipBlock.except ?? []).join(", ")}`);
    }
  }
}

function ports(w: DescribeWriter, list: NetworkPolicyPort[] | undefined): void {
  if (!list || list.length === 0) {
    w.line(0, "    To Port: <any> (traffic allowed to all ports)");
    return;
  }
  for (const p of list) w.line(0, `    To Port: ${p.port ?? "<nil>"}/${p.protocol ?? "TCP"}`);
}

function trafficRules(
  w: DescribeWriter,
  rules: { peers?: NetworkPolicyPeer[]; ports?: NetworkPolicyPort[] }[],
  direction: "ingress" | "egress",
): void {
  if (rules.length === 0) {
    w.line(0, `    <none> (Selected pods are isolated for ${direction} connectivity)`);
    return;
  }
  rules.forEach((r, i) => {
    ports(w, r.ports);
    if (direction === "ingress") peers(w, "From", r.peers, "<any> (traffic not restricted by source)");
    else peers(w, "To", r.peers, "<any> (traffic not restricted by destination)");
    if (i !== rules.length - 1) w.line(0, "    ----------");
  });
}

export function describeNetworkPolicy(np: NetworkPolicy): string {
  const w = createWriter();
  w.line(0, `Name:\t${np.metadata.name ?? ""}`);
  w.line(0, `Namespace:\t${np.metadata.namespace ?? ""}`);
  w.line(0, `Created on:\t${goTime(np.metadata.creationTimestamp)}`);
  w.labels(0, "Labels", np.metadata.labels);
  w.annotations(0, "Annotations", np.metadata.annotations);
  const spec = np.spec;
  w.line(0, "Spec:");
  const selector = formatLabelSelector(spec.podSelector);
  w.line(1, `PodSelector:     ${selector === "<none>" ? "<none> (Allowing the specific traffic to all pods in this namespace)" : selector}`);
  const types = spec.policyTypes && spec.policyTypes.length > 0 ? spec.policyTypes : (["Ingress", ...(spec.egress?.length ? ["Egress" as const] : [])] as ("Ingress" | "Egress")[]);
  if (types.includes("Ingress")) {
    w.line(1, "Allowing ingress traffic:");
    trafficRules(w, (spec.ingress ?? []).map((r) => ({ peers: r.from, ports: r.ports })), "ingress");
  } else w.line(1, "Not affecting ingress traffic");
  if (types.includes("Egress")) {
    w.line(1, "Allowing egress traffic:");
    trafficRules(w, (spec.egress ?? []).map((r) => ({ peers: r.to, ports: r.ports })), "egress");
  } else w.line(1, "Not affecting egress traffic");
  w.line(1, `Policy Types: ${types.join(", ")}`);
  return w.text();
}

function backendText(backend: IngressBackend, services: Service[], slices: EndpointSlice[]): string {
  const ref = backend.service;
  if (!ref) return "<none>";
  const port = ref.port?.number !== undefined && ref.port.number !== 0 ? String(ref.port.number) : (ref.port?.name ?? "");
  const svc = services.find((s) => s.metadata.name === ref.name);
  if (!svc) return `<error: endpoints "${ref.name}" not found>`;
  const sp = (svc.spec.ports ?? []).find((p) => (ref.port?.number ? p.port === ref.port.number : p.name === ref.port?.name));
  const addresses: string[] = [];
  for (const slice of slices.filter((s) => s.metadata.labels?.["kubernetes.io/service-name"] === ref.name)) {
    const slicePort = (slice.ports ?? []).find((p) => (p.name ?? "") === (sp?.name ?? ""));
    if (!slicePort) continue;
    for (const e of slice.endpoints) if (e.conditions?.ready !== false) for (const a of e.addresses) addresses.push(`${a}:${slicePort.port ?? ""}`);
  }
  const shown = addresses.length === 0 ? "<none>" : addresses.length > 3 ? `${addresses.slice(0, 3).join(",")} + ${addresses.length - 3} more...` : addresses.join(",");
  return `${ref.name}:${port} (${shown})`;
}

export function describeIngress(ing: Ingress, services: Service[], slices: EndpointSlice[], events: Event[], now: number): string {
  const w = createWriter();
  w.line(0, `Name:\t${ing.metadata.name ?? ""}`);
  w.labels(0, "Labels", ing.metadata.labels);
  w.line(0, `Namespace:\t${ing.metadata.namespace ?? ""}`);
  w.line(0, `Address:\t${(ing.status?.loadBalancer?.ingress ?? []).map((i) => i.ip ?? i.hostname ?? "").join(",")}`);
  w.line(0, `Ingress Class:\t${ing.spec.ingressClassName ?? "<none>"}`);
  const def = ing.spec.defaultBackend ? backendText(ing.spec.defaultBackend, services, slices) : "<default>";
  w.line(0, `Default backend:\t${def}`);
  w.line(0, "Rules:");
  w.line(1, "Host\tPath\tBackends");
  w.line(1, "----\t----\t--------");
  let count = 0;
  for (const rule of ing.spec.rules ?? []) {
    if (!rule.http) continue;
    count++;
    w.line(1, `${rule.host || "*"}\t`);
    for (const p of rule.http.paths) w.line(2, `\t${p.path ?? ""} \t${backendText(p.backend, services, slices)}`);
  }
  if (count === 0) w.line(1, `*\t*\t${def}`);
  w.annotations(0, "Annotations", ing.metadata.annotations);
  w.events(events, now);
  return w.text();
}

type RuleRow = { group?: string; resource?: string; url?: string; names: string[]; verbs: string[] };

const bracket = (items: string[]) => `[${items.join(" ")}]`;

/**
 * The rows kubectl prints for a list of rules: broken down to one API group and resource (or one URL) per
 * row, plain rules for the same resource merged, sorted as the rules' Go text (verbs first).
 */
export function ruleRows(rules: PolicyRule[]): { key: string; cells: string }[] {
  const rows: RuleRow[] = [];
  for (const r of rules) {
    for (const group of r.apiGroups ?? []) {
      for (const resource of r.resources ?? []) {
        const names = r.resourceNames ?? [];
        const same = names.length === 0 ? rows.find((x) => x.group === group && x.resource === resource && x.names.length === 0) : undefined;
        if (same) same.verbs.push(...r.verbs.filter((v) => !same.verbs.includes(v)));
        else rows.push({ group, resource, names, verbs: [...r.verbs] });
      }
    }
    for (const url of r.nonResourceURLs ?? []) rows.push({ url, names: [], verbs: [...r.verbs] });
  }
  return rows
    .map((x) => {
      const [base, sub] = (x.resource ?? "").split("/", 2);
      const combined = x.resource === undefined ? "" : `${base}${x.group ? `.${x.group}` : ""}${sub ? `/${sub}` : ""}`;
      const groups = x.group === undefined ? [] : [x.group];
      const key = [bracket(x.verbs), bracket(groups), bracket(x.resource === undefined ? [] : [x.resource]), bracket(x.names), bracket(x.url === undefined ? [] : [x.url])].join(",");
      return { key, cells: `${combined}\t${bracket(x.url === undefined ? [] : [x.url])}\t${bracket(x.names)}\t${bracket(x.verbs)}` };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
