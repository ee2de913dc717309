import { expect, test } from "vitest";
import { RELEASES } from "../api/releases";
import type { Deployment } from "../api/types";
import { createTestCluster } from "../shell/test-cluster";
import { handleKubeApiRequest } from "./handle-request";
import type { ApiRequest, ApiResponse, KubeApiBackend } from "./types";

function backend(): KubeApiBackend & { advance(ms: number): void; settle(): void } {
  const cluster = createTestCluster();
  return { ...cluster, release: RELEASES["1.32"] };
}

function request(method: string, url: string, opts: { body?: unknown; headers?: Record<string, string[]> } = {}): ApiRequest {
  const body = opts.body === undefined ? "" : typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body);
  return { method, url, headers: opts.headers ?? {}, body };
}

function json(res: ApiResponse): Record<string, unknown> {
  return JSON.parse(res.body ?? "null") as Record<string, unknown>;
}

const DEPLOYMENT: Deployment = {
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web", labels: { app: "web" } },
  spec: { replicas: 2, selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "nginx", image: "nginx" }] } } },
};

test("/version reports the emulated release", () => {
  const res = handleKubeApiRequest(request("GET", "/version?timeout=32s"), backend());
  expect(res.status).toBe(200);
  expect(json(res)).toMatchObject({ major: "1", minor: "32", gitVersion: "v1.32.5", platform: "linux/amd64" });
});

test("/apis answers the aggregated discovery document when the client asks for it, the legacy group list otherwise", () => {
  const b = backend();
  const aggregated = handleKubeApiRequest(request("GET", "/apis", { headers: { accept: ["application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json"] } }), b);
  expect(aggregated.contentType).toBe("application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList");
  const apps = (json(aggregated).items as { metadata: { name: string }; versions: { version: string; resources: { resource: string; subresources?: { subresource: string }[] }[] }[] }[]).find((g) => g.metadata.name === "apps");
  expect(apps?.versions[0].version).toBe("v1");
  expect(apps?.versions[0].resources.find((r) => r.resource === "deployments")?.subresources?.map((s) => s.subresource)).toEqual(["status", "scale"]);
  const legacy = json(handleKubeApiRequest(request("GET", "/apis"), b));
  expect(legacy.kind).toBe("APIGroupList");
  expect(json(handleKubeApiRequest(request("GET", "/api/v1"), b)).resources).toContainEqual({ name: "pods/log", singularName: "", namespaced: true, kind: "Pod", verbs: ["get"] });
});

test("create answers 201 with the stored object; a second create is a 409 AlreadyExists Status", () => {
  const b = backend();
  const created = handleKubeApiRequest(request("POST", "/apis/apps/v1/namespaces/default/deployments", { body: DEPLOYMENT }), b);
  expect(created.status).toBe(201);
  expect((json(created).metadata as { uid?: string }).uid).toBeDefined();
  const again = handleKubeApiRequest(request("POST", "/apis/apps/v1/namespaces/default/deployments", { body: DEPLOYMENT }), b);
  expect(again.status).toBe(409);
  expect(json(again)).toEqual({
    kind: "Status",
    apiVersion: "v1",
    metadata: {},
    status: "Failure",
    message: 'deployments.apps "web" already exists',
    reason: "AlreadyExists",
    details: { name: "web", group: "apps", kind: "deployments" },
    code: 409,
  });
});

test("a list asked for as a Table carries the server's columns and the rows' metadata", () => {
  const b = backend();
  const res = handleKubeApiRequest(request("GET", "/api/v1/nodes?limit=500", { headers: { accept: ["application/json;as=Table;v=v1;g=meta.k8s.io,application/json"] } }), b);
  const table = json(res) as { kind: string; columnDefinitions: { name: string }[]; rows: { cells: unknown[]; object: { kind: string; metadata: { name: string } } }[] };
  expect(table.kind).toBe("Table");
  expect(table.columnDefinitions.map((c) => c.name).slice(0, 5)).toEqual(["Name", "Status", "Roles", "Age", "Version"]);
  expect(table.rows.map((r) => [r.cells[0], r.object.kind, r.object.metadata.name])).toEqual([
    ["controlplane", "PartialObjectMetadata", "controlplane"],
    ["node01", "PartialObjectMetadata", "node01"],
  ]);
});

