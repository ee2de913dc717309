/**
 * PURPOSE: the API server's URL layout: which request targets name discovery documents and which
 * name a resource (group, version, namespace, resource, name, subresource), and the query string.
 * MODELS: https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-uris
 * NOT MODELLED: proxy and attach/exec/portforward paths, `/apis/<group>` without a version beyond discovery.
 */

export type ResourcePath = {
  group: string;
  version: string;
  /** set for namespaced requests (`/namespaces/<ns>/...`) */
  namespace?: string;
  resource: string;
  name?: string;
  subresource?: string;
};

export type Route =
  | { kind: "version" }
  | { kind: "health" }
  | { kind: "core-versions" }
  | { kind: "groups" }
  | { kind: "group"; group: string }
  | { kind: "resources"; group: string; version: string }
  | { kind: "openapi-v2" }
  | { kind: "openapi-v3-root" }
  | { kind: "openapi-v3"; group: string; version: string }
  | { kind: "resource"; path: ResourcePath }
  | { kind: "unknown" };

export type Target = { path: string; query: Record<string, string> };

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

/** Splits `/api/v1/pods?limit=500&labelSelector=app%3Dweb`; a parameter given twice keeps its first value. */
export function parseTarget(url: string): Target {
  const q = url.indexOf("?");
  const rawPath = q < 0 ? url : url.slice(0, q);
  const query: Record<string, string> = {};
  if (q >= 0) {
    for (const part of url.slice(q + 1).split("&")) {
      if (part === "") continue;
      const eq = part.indexOf("=");
      const key = decode(eq < 0 ? part : part.slice(0, eq));
      if (!Object.hasOwn(query, key)) query[key] = eq < 0 ? "" : decode(part.slice(eq + 1));
    }
  }
  return { path: decode(rawPath), query };
}

function resourcePath(group: string, version: string, rest: string[]): Route {
  if (rest.length === 0) return { kind: "resources", group, version };
  // `/namespaces/<ns>` is the Namespace itself; `/namespaces/<ns>/status|finalize` are its subresources.
  if (rest[0] === "namespaces" && rest.length >= 3 && !(rest.length === 3 && (rest[2] === "status" || rest[2] === "finalize"))) {
    const [, namespace, resource, name, subresource, ...extra] = rest;
    if (extra.length > 0) return { kind: "unknown" };
    return { kind: "resource", path: { group, version, namespace, resource, name, subresource } };
  }
  const [resource, name, subresource, ...extra] = rest;
  if (extra.length > 0) return { kind: "unknown" };
  return { kind: "resource", path: { group, version, resource, name, subresource } };
}

export function routeOf(path: string): Route {
  const parts = path.split("/").filter((p) => p !== "");
  const [root, a, b, ...rest] = parts;
  if (parts.length === 1 && root === "version") return { kind: "version" };
  if (parts.length === 1 && (root === "healthz" || root === "livez" || root === "readyz")) return { kind: "health" };
  if (root === "openapi") {
    if (a === "v2" && parts.length === 2) return { kind: "openapi-v2" };
    if (a === "v3" && parts.length === 2) return { kind: "openapi-v3-root" };
    if (a === "v3" && b === "api" && parts.length === 4) return { kind: "openapi-v3", group: "", version: parts[3] };
    if (a === "v3" && b === "apis" && parts.length === 5) return { kind: "openapi-v3", group: parts[3], version: parts[4] };
    return { kind: "unknown" };
  }
  if (root === "api") {
    if (a === undefined) return { kind: "core-versions" };
    return resourcePath("", a, b === undefined ? [] : [b, ...rest]);
  }
  if (root === "apis") {
    if (a === undefined) return { kind: "groups" };
    if (b === undefined) return { kind: "group", group: a };
    return resourcePath(a, b, rest);
  }
  return { kind: "unknown" };
}
