import { expect, test } from "vitest";
import { RELEASES } from "../api/releases";
import { createTestCluster } from "../shell/test-cluster";
import { handleKubeApiRequest } from "./handle-request";
import type { ApiRequest, ApiResponse, KubeApiBackend } from "./types";

function backend(): KubeApiBackend & { settle(): void } {
  return { ...createTestCluster(), release: RELEASES["1.32"] };
}

function request(method: string, url: string, body?: unknown, contentType = "application/json"): ApiRequest {
  return { method, url, headers: { "content-type": [contentType] }, body: body === undefined ? "" : JSON.stringify(body) };
}

function json(res: ApiResponse): Record<string, unknown> {
  return JSON.parse(res.body ?? "null") as Record<string, unknown>;
}

const V1 = "/apis/autoscaling/v1/namespaces/default/horizontalpodautoscalers";
const V2 = "/apis/autoscaling/v2/namespaces/default/horizontalpodautoscalers";
const WEB_V1 = {
  apiVersion: "autoscaling/v1",
  kind: "HorizontalPodAutoscaler",
  metadata: { name: "web" },
  spec: { scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" }, minReplicas: 2, maxReplicas: 5, targetCPUUtilizationPercentage: 50 },
};

test("the autoscaling group offers v2 (preferred) and v1, and v1 lists horizontalpodautoscalers", () => {
  const b = backend();
  expect(json(handleKubeApiRequest(request("GET", "/apis/autoscaling"), b))).toEqual({
    kind: "APIGroup",
    apiVersion: "v1",
    name: "autoscaling",
    versions: [
      { groupVersion: "autoscaling/v2", version: "v2" },
      { groupVersion: "autoscaling/v1", version: "v1" },
    ],
    preferredVersion: { groupVersion: "autoscaling/v2", version: "v2" },
  });
  const v1 = json(handleKubeApiRequest(request("GET", "/apis/autoscaling/v1"), b)).resources as { name: string; kind: string }[];
  expect(v1.map((r) => r.name)).toEqual(["horizontalpodautoscalers", "horizontalpodautoscalers/status"]);
});

test("an HPA created through v1 is stored as v2 with a CPU utilization metric and answered as v1", () => {
  const b = backend();
  const created = handleKubeApiRequest(request("POST", V1, WEB_V1), b);
  expect(created.status).toBe(201);
  expect(json(created)).toMatchObject({ apiVersion: "autoscaling/v1", spec: { targetCPUUtilizationPercentage: 50, minReplicas: 2 }, status: { currentReplicas: 0, desiredReplicas: 0 } });
  const stored = json(handleKubeApiRequest(request("GET", `${V2}/web`), b));
  expect(stored.spec).toEqual({
    scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" },
    minReplicas: 2,
    maxReplicas: 5,
    metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 50 } } }],
  });
});

test("a v1 HPA without a CPU target gets the 80% default; a v2 memory metric reads through v1 as the metrics annotation and survives a v1 update", () => {
  const b = backend();
  const { targetCPUUtilizationPercentage: _cpu, ...spec } = WEB_V1.spec;
  expect(json(handleKubeApiRequest(request("POST", V1, { ...WEB_V1, spec }), b)).spec).toMatchObject({ targetCPUUtilizationPercentage: 80 });
  const memory = { type: "Resource", resource: { name: "memory", target: { type: "AverageValue", averageValue: "500Mi" } } };
  const stored = json(handleKubeApiRequest(request("GET", `${V2}/web`), b)) as { spec: { metrics: unknown[] } };
  handleKubeApiRequest(request("PUT", `${V2}/web`, { ...stored, spec: { ...stored.spec, metrics: [...stored.spec.metrics, memory] } }), b);
  const v1 = json(handleKubeApiRequest(request("GET", `${V1}/web`), b)) as { metadata: { annotations: Record<string, string> }; spec: Record<string, unknown> };
  expect(v1.metadata.annotations["autoscaling.alpha.kubernetes.io/metrics"]).toBe('[{"type":"Resource","resource":{"name":"memory","targetAverageValue":"500Mi"}}]');
  const updated = handleKubeApiRequest(request("PUT", `${V1}/web`, { ...v1, spec: { ...v1.spec, maxReplicas: 7 } }), b);
  expect(updated.status).toBe(200);
  const after = json(handleKubeApiRequest(request("GET", `${V2}/web`), b)) as { metadata: { annotations?: unknown }; spec: { maxReplicas: number; metrics: unknown[] } };
  expect(after.spec.maxReplicas).toBe(7);
  expect(after.spec.metrics).toEqual([memory, { type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 80 } } }]);
  expect(after.metadata.annotations).toBeUndefined();
});

test("a merge patch through v1 names v1 fields; lists through v1 are v1 lists", () => {
  const b = backend();
  handleKubeApiRequest(request("POST", V1, WEB_V1), b);
  const patched = handleKubeApiRequest(request("PATCH", `${V1}/web`, { spec: { targetCPUUtilizationPercentage: 70 } }, "application/merge-patch+json"), b);
  expect(json(patched).spec).toMatchObject({ targetCPUUtilizationPercentage: 70 });
  const list = json(handleKubeApiRequest(request("GET", V1), b)) as { apiVersion: string; items: { apiVersion: string }[] };
  expect([list.apiVersion, list.items[0].apiVersion]).toEqual(["autoscaling/v1", "autoscaling/v1"]);
});

test("a body of another kind on the v1 path is refused with the server's message", () => {
  const res = handleKubeApiRequest(request("POST", V1, { ...WEB_V1, apiVersion: "autoscaling/v2" }), backend());
  expect(res.status).toBe(400);
  expect(json(res).message).toBe("the API version in the data (autoscaling/v2) does not match the expected API version (autoscaling/v1)");
});

test("a watch through v1 streams v1 objects", () => {
  const b = backend();
  const list = json(handleKubeApiRequest(request("GET", V1), b)) as { metadata: { resourceVersion: string } };
  const res = handleKubeApiRequest(request("GET", `${V1}?watch=true&resourceVersion=${list.metadata.resourceVersion}`), b);
  const lines: string[] = [];
  const stop = res.stream?.start((chunk) => lines.push(chunk), () => undefined);
  handleKubeApiRequest(request("POST", V1, WEB_V1), b);
  b.settle();
  stop?.();
  const events = lines.join("").trim().split("\n").map((l) => JSON.parse(l) as { type: string; object: { apiVersion: string; spec: Record<string, unknown> } });
  expect(events[0]).toMatchObject({ type: "ADDED", object: { apiVersion: "autoscaling/v1", spec: { targetCPUUtilizationPercentage: 50 } } });
});

test("server-side apply through v1 creates the object, then updates it", () => {
  const b = backend();
  const apply = (cpu: number) =>
    handleKubeApiRequest(
      { method: "PATCH", url: `${V1}/web?fieldManager=kubectl`, headers: { "content-type": ["application/apply-patch+yaml"] }, body: JSON.stringify({ ...WEB_V1, spec: { ...WEB_V1.spec, targetCPUUtilizationPercentage: cpu } }) },
      b,
    );
  expect(apply(60).status).toBe(201);
  const updated = apply(40);
  expect(updated.status).toBe(200);
  expect(json(updated)).toMatchObject({ apiVersion: "autoscaling/v1", spec: { targetCPUUtilizationPercentage: 40 } });
});