test("limit and continue page through a list", () => {
  const b = backend();
  const first = json(handleKubeApiRequest(request("GET", "/api/v1/nodes?limit=1"), b)) as { metadata: { continue: string; remainingItemCount: number }; items: { metadata: { name: string } }[] };
  expect(first.items.map((n) => n.metadata.name)).toEqual(["controlplane"]);
  expect(first.metadata.remainingItemCount).toBe(1);
  const second = json(handleKubeApiRequest(request("GET", `/api/v1/nodes?limit=1&continue=${encodeURIComponent(first.metadata.continue)}`), b)) as { items: { metadata: { name: string } }[] };
  expect(second.items.map((n) => n.metadata.name)).toEqual(["node01"]);
});

test("patch applies merge, JSON and strategic merge patches and refuses unknown patch types with 415", () => {
  const b = backend();
  handleKubeApiRequest(request("POST", "/apis/apps/v1/namespaces/default/deployments", { body: DEPLOYMENT }), b);
  const url = "/apis/apps/v1/namespaces/default/deployments/web";
  const merged = handleKubeApiRequest(request("PATCH", url, { body: { metadata: { labels: { tier: "web" } } }, headers: { "content-type": ["application/merge-patch+json"] } }), b);
  expect((json(merged).metadata as { labels: Record<string, string> }).labels).toEqual({ app: "web", tier: "web" });
  const jsonPatched = handleKubeApiRequest(request("PATCH", url, { body: [{ op: "replace", path: "/spec/replicas", value: 4 }], headers: { "content-type": ["application/json-patch+json"] } }), b);
  expect((json(jsonPatched).spec as { replicas: number }).replicas).toBe(4);
  const strategic = handleKubeApiRequest(request("PATCH", url, { body: { spec: { template: { spec: { containers: [{ name: "nginx", image: "nginx:1.27" }] } } } }, headers: { "content-type": ["application/strategic-merge-patch+json"] } }), b);
  expect((json(strategic).spec as Deployment["spec"]).template.spec.containers).toMatchObject([{ name: "nginx", image: "nginx:1.27" }]);
  const unknown = handleKubeApiRequest(request("PATCH", url, { body: {}, headers: { "content-type": ["text/plain"] } }), b);
  expect(unknown.status).toBe(415);
  expect(json(unknown).reason).toBe("UnsupportedMediaType");
});

test("server-side apply creates the object, then merges the configuration into it", () => {
  const b = backend();
  const url = "/apis/apps/v1/namespaces/default/deployments/web?fieldManager=kubectl";
  const headers = { "content-type": ["application/apply-patch+yaml"] };
  expect(handleKubeApiRequest(request("PATCH", url, { body: DEPLOYMENT, headers }), b).status).toBe(201);
  const applied = handleKubeApiRequest(request("PATCH", url, { body: { ...DEPLOYMENT, spec: { ...DEPLOYMENT.spec, replicas: 5 } }, headers }), b);
  expect(applied.status).toBe(200);
  expect((json(applied).spec as { replicas: number }).replicas).toBe(5);
  const noManager = handleKubeApiRequest(request("PATCH", "/apis/apps/v1/namespaces/default/deployments/web", { body: DEPLOYMENT, headers }), b);
  expect(json(noManager).message).toBe("PATCH, application/apply-patch+yaml requires fieldManager to be set");
});

test("the scale subresource reads and writes replicas; dry-run writes nothing", () => {
  const b = backend();
  handleKubeApiRequest(request("POST", "/apis/apps/v1/namespaces/default/deployments", { body: DEPLOYMENT }), b);
  const url = "/apis/apps/v1/namespaces/default/deployments/web/scale";
  expect(json(handleKubeApiRequest(request("GET", url), b))).toMatchObject({ kind: "Scale", spec: { replicas: 2 } });
  const headers = { "content-type": ["application/merge-patch+json"] };
  handleKubeApiRequest(request("PATCH", `${url}?dryRun=All`, { body: { spec: { replicas: 7 } }, headers }), b);
  expect(json(handleKubeApiRequest(request("GET", url), b))).toMatchObject({ spec: { replicas: 2 } });
  handleKubeApiRequest(request("PATCH", url, { body: { spec: { replicas: 7 } }, headers }), b);
  expect(json(handleKubeApiRequest(request("GET", url), b))).toMatchObject({ spec: { replicas: 7 } });
});

