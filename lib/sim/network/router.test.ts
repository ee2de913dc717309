import { expect, test } from "vitest";
import type { EndpointSlice, Pod, Service } from "../api/types";
import { createRng } from "../core/rng";
import { buildNatRules } from "../proxy/build-nat-rules";
import { sendRequest, type RouterDeps } from "./router";

const POD_IPS = ["10.244.1.2", "10.244.1.3", "10.244.2.2"];

function fakePod(ip: string): Pod {
  return { apiVersion: "v1", kind: "Pod", metadata: { name: `web-${ip.split(".").slice(2).join("-")}`, namespace: "default" }, spec: { containers: [] }, status: { podIP: ip } };
}

function createTestRouter(opts: { ready?: boolean; partitioned?: string[] } = {}): RouterDeps {
  const svc: Service = { apiVersion: "v1", kind: "Service", metadata: { name: "web", namespace: "default" }, spec: { clusterIP: "10.96.0.20", ports: [{ port: 80, protocol: "TCP" }] } };
  const slice: EndpointSlice = {
    apiVersion: "discovery.k8s.io/v1",
    kind: "EndpointSlice",
    metadata: { name: "web-x", namespace: "default", labels: { "kubernetes.io/service-name": "web" } },
    addressType: "IPv4",
    endpoints: POD_IPS.map((ip) => ({ addresses: [ip], conditions: { ready: opts.ready ?? true } })),
    ports: [{ port: 80, protocol: "TCP" }],
  };
  const tables = buildNatRules([svc], [slice], { name: "node01" });
  return {
    rng: createRng(3),
    defaultSource: () => "controlplane",
    resolve: (name) => (name === "web" ? ["10.96.0.20"] : undefined),
    tables: () => tables,
    nodeByIP: () => undefined,
    podByIP: (ip) => (POD_IPS.includes(ip) ? { pod: fakePod(ip), node: ip.startsWith("10.244.1.") ? "node01" : "node02" } : undefined),
    isPartitioned: (n) => (opts.partitioned ?? []).includes(n),
    deliver: () => ({ ok: true, status: 200, body: "hello" }),
    sourceIP: () => "10.244.0.0",
  };
}

test("requests to a Service spread over all its endpoints", () => {
  const deps = createTestRouter();
  const counts = new Map<string, number>();
  for (let i = 0; i < 300; i++) {
    const r = sendRequest(deps, { target: "web" });
    if (r.ok) counts.set(r.pod.ip, (counts.get(r.pod.ip) ?? 0) + 1);
  }
  expect([...counts.keys()].sort()).toEqual(POD_IPS);
  for (const n of counts.values()) expect(n).toBeGreaterThan(70);
});

test("a request walks KUBE-SERVICES, the service chain and an endpoint chain", () => {
  const r = sendRequest(createTestRouter(), { target: "10.96.0.20:80" });
  expect(r.chains.map((c) => c.slice(0, 9))).toEqual(["KUBE-SERVICES".slice(0, 9), "KUBE-SVC-", "KUBE-SEP-"]);
});

test("a Service without ready endpoints refuses the connection", () => {
  const r = sendRequest(createTestRouter({ ready: false }), { target: "10.96.0.20" });
  expect(r.ok ? "ok" : r.message).toBe("curl: (7) Failed to connect to 10.96.0.20 port 80 after 0 ms: Couldn't connect to server");
});

test("an unknown name fails to resolve", () => {
  const r = sendRequest(createTestRouter(), { target: "nope" });
  expect(r.ok ? "ok" : r.message).toBe("curl: (6) Could not resolve host: nope");
});

test("a wrong port on a cluster IP times out because no rule matches", () => {
  const r = sendRequest(createTestRouter(), { target: "10.96.0.20:81" });
  expect(r.ok ? "ok" : r.message).toBe("curl: (28) Failed to connect to 10.96.0.20 port 81 after 130000 ms: Connection timed out");
});

test("a pod on a partitioned node does not answer", () => {
  const deps = createTestRouter({ partitioned: ["node01", "node02"] });
  const r = sendRequest(deps, { target: "web" });
  expect(r.ok ? "ok" : r.reason).toBe("timeout");
});
