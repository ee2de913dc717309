import { expect, test } from "vitest";
import type { Deployment, KubeObject, Pod, Service } from "../api/types";
import { createClock } from "../core/clock";
import { StatusError } from "../core/errors";
import { createRng } from "../core/rng";
import { SCENARIO_EPOCH_MS } from "../core/time";
import { createStore } from "../store/store";
import type { WatchEvent } from "./client";
import { createApiServer } from "./server";

function setup() {
  const clock = createClock({ startMs: SCENARIO_EPOCH_MS });
  const server = createApiServer({ store: createStore(), clock, rng: createRng(1) });
  return { clock, api: server.client() };
}

function pod(name: string, extra: Partial<Pod["spec"]> = {}): Pod {
  return { apiVersion: "v1", kind: "Pod", metadata: { name }, spec: { containers: [{ name: "app", image: "nginx:1.27" }], ...extra } };
}

function errorOf(fn: () => unknown): StatusError {
  try {
    fn();
  } catch (e) {
    if (e instanceof StatusError) return e;
    throw e;
  }
  throw new Error("expected an error");
}

test("the API server starts with the system namespaces and the kubernetes service", () => {
  const { api } = setup();
  expect(api.list("namespaces").items.map((n) => n.metadata.name)).toEqual(["default", "kube-node-lease", "kube-public", "kube-system"]);
  expect(api.get<Service>("services", "kubernetes").spec.clusterIP).toBe("10.96.0.1");
});

test("a created pod gets uid, timestamps, defaults and default tolerations", () => {
  const { api } = setup();
  const p = api.create("pods", pod("web"));
  expect(p.metadata.creationTimestamp).toBe("2025-01-01T00:00:00Z");
  expect(p.metadata.uid?.length).toBe(36);
  expect(p.spec.restartPolicy).toBe("Always");
  expect(p.spec.schedulerName).toBe("default-scheduler");
  expect(p.spec.containers[0].imagePullPolicy).toBe("IfNotPresent");
  expect(p.spec.serviceAccountName).toBe("default");
  expect(p.spec.tolerations).toEqual([
    { key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 },
    { key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 },
  ]);
  expect(p.status?.phase).toBe("Pending");
  expect(p.status?.qosClass).toBe("BestEffort");
});

test("an image without a tag is pulled Always", () => {
  const { api } = setup();
  const p = api.create<Pod>("pods", { ...pod("web"), spec: { containers: [{ name: "app", image: "nginx" }] } });
  expect(p.spec.containers[0].imagePullPolicy).toBe("Always");
});

test("a pod without an image is invalid with the real message", () => {
  const { api } = setup();
  const e = errorOf(() => api.create("pods", { ...pod("web"), spec: { containers: [{ name: "app" }] } }));
  expect(e.status.code).toBe(422);
  expect(e.message).toBe('The Pod "web" is invalid: spec.containers[0].image: Required value');
});

test("several validation causes are joined in brackets", () => {
  const { api } = setup();
  const e = errorOf(() => api.create("pods", { ...pod("Web"), spec: { containers: [{ name: "app" }] } }));
  expect(e.message).toBe(
    `The Pod "Web" is invalid: [metadata.name: Invalid value: "Web": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*'), spec.containers[0].image: Required value]`,
  );
});

test("creating twice fails with AlreadyExists and a missing object with NotFound", () => {
  const { api } = setup();
  api.create("pods", pod("web"));
  expect(errorOf(() => api.create("pods", pod("web"))).message).toBe('pods "web" already exists');
  expect(errorOf(() => api.get("deployments", "nope")).message).toBe('deployments.apps "nope" not found');
});

test("creating in a missing namespace fails", () => {
  const { api } = setup();
  expect(errorOf(() => api.create("pods", pod("web"), { namespace: "foo" })).message).toBe('namespaces "foo" not found');
});

test("a stale update fails with a Conflict", () => {
  const { api } = setup();
  const p = api.create("pods", pod("web"));
  api.patch("pods", "web", { metadata: { labels: { a: "1" } } }, { type: "merge" });
  const e = errorOf(() => api.update("pods", { ...p, metadata: { ...p.metadata, labels: { b: "2" } } }));
  expect(e.message).toBe(
    'Operation cannot be fulfilled on pods "web": the object has been modified; please apply your changes to the latest version and try again',
  );
});

test("generateName appends a five character suffix", () => {
  const { api } = setup();
  const p = api.create<Pod>("pods", { ...pod(""), metadata: { generateName: "web-" } });
  expect(p.metadata.name?.length).toBe(9);
  expect(p.metadata.name?.startsWith("web-")).toBe(true);
});

