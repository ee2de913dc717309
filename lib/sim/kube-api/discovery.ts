/**
 * PURPOSE: the discovery documents a client reads before any request: /version, the legacy
 * /api, /apis and per-group-version resource lists, and the aggregated discovery (apidiscovery.k8s.io/v2)
 * that kubectl 1.30+ asks for first.
 * MODELS: https://kubernetes.io/docs/concepts/overview/kubernetes-api/#discovery-api
 * A group lists its stored version first (the preferred one), then the versions served by conversion.
 * NOT MODELLED: storageVersionHash, the v2beta1 document.
 */
import { versionInfo } from "../api/releases";
import { METRICS_RESOURCES, RESOURCES, type ResourceInfo } from "../api/resources";
import { SERVED_VERSIONS, servedInfo } from "./served-versions";
import type { KubeApiBackend } from "./types";

type GroupKind = { group: string; version: string; kind: string };
type Subresource = { subresource: string; responseKind: GroupKind; verbs: string[] };

const STATUS_VERBS = ["get", "patch", "update"];

/** The subresources each resource serves; every one listed here is implemented by the handler. */
function subresourcesOf(info: ResourceInfo): Subresource[] {
  const own = { group: info.group, version: info.version, kind: info.kind };
  const out: Subresource[] = [];
  if (["pods", "deployments", "replicasets", "daemonsets", "services", "horizontalpodautoscalers", "nodes", "namespaces"].includes(info.resource)) {
    out.push({ subresource: "status", responseKind: own, verbs: STATUS_VERBS });
  }
  if (info.resource === "deployments" || info.resource === "replicasets") {
    out.push({ subresource: "scale", responseKind: { group: "autoscaling", version: "v1", kind: "Scale" }, verbs: STATUS_VERBS });
  }
  if (info.resource === "pods") {
    out.push(
      { subresource: "binding", responseKind: { group: "", version: "v1", kind: "Binding" }, verbs: ["create"] },
      { subresource: "eviction", responseKind: { group: "policy", version: "v1", kind: "Eviction" }, verbs: ["create"] },
      { subresource: "log", responseKind: { group: "", version: "v1", kind: "Pod" }, verbs: ["get"] },
    );
  }
  return out;
}

/** The resources listed by discovery: the engine's, plus metrics.k8s.io while metrics-server is available. */
export function servedResources(backend: KubeApiBackend): ResourceInfo[] {
  return backend.metrics?.isAvailable() ? [...RESOURCES, ...METRICS_RESOURCES] : [...RESOURCES];
}


type GroupVersion = { version: string; resources: ResourceInfo[] };
type Group = { group: string; versions: GroupVersion[] };

/** The groups in the order the engine registers them, the core group ("") first; each with its versions, preferred first. */
function groupsOf(resources: ResourceInfo[]): Group[] {
  const groups = new Map<string, Group>();
  const versionOf = (group: string, version: string): GroupVersion => {
    let g = groups.get(group);
    if (!g) groups.set(group, (g = { group, versions: [] }));
    let v = g.versions.find((x) => x.version === version);
    if (!v) g.versions.push((v = { version, resources: [] }));
    return v;
  };
  for (const r of resources) versionOf(r.group, r.version).resources.push(r);
  for (const served of SERVED_VERSIONS) {
    if (resources.includes(served.stored)) versionOf(served.stored.group, served.version).resources.push(servedInfo(served));
  }
  return [...groups.values()];
}

export function versionDocument(backend: KubeApiBackend): unknown {
  return versionInfo(backend.release);
}

const SERVER_ADDRESS = [{ clientCIDR: "0.0.0.0/0", serverAddress: "127.0.0.1:6443" }];

export function coreVersions(): unknown {
  return { kind: "APIVersions", versions: ["v1"], serverAddressByClientCIDRs: SERVER_ADDRESS };
}

function groupEntry(g: Group) {
  const versions = g.versions.map((v) => ({ groupVersion: `${g.group}/${v.version}`, version: v.version }));
  return { name: g.group, versions, preferredVersion: versions[0] };
}

export function groupList(backend: KubeApiBackend): unknown {
  const groups = groupsOf(servedResources(backend)).filter((g) => g.group !== "");
  return { kind: "APIGroupList", apiVersion: "v1", groups: groups.map(groupEntry) };
}

export function groupDocument(backend: KubeApiBackend, group: string): unknown | undefined {
  const g = groupsOf(servedResources(backend)).find((x) => x.group === group && group !== "");
  return g ? { kind: "APIGroup", apiVersion: "v1", ...groupEntry(g) } : undefined;
}

export function resourceList(backend: KubeApiBackend, group: string, version: string): unknown | undefined {
  const g = groupsOf(servedResources(backend)).find((x) => x.group === group)?.versions.find((v) => v.version === version);
  if (!g) return undefined;
  const entries: Record<string, unknown>[] = [];
  for (const r of g.resources) {
    entries.push({
      name: r.resource,
      singularName: r.singular,
      namespaced: r.namespaced,
      kind: r.kind,
      verbs: r.verbs,
      ...(r.shortNames.length > 0 ? { shortNames: r.shortNames } : {}),
      ...(r.categories.length > 0 ? { categories: r.categories } : {}),
    });
    for (const s of subresourcesOf(r)) {
      entries.push({
        name: `${r.resource}/${s.subresource}`,
        singularName: "",
        namespaced: r.namespaced,
        ...(s.responseKind.group !== r.group ? { group: s.responseKind.group, version: s.responseKind.version } : {}),
        kind: s.responseKind.kind,
        verbs: s.verbs,
      });
    }
  }
  return { kind: "APIResourceList", apiVersion: "v1", groupVersion: group ? `${group}/${version}` : version, resources: entries };
}

export const AGGREGATED_CONTENT_TYPE = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";

/** The aggregated document for /api (core: true) or /apis. */
export function aggregatedDiscovery(backend: KubeApiBackend, core: boolean): unknown {
  const groups = groupsOf(servedResources(backend)).filter((g) => (g.group === "") === core);
  return {
    kind: "APIGroupDiscoveryList",
    apiVersion: "apidiscovery.k8s.io/v2",
    metadata: {},
    items: groups.map((g) => ({
      metadata: g.group ? { name: g.group, creationTimestamp: null } : { creationTimestamp: null },
      versions: g.versions.map((v) => ({
        version: v.version,
        resources: v.resources.map((r) => ({
          resource: r.resource,
          responseKind: { group: r.group, version: r.version, kind: r.kind },
          scope: r.namespaced ? "Namespaced" : "Cluster",
          singularResource: r.singular,
          verbs: r.verbs,
          ...(r.shortNames.length > 0 ? { shortNames: r.shortNames } : {}),
          ...(r.categories.length > 0 ? { categories: r.categories } : {}),
          ...(subresourcesOf(r).length > 0 ? { subresources: subresourcesOf(r) } : {}),
        })),
        freshness: "Current",
      })),
    })),
  };
}