test("a watch streams newline-delimited events from the given resourceVersion", () => {
  const b = backend();
  const list = json(handleKubeApiRequest(request("GET", "/apis/apps/v1/namespaces/default/deployments"), b)) as { metadata: { resourceVersion: string } };
  const res = handleKubeApiRequest(request("GET", `/apis/apps/v1/namespaces/default/deployments?watch=1&resourceVersion=${list.metadata.resourceVersion}`), b);
  const chunks: string[] = [];
  const stop = res.stream?.start((c) => chunks.push(c), () => undefined);
  handleKubeApiRequest(request("POST", "/apis/apps/v1/namespaces/default/deployments", { body: DEPLOYMENT }), b);
  b.settle();
  stop?.();
  expect(chunks.map((c) => (JSON.parse(c) as { type: string; object: { metadata: { name: string } } })).map((e) => [e.type, e.object.metadata.name])).toEqual([["ADDED", "web"]]);
  expect(chunks.every((c) => c.endsWith("\n"))).toBe(true);
});

test("impersonation and SelfSubjectAccessReview answer for the impersonated user", () => {
  const b = backend();
  const review = { apiVersion: "authorization.k8s.io/v1", kind: "SelfSubjectAccessReview", spec: { resourceAttributes: { namespace: "default", verb: "list", resource: "pods" } } };
  const asJane = { "impersonate-user": ["jane"] };
  const denied = handleKubeApiRequest(request("POST", "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", { body: review, headers: asJane }), b);
  expect(json(denied).status).toEqual({ allowed: false });
  const admin = handleKubeApiRequest(request("POST", "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", { body: review }), b);
  expect(json(admin).status).toEqual({ allowed: true });
  const forbidden = handleKubeApiRequest(request("GET", "/api/v1/namespaces/default/pods", { headers: asJane }), b);
  expect(forbidden.status).toBe(403);
  expect(json(forbidden).message).toBe('pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"');
});

test("bad input answers with a Status: 400 for malformed bodies, 404 for unknown kinds and paths, 405 for unsupported methods, 413 for oversized bodies", () => {
  const b = backend();
  const malformed = handleKubeApiRequest(request("POST", "/api/v1/namespaces/default/pods", { body: "{not json" }), b);
  expect([malformed.status, json(malformed).reason]).toEqual([400, "BadRequest"]);
  const unknownKind = handleKubeApiRequest(request("GET", "/apis/example.com/v1/widgets"), b);
  expect([unknownKind.status, json(unknownKind).message]).toEqual([404, "the server could not find the requested resource"]);
  expect(handleKubeApiRequest(request("GET", "/api/v1/namespaces/default/pods/x/exec"), b).status).toBe(404);
  const method = handleKubeApiRequest(request("PUT", "/api/v1/namespaces/default/pods"), b);
  expect([method.status, json(method).reason]).toEqual([405, "MethodNotAllowed"]);
  const huge = handleKubeApiRequest(request("POST", "/api/v1/namespaces/default/configmaps", { body: "x".repeat(3 * 1024 * 1024 + 1) }), b);
  expect([huge.status, json(huge).reason]).toEqual([413, "RequestEntityTooLarge"]);
  const missing = handleKubeApiRequest(request("GET", "/api/v1/namespaces/default/pods/nope"), b);
  expect([missing.status, json(missing).message]).toEqual([404, 'pods "nope" not found']);
});

test("delete honours dry-run and the propagation policy", () => {
  const b = backend();
  handleKubeApiRequest(request("POST", "/apis/apps/v1/namespaces/default/deployments", { body: DEPLOYMENT }), b);
  const url = "/apis/apps/v1/namespaces/default/deployments/web";
  expect(handleKubeApiRequest(request("DELETE", `${url}?dryRun=All`), b).status).toBe(200);
  expect(handleKubeApiRequest(request("GET", url), b).status).toBe(200);
  const orphaned = handleKubeApiRequest(request("DELETE", url, { body: { kind: "DeleteOptions", apiVersion: "v1", propagationPolicy: "Orphan" } }), b);
  expect((json(orphaned).metadata as { finalizers: string[] }).finalizers).toEqual(["orphan"]);
  const bad = handleKubeApiRequest(request("DELETE", `${url}?propagationPolicy=Sometimes`), b);
  expect(bad.status).toBe(400);
});
