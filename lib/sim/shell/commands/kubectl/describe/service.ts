/**
 * PURPOSE: `kubectl describe service`: type, IPs, ports, node ports, the endpoints behind it, and events.
 * MODELS: https://kubernetes.io/docs/concepts/services-networking/service/
 * NOT MODELLED: health check node ports, LoadBalancer source ranges.
 */
import type { EndpointSlice, Event, Service } from "../../../../api/types";
import { createWriter } from "./writer";

export function describeService(svc: Service, slices: EndpointSlice[], events: Event[], now: number): string {
  const w = createWriter();
  const spec = svc.spec;
  w.line(0, `Name:\t${svc.metadata.name ?? ""}`);
  w.line(0, `Namespace:\t${svc.metadata.namespace ?? ""}`);
  w.labels(0, "Labels", svc.metadata.labels);
  w.annotations(0, "Annotations", svc.metadata.annotations);
  const selector = Object.keys(spec.selector ?? {}).sort().map((k) => `${k}=${(spec.selector ?? {})[k]}`);
  w.line(0, `Selector:\t${selector.length ? selector.join(",") : "<none>"}`);
  w.line(0, `Type:\t${spec.type ?? "ClusterIP"}`);
  if (spec.ipFamilyPolicy) w.line(0, `IP Family Policy:\t${spec.ipFamilyPolicy}`);
  if (spec.ipFamilies?.length) w.line(0, `IP Families:\t${spec.ipFamilies.join(",")}`);
  w.line(0, `IP:\t${spec.clusterIP ?? ""}`);
  if (spec.clusterIPs?.length) w.line(0, `IPs:\t${spec.clusterIPs.join(",")}`);
  if (spec.externalIPs?.length) w.line(0, `External IPs:\t${spec.externalIPs.join(",")}`);
  const ingress = svc.status?.loadBalancer?.ingress ?? [];
  if (ingress.length) w.line(0, `LoadBalancer Ingress:\t${ingress.map((i) => i.ip ?? i.hostname ?? "").join(", ")}`);
  for (const port of spec.ports ?? []) {
    const name = port.name || "<unset>";
    const protocol = port.protocol ?? "TCP";
    w.line(0, `Port:\t${name}\t${port.port}/${protocol}`);
    w.line(0, `TargetPort:\t${port.targetPort ?? port.port}/${protocol}`);
    if (port.nodePort) w.line(0, `NodePort:\t${name}\t${port.nodePort}/${protocol}`);
    w.line(0, `Endpoints:\t${endpointsFor(slices, port.name ?? "")}`);
  }
  w.line(0, `Session Affinity:\t${spec.sessionAffinity ?? "None"}`);
  if (spec.type === "NodePort" || spec.type === "LoadBalancer") w.line(0, `External Traffic Policy:\t${spec.externalTrafficPolicy ?? "Cluster"}`);
  w.line(0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy ?? "Cluster"}`);
  w.events(events, now);
  return w.text();
}

function endpointsFor(slices: EndpointSlice[], portName: string): string {
  const out: string[] = [];
  for (const slice of slices) {
    const port = slice.ports?.find((p) => (p.name ?? "") === portName);
    if (!port) continue;
    for (const ep of slice.endpoints) {
      if (ep.conditions?.ready === false) continue;
      for (const a of ep.addresses) out.push(`${a}:${port.port ?? ""}`);
    }
  }
  return out.length ? out.join(",") : "<none>";
}
