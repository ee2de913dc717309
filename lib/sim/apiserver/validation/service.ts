/**
 * PURPOSE: validation of Services and their ports.
 * MODELS: https://kubernetes.io/docs/concepts/services-networking/service/
 * NOT MODELLED: dual-stack rules, load balancer source ranges.
 */
import type { Service } from "../../api/types";
import { dns1123LabelErrors, duplicate, type FieldErrors, invalid, notSupported, portRangeErrors, required } from "./common";

export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;

export function validateService(s: Service): FieldErrors {
  const errs: FieldErrors = [];
  const spec = s.spec;
  if (!spec) return [required("spec")];
  const type = spec.type ?? "ClusterIP";
  if (!["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"].includes(type)) {
    errs.push(notSupported("spec.type", type, ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"]));
  }
  if (type === "ExternalName") {
    if (!spec.externalName) errs.push(required("spec.externalName"));
    return errs;
  }
  const ports = spec.ports ?? [];
  if (ports.length === 0 && spec.clusterIP !== "None") errs.push(required("spec.ports"));
  const names = new Set<string>();
  const seen = new Set<string>();
  ports.forEach((p, i) => {
    const path = `spec.ports[${i}]`;
    if (ports.length > 1 && !p.name) errs.push(required(`${path}.name`));
    if (p.name) {
      for (const e of dns1123LabelErrors(p.name)) errs.push(invalid(`${path}.name`, p.name, e));
      if (names.has(p.name)) errs.push(duplicate(`${path}.name`, p.name));
      names.add(p.name);
    }
    errs.push(...portRangeErrors(`${path}.port`, p.port));
    if (p.protocol && !["TCP", "UDP", "SCTP"].includes(p.protocol)) errs.push(notSupported(`${path}.protocol`, p.protocol, ["SCTP", "TCP", "UDP"]));
    const key = `${p.port}/${p.protocol ?? "TCP"}`;
    if (seen.has(key)) errs.push(duplicate(`${path}`, { port: p.port, protocol: p.protocol ?? "TCP" }));
    seen.add(key);
    if (typeof p.targetPort === "number") errs.push(...portRangeErrors(`${path}.targetPort`, p.targetPort));
    if (p.nodePort !== undefined) {
      if (type === "ClusterIP") {
        errs.push({ reason: "FieldValueForbidden", field: `${path}.nodePort`, message: "Forbidden: may not be used when `type` is 'ClusterIP'" });
      } else if (p.nodePort < NODE_PORT_MIN || p.nodePort > NODE_PORT_MAX) {
        errs.push(invalid(`${path}.nodePort`, p.nodePort, `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_MIN}-${NODE_PORT_MAX}`));
      }
    }
  });
  if (spec.sessionAffinity && !["None", "ClientIP"].includes(spec.sessionAffinity)) {
    errs.push(notSupported("spec.sessionAffinity", spec.sessionAffinity, ["ClientIP", "None"]));
  }
  return errs;
}
