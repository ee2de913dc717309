/**
 * PURPOSE: `kubectl get services` and `kubectl get endpointslices` columns.
 * MODELS: printService, printEndpointSlice in kubernetes pkg/printers/internalversion,
 * https://kubernetes.io/docs/concepts/services-networking/service/
 * NOT MODELLED: nothing further.
 */
import { formatLabels } from "../../api/selectors";
import type { EndpointSlice, Service } from "../../api/types";
import { age, AGE_COLUMN, col, listWithMore, NAME_COLUMN, type TableHandler } from "./common";

function externalIP(s: Service): string {
  const spec = s.spec;
  const external = spec.externalIPs ?? [];
  switch (spec.type ?? "ClusterIP") {
    case "ClusterIP":
    case "NodePort":
      return external.length > 0 ? external.join(",") : "<none>";
    case "LoadBalancer": {
      const ingress = (s.status?.loadBalancer?.ingress ?? []).map((i) => i.ip || i.hostname || "").filter((x) => x);
      const all = [...ingress, ...external];
      if (all.length === 0) return "<pending>";
      const joined = all.join(",");
      return joined.length > 16 ? `${joined.slice(0, 13)}...` : joined;
    }
    case "ExternalName":
      return spec.externalName ?? "";
  }
  return "<unknown>";
}

export function servicePorts(s: Service): string {
  const ports = s.spec.ports ?? [];
  if (ports.length === 0) return "<none>";
  return ports.map((p) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? "TCP"}` : `${p.port}/${p.protocol ?? "TCP"}`)).join(",");
}

export const serviceTable: TableHandler = {
  columns: [
    NAME_COLUMN,
    col("Type", "string", 0, "The type of the service."),
    col("Cluster-IP", "string", 0, "The IP address of the service."),
    col("External-IP", "string", 0, "The list of external IP addresses for this service."),
    col("Port(s)", "string", 0, "The ports that the service listens on."),
    AGE_COLUMN,
    col("Selector", "string", 1, "Route service traffic to pods with label keys and values matching this selector."),
  ],
  row(obj, now) {
    const s = obj as Service;
    const clusterIP = s.spec.clusterIPs?.[0] || s.spec.clusterIP || "<none>";
    return [
      s.metadata.name ?? "",
      s.spec.type ?? "ClusterIP",
      clusterIP,
      externalIP(s),
      servicePorts(s),
      age(s.metadata.creationTimestamp, now),
      formatLabels(s.spec.selector),
    ];
  },
};

export const endpointSliceTable: TableHandler = {
  columns: [
    NAME_COLUMN,
    col("AddressType", "string", 0, "The type of address carried by this EndpointSlice."),
    col("Ports", "string", 0, "Ports supported by this EndpointSlice."),
    col("Endpoints", "string", 0, "Endpoints included in this EndpointSlice."),
    AGE_COLUMN,
  ],
  row(obj, now) {
    const es = obj as EndpointSlice;
    const max = 3;
    const ports: string[] = [];
    for (const p of es.ports ?? []) if (ports.length < max) ports.push(p.port !== undefined ? String(p.port) : p.name ?? "*");
    const portCount = (es.ports ?? []).length;
    const addrs: string[] = [];
    let count = 0;
    for (const e of es.endpoints ?? []) {
      for (const a of e.addresses) {
        if (addrs.length < max) addrs.push(a);
        count++;
      }
    }
    return [
      es.metadata.name ?? "",
      es.addressType,
      listWithMore(ports, portCount > max, portCount, max),
      listWithMore(addrs, count > max, count, max),
      age(es.metadata.creationTimestamp, now),
    ];
  },
};