test("deployment defaults and generation bumps on spec change only", () => {
  const { api } = setup();
  const d: Deployment = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "web" },
    spec: {
      selector: { matchLabels: { app: "web" } },
      template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "nginx" }] } },
    },
  };
  const created = api.create("deployments", d);
  expect(created.spec.replicas).toBe(1);
  expect(created.spec.strategy).toEqual({ type: "RollingUpdate", rollingUpdate: { maxUnavailable: "25%", maxSurge: "25%" } });
  expect(created.spec.revisionHistoryLimit).toBe(10);
  expect(created.spec.progressDeadlineSeconds).toBe(600);
  expect(created.metadata.generation).toBe(1);
  const labelled = api.patch<Deployment>("deployments", "web", { metadata: { labels: { x: "y" } } }, { type: "merge" });
  expect(labelled.metadata.generation).toBe(1);
  const scaled = api.patch<Deployment>("deployments", "web", { spec: { replicas: 3 } }, { type: "merge" });
  expect(scaled.metadata.generation).toBe(2);
});

test("a deployment whose selector does not match its template is invalid", () => {
  const { api } = setup();
  const d: Deployment = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "web" },
    spec: {
      selector: { matchLabels: { app: "web" } },
      template: { metadata: { labels: { app: "other" } }, spec: { containers: [{ name: "web", image: "nginx" }] } },
    },
  };
  expect(errorOf(() => api.create("deployments", d)).message).toBe(
    'The Deployment "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"other"}: `selector` does not match template `labels`',
  );
});

test("services get a cluster IP, node ports and targetPort defaults", () => {
  const { api } = setup();
  const s = api.create<Service>("services", {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "web" },
    spec: { type: "NodePort", selector: { app: "web" }, ports: [{ port: 80 }] },
  });
  expect(s.spec.clusterIP?.startsWith("10.")).toBe(true);
  expect(s.spec.ports?.[0].targetPort).toBe(80);
  expect(s.spec.ports?.[0].protocol).toBe("TCP");
  const np = s.spec.ports?.[0].nodePort ?? 0;
  expect(np >= 30000 && np <= 32767).toBe(true);
  expect(s.spec.sessionAffinity).toBe("None");
});

test("label selectors filter lists with equality and set-based requirements", () => {
  const { api } = setup();
  api.create("pods", { ...pod("a"), metadata: { name: "a", labels: { app: "web", tier: "fe" } } });
  api.create("pods", { ...pod("b"), metadata: { name: "b", labels: { app: "web", tier: "be" } } });
  api.create("pods", { ...pod("c"), metadata: { name: "c", labels: { app: "db" } } });
  const names = (sel: string) => api.list("pods", { labelSelector: sel }).items.map((p) => p.metadata.name);
  expect(names("app=web")).toEqual(["a", "b"]);
  expect(names("tier in (fe,xx)")).toEqual(["a"]);
  expect(names("tier notin (fe)")).toEqual(["b", "c"]);
  expect(names("!tier")).toEqual(["c"]);
  expect(names("tier")).toEqual(["a", "b"]);
  expect(names("app!=web")).toEqual(["c"]);
});

test("field selectors filter by spec.nodeName and metadata.name", () => {
  const { api } = setup();
  api.create("pods", pod("a", { nodeName: "n1" }));
  api.create("pods", pod("b"));
  expect(api.list("pods", { fieldSelector: "spec.nodeName=n1" }).items.map((p) => p.metadata.name)).toEqual(["a"]);
  expect(api.list("pods", { fieldSelector: "metadata.name!=a" }).items.map((p) => p.metadata.name)).toEqual(["b"]);
  expect(errorOf(() => api.list("pods", { fieldSelector: "spec.foo=x" })).message).toBe("field label not supported: spec.foo");
});

test("limit and continue page through a list", () => {
  const { api } = setup();
  for (const n of ["a", "b", "c"]) api.create("pods", pod(n));
  const first = api.list("pods", { limit: 2 });
  expect(first.items.map((p) => p.metadata.name)).toEqual(["a", "b"]);
  expect(first.remainingItemCount).toBe(1);
  const second = api.list("pods", { limit: 2, continue: first.continue });
  expect(second.items.map((p) => p.metadata.name)).toEqual(["c"]);
  expect(second.continue).toBe(undefined);
});

