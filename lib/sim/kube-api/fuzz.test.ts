import { expect, test } from "vitest";
import { RELEASES } from "../api/releases";
import { createRng, type Rng } from "../core/rng";
import { startKubeApiServer } from "../cli/http-server";
import { createTestCluster } from "../shell/test-cluster";
import { handleKubeApiRequest } from "./handle-request";
import type { ApiRequest, KubeApiBackend } from "./types";

const PATHS = [
  "/version",
  "/api",
  "/apis",
  "/api/v1",
  "/apis/apps/v1",
  "/openapi/v3",
  "/openapi/v3/api/v1",
  "/api/v1/namespaces",
  "/api/v1/namespaces/default",
  "/api/v1/nodes",
  "/api/v1/nodes/node01",
  "/api/v1/nodes/node01/status",
  "/api/v1/namespaces/default/pods",
  "/api/v1/namespaces/default/pods/web",
  "/api/v1/namespaces/default/pods/web/status",
  "/api/v1/namespaces/default/pods/web/log",
  "/api/v1/namespaces/default/pods/web/eviction",
  "/api/v1/namespaces/default/pods/web/binding",
  "/api/v1/namespaces/default/services",
  "/api/v1/namespaces/default/configmaps",
  "/api/v1/namespaces/default/configmaps/cm",
  "/apis/apps/v1/namespaces/default/deployments",
  "/apis/apps/v1/namespaces/default/deployments/web",
  "/apis/apps/v1/namespaces/default/deployments/web/scale",
  "/apis/autoscaling/v2/namespaces/default/horizontalpodautoscalers",
  "/apis/rbac.authorization.k8s.io/v1/clusterroles",
  "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews",
  "/apis/metrics.k8s.io/v1beta1/nodes",
  "/api/v1/namespaces/default/pods?watch=1&resourceVersion=%zz",
  "/api/v1/pods?labelSelector=a%20in%20(&fieldSelector=x=%3D%3D&limit=abc&continue=%%%",
];
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "BREW"];
const CONTENT_TYPES = ["application/json", "application/yaml", "application/merge-patch+json", "application/json-patch+json", "application/strategic-merge-patch+json", "application/apply-patch+yaml", "text/plain", ""];
const FRAGMENTS = ['{"kind":"Pod"', '"metadata":', "null", "[]", "{}", '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"web"},"spec":{"containers":[{"name":"c","image":"nginx"}]}}', '[{"op":"remove","path":"/spec"}]', '[{"op":"add","path":"/a/b/c","value":1}]', "- a\n- b", "&a [*a, *a]", "\u0000\ud800", '{"metadata":{"name":7}}', '{"spec":{"replicas":"x"}}', "1e999", '"str"'];

function randomBody(rng: Rng): string {
  const parts: string[] = [];
  for (let i = rng.int(4); i >= 0; i--) parts.push(rng.pick(FRAGMENTS));
  if (rng.int(3) === 0) parts.push(String.fromCharCode(...Array.from({ length: rng.int(40) }, () => rng.int(0x2fff))));
  return parts.join(rng.pick(["", ",", "\n", " "]));
}

function randomRequest(rng: Rng): ApiRequest {
  const type = rng.pick(CONTENT_TYPES);
  return {
    method: rng.pick(METHODS),
    url: rng.pick(PATHS) + rng.pick(["", "?dryRun=All", "?dryRun=Some", "?fieldManager=f", "?gracePeriodSeconds=x", "?propagationPolicy=Orphan"]),
    headers: { ...(type ? { "content-type": [type] } : {}), ...(rng.int(4) === 0 ? { "impersonate-user": ["jane"] } : {}), ...(rng.int(6) === 0 ? { "impersonate-group": ["g"] } : {}) },
    body: randomBody(rng),
  };
}

/** A cluster holding the objects the paths name, so writes reach the engine's patch and update code. */
function backend(): KubeApiBackend {
  const cluster = createTestCluster();
  const labels = { app: "web" };
  cluster.api.create("pods", { apiVersion: "v1", kind: "Pod", metadata: { name: "web", labels }, spec: { containers: [{ name: "c", image: "nginx" }] } });
  cluster.api.create("configmaps", { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "cm" }, data: { a: "1" } });
  cluster.api.create("deployments", { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web" }, spec: { replicas: 1, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: "c", image: "nginx" }] } } } });
  return { ...cluster, release: RELEASES["1.32"] };
}

test("random bodies to every endpoint always get an HTTP status, and every error is a Kubernetes Status", () => {
  const rng = createRng(2024);
  const b = backend();
  for (let i = 0; i < 3000; i++) {
    const req = randomRequest(rng);
    const res = handleKubeApiRequest(req, b);
    expect(res.status, `${req.method} ${req.url}`).toBeGreaterThanOrEqual(200);
    expect(res.status).toBeLessThan(600);
    if (res.status >= 400) {
      const status = JSON.parse(res.body ?? "") as { kind: string; code: number };
      expect([status.kind, status.code]).toEqual(["Status", res.status]);
      expect(res.status, `${req.method} ${req.url} ${res.body}`).not.toBe(500);
    }
    res.stream?.start(() => undefined, () => undefined)();
  }
});

test("the HTTP server survives random requests and still answers afterwards", { timeout: 60_000 }, async () => {
  const rng = createRng(7);
  const b = backend();
  const server = await startKubeApiServer({ backend: () => b });
  try {
    for (let i = 0; i < 200; i++) {
      const req = randomRequest(rng);
      const method = req.method === "BREW" ? "POST" : req.method;
      const res = await fetch(`${server.url}${req.url}`, { method, headers: { "content-type": req.headers["content-type"]?.[0] ?? "application/json" }, body: method === "GET" || method === "HEAD" ? undefined : req.body, signal: AbortSignal.timeout(5_000) }).catch((e: unknown) => e);
      if (res instanceof Response) {
        expect(res.status).toBeLessThan(500);
        await res.body?.cancel();
      }
    }
    const tooLarge = await fetch(`${server.url}/api/v1/namespaces/default/configmaps`, { method: "POST", body: "x".repeat(4 * 1024 * 1024) });
    expect(tooLarge.status).toBe(413);
    const version = await fetch(`${server.url}/version`);
    expect(((await version.json()) as { gitVersion: string }).gitVersion).toBe("v1.32.5");
  } finally {
    await server.close();
  }
});