test("watch delivers events through the clock and turns selector transitions into ADDED and DELETED", () => {
  const { api, clock } = setup();
  const seen: string[] = [];
  api.watch("pods", { labelSelector: "app=web" }, (e: WatchEvent) => seen.push(`${e.type} ${e.object.metadata.name}`));
  api.create("pods", { ...pod("a"), metadata: { name: "a", labels: { app: "web" } } });
  expect(seen).toEqual([]);
  clock.settle();
  api.patch("pods", "a", { metadata: { labels: { app: "db" } } }, { type: "merge" });
  api.patch("pods", "a", { metadata: { labels: { app: "web" } } }, { type: "merge" });
  clock.settle();
  expect(seen).toEqual(["ADDED a", "DELETED a", "ADDED a"]);
});

test("watch from an old resourceVersion replays history", () => {
  const { api, clock } = setup();
  const a = api.create("pods", pod("a"));
  api.create("pods", pod("b"));
  const seen: string[] = [];
  api.watch("pods", { resourceVersion: a.metadata.resourceVersion }, (e) => seen.push(`${e.type} ${e.object.metadata.name}`));
  clock.settle();
  expect(seen).toEqual(["ADDED b"]);
});

test("deleting a scheduled pod sets a deletionTimestamp until a zero-grace delete", () => {
  const { api } = setup();
  api.create("pods", pod("a", { nodeName: "n1" }));
  const deleting = api.delete("pods", "a");
  expect(deleting.metadata.deletionTimestamp).toBe("2025-01-01T00:00:30Z");
  expect(deleting.metadata.deletionGracePeriodSeconds).toBe(30);
  api.delete("pods", "a", { gracePeriodSeconds: 0 });
  expect(errorOf(() => api.get("pods", "a")).status.code).toBe(404);
});

test("an unscheduled pod is removed at once", () => {
  const { api } = setup();
  api.create("pods", pod("a"));
  api.delete("pods", "a");
  expect(api.list("pods").items).toEqual([]);
});

test("finalizers hold an object until they are removed", () => {
  const { api } = setup();
  api.create("configmaps", { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c", finalizers: ["x/y"] } } as KubeObject);
  const d = api.delete("configmaps", "c");
  expect(d.metadata.deletionTimestamp).toBe("2025-01-01T00:00:00Z");
  api.patch("configmaps", "c", { metadata: { finalizers: null } }, { type: "merge" });
  expect(api.list("configmaps").items).toEqual([]);
});

test("dryRun creates nothing", () => {
  const { api } = setup();
  const p = api.create("pods", pod("a"), { dryRun: true });
  expect(p.metadata.name).toBe("a");
  expect(api.list("pods").items).toEqual([]);
});

test("binding sets nodeName and PodScheduled, a second binding conflicts", () => {
  const { api } = setup();
  api.create("pods", pod("a"));
  api.create("bindings", { apiVersion: "v1", kind: "Binding", metadata: { name: "a" }, target: { kind: "Node", name: "n1" } } as KubeObject);
  const p = api.get<Pod>("pods", "a");
  expect(p.spec.nodeName).toBe("n1");
  expect(p.status?.conditions?.[0]).toEqual({ type: "PodScheduled", status: "True", lastProbeTime: null, lastTransitionTime: "2025-01-01T00:00:00Z" });
  const e = errorOf(() =>
    api.create("bindings", { apiVersion: "v1", kind: "Binding", metadata: { name: "a" }, target: { kind: "Node", name: "n2" } } as KubeObject),
  );
  expect(e.message).toBe('Operation cannot be fulfilled on pods/binding "a": pod a is already assigned to node "n1"');
});

test("status subresource changes only status; main update ignores status", () => {
  const { api } = setup();
  const p = api.create("pods", pod("a"));
  const withStatus = api.update<Pod>("pods", { ...p, status: { phase: "Running" } }, { subresource: "status" });
  expect(withStatus.status?.phase).toBe("Running");
  const main = api.update<Pod>("pods", { ...withStatus, status: { phase: "Failed" } });
  expect(main.status?.phase).toBe("Running");
});

test("scale subresource sets replicas", () => {
  const { api } = setup();
  api.create("replicasets", {
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: { name: "rs" },
    spec: {
      selector: { matchLabels: { a: "b" } },
      template: { metadata: { labels: { a: "b" } }, spec: { containers: [{ name: "c", image: "i" }] } },
    },
  } as KubeObject);
  const scale = api.patch("replicasets", "rs", { spec: { replicas: 4 } }, { type: "merge", subresource: "scale" });
  expect(scale.kind).toBe("Scale");
  expect(api.get<Deployment>("replicasets", "rs").spec.replicas).toBe(4);
});

test("objects read from the API are frozen", () => {
  const { api } = setup();
  const p = api.create("pods", pod("a"));
  expect(() => {
    (p.metadata as { name?: string }).name = "b";
  }).toThrow();
});
