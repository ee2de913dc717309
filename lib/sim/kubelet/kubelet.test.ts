import { expect, test } from "vitest";
import type { Event, Lease, Node, Pod } from "../api/types";
import { boundPod, createTestNode } from "./test-node";

function podOf(api: ReturnType<typeof createTestNode>["api"], name: string, namespace = "default"): Pod {
  return api.get<Pod>("pods", name, { namespace });
}

function waitingReason(p: Pod): string | undefined {
  return p.status?.containerStatuses?.[0]?.state?.waiting?.reason;
}

function eventMessages(api: ReturnType<typeof createTestNode>["api"], pod: string): string[] {
  return api
    .list<Event>("events", { namespace: "default" })
    .items.filter((e) => e.involvedObject.name === pod)
    .sort((a, b) => (a.metadata.name ?? "").localeCompare(b.metadata.name ?? ""))
    .map((e) => `${e.reason}: ${e.message}`);
}

test("the kubelet registers its node with capacity, node info and a pod CIDR, and holds a lease", () => {
  const { api } = createTestNode();
  const node = api.get<Node>("nodes", "node01");
  expect(node.status?.capacity).toEqual({ cpu: "2", "ephemeral-storage": "61202244Ki", "hugepages-1Gi": "0", "hugepages-2Mi": "0", memory: "4112384Ki", pods: "110" });
  expect(node.status?.nodeInfo?.kubeletVersion).toBe("v1.33.1");
  expect(node.status?.conditions?.find((c) => c.type === "Ready")?.status).toBe("True");
  expect(node.spec?.podCIDR).toBe("10.244.0.0/24");
  expect(api.get<Lease>("leases", "node01", { namespace: "kube-node-lease" }).spec.holderIdentity).toBe("node01");
});

test("the lease is renewed every 10 seconds", () => {
  const { api, clock } = createTestNode();
  clock.advance(10_000);
  expect(api.get<Lease>("leases", "node01", { namespace: "kube-node-lease" }).spec.renewTime).toBe("2025-01-01T00:00:10.000000Z");
});

test("a pod goes from ContainerCreating to Running with an IP from the node's CIDR", () => {
  const { api, clock } = createTestNode();
  api.create("pods", boundPod("web", "nginx"));
  clock.advance(100);
  expect([podOf(api, "web").status?.phase, waitingReason(podOf(api, "web"))]).toEqual(["Pending", "ContainerCreating"]);
  clock.advance(10_000);
  const pod = podOf(api, "web");
  expect([pod.status?.phase, pod.status?.podIP, pod.status?.containerStatuses?.[0]?.ready]).toEqual(["Running", "10.244.0.2", true]);
  expect(pod.status?.conditions?.find((c) => c.type === "Ready")?.status).toBe("True");
  expect(eventMessages(api, "web")).toEqual([
    'Pulling: Pulling image "nginx"',
    'Pulled: Successfully pulled image "nginx" in 4.309s (4.309s including waiting). Image size: 72188133 bytes.',
    "Created: Created container: web",
    "Started: Started container web",
  ]);
});

test("an unknown image gives ErrImagePull and then ImagePullBackOff", () => {
  const { api, clock } = createTestNode();
  api.create("pods", boundPod("bad", "nginxx:1.0"));
  clock.advance(1_300);
  expect(waitingReason(podOf(api, "bad"))).toBe("ErrImagePull");
  clock.advance(1_000);
  expect(waitingReason(podOf(api, "bad"))).toBe("ImagePullBackOff");
  clock.advance(10_000);
  expect(waitingReason(podOf(api, "bad"))).toBe("ErrImagePull");
});

test("a container that keeps exiting goes into CrashLoopBackOff with growing back-off and restart counts", () => {
  const { api, clock } = createTestNode();
  api.create("pods", boundPod("bb", "busybox:1.37"));
  clock.advance(2_000);
  const first = podOf(api, "bb").status?.containerStatuses?.[0];
  expect([first?.restartCount, first?.state?.waiting?.reason, first?.lastState?.terminated?.reason]).toEqual([1, "CrashLoopBackOff", "Completed"]);
  expect(first?.state?.waiting?.message?.startsWith("back-off 10s restarting failed container=bb pod=bb_default(")).toBe(true);
  clock.advance(10_000);
  expect(podOf(api, "bb").status?.containerStatuses?.[0]?.restartCount).toBe(2);
  clock.advance(20_000);
  expect(podOf(api, "bb").status?.containerStatuses?.[0]?.restartCount).toBe(3);
  expect(podOf(api, "bb").status?.phase).toBe("Running");
});

test("an OOM kill is reported as lastState OOMKilled with exit code 137 and the container restarts", () => {
  const { api, clock, kubelet } = createTestNode();
  api.create("pods", boundPod("web", "nginx:1.25"));
  clock.advance(10_000);
  expect(kubelet.crashContainer("default", "web", undefined, { oomKilled: true })).toBe(true);
  clock.advance(100);
  const cs = podOf(api, "web").status?.containerStatuses?.[0];
  expect([cs?.restartCount, cs?.lastState?.terminated?.reason, cs?.lastState?.terminated?.exitCode, cs?.state?.running !== undefined]).toEqual([1, "OOMKilled", 137, true]);
});

test("restartPolicy Never leaves a failed container terminated and the pod Failed", () => {
  const { api, clock } = createTestNode();
  api.create("pods", boundPod("job", "busybox:1.37", { restartPolicy: "Never" }, { command: ["sh", "-c", "exit 3"] }));
  clock.advance(2_000);
  const pod = podOf(api, "job");
  expect([pod.status?.phase, pod.status?.containerStatuses?.[0]?.state?.terminated?.exitCode]).toEqual(["Failed", 3]);
});

test("a failing readiness probe makes the pod not Ready while it keeps running", () => {
  const { api, clock, health } = createTestNode();
  api.create("pods", boundPod("web", "nginx:1.25", {}, { readinessProbe: { httpGet: { path: "/", port: 80 }, periodSeconds: 5 } }));
  clock.advance(7_000);
  expect(podOf(api, "web").status?.containerStatuses?.[0]?.ready).toBe(true);
  health.set("default", "web", undefined, "readiness", true);
  clock.advance(15_000);
  const pod = podOf(api, "web");
  expect([pod.status?.phase, pod.status?.containerStatuses?.[0]?.ready]).toEqual(["Running", false]);
  expect(eventMessages(api, "web").at(-1)).toBe("Unhealthy: Readiness probe failed: HTTP probe failed with statuscode: 503");
});

test("a failing liveness probe restarts the container after three failures", () => {
  const { api, clock, health } = createTestNode();
  api.create("pods", boundPod("web", "nginx:1.25", {}, { livenessProbe: { httpGet: { path: "/healthz", port: 80 } } }));
  clock.advance(2_000);
  health.set("default", "web", "web", "liveness", true);
  clock.advance(31_000);
  const cs = podOf(api, "web").status?.containerStatuses?.[0];
  expect([cs?.restartCount, cs?.lastState?.terminated?.exitCode]).toEqual([1, 0]);
});

test("a probe on a port the image does not listen on fails with connection refused", () => {
  const { api, clock } = createTestNode();
  api.create("pods", boundPod("web", "nginx:1.25", {}, { readinessProbe: { httpGet: { path: "/", port: 8080 } } }));
  clock.advance(7_000);
  expect(eventMessages(api, "web").at(-1)).toBe('Unhealthy: Readiness probe failed: Get "http://10.244.0.2:8080/": dial tcp 10.244.0.2:8080: connect: connection refused');
});

test("deleting a pod stops its containers within the grace period and then removes it", () => {
  const { api, clock, runtime } = createTestNode();
  api.create("pods", boundPod("sleeper", "busybox:1.37", { terminationGracePeriodSeconds: 5 }, { command: ["sleep", "3600"] }));
  clock.advance(2_000);
  api.delete("pods", "sleeper");
  clock.advance(4_000);
  expect(podOf(api, "sleeper").metadata.deletionTimestamp).toBe("2025-01-01T00:00:07Z");
  clock.advance(1_100);
  expect(() => podOf(api, "sleeper")).toThrow('pods "sleeper" not found');
  expect(runtime.listContainers()).toEqual([]);
});

test("a stopped kubelet stops renewing its lease and makes no pod changes", () => {
  const { api, clock, kubelet } = createTestNode();
  kubelet.stop();
  api.create("pods", boundPod("web", "nginx:1.25"));
  clock.advance(60_000);
  expect(api.get<Lease>("leases", "node01", { namespace: "kube-node-lease" }).spec.renewTime).toBe("2025-01-01T00:00:00.000000Z");
  expect(podOf(api, "web").status?.containerStatuses).toBe(undefined);
  kubelet.start();
  clock.advance(6_000);
  expect(podOf(api, "web").status?.phase).toBe("Running");
});

test("static pods run with a mirror pod named after the node, which comes back when deleted", () => {
  const manifest: Pod = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: "etcd-node01", namespace: "kube-system", labels: { component: "etcd", tier: "control-plane" } },
    spec: { hostNetwork: true, containers: [{ name: "etcd", image: "registry.k8s.io/etcd:3.5.21-0", imagePullPolicy: "IfNotPresent" }] },
  };
  const { api, clock } = createTestNode({ staticPods: [manifest] });
  clock.advance(10_000);
  const mirror = podOf(api, "etcd-node01", "kube-system");
  expect([mirror.status?.phase, mirror.status?.podIP, mirror.metadata.annotations?.["kubernetes.io/config.source"]]).toEqual(["Running", "192.168.1.11", "file"]);
  api.delete("pods", "etcd-node01", { namespace: "kube-system" });
  clock.advance(3_000);
  expect(podOf(api, "etcd-node01", "kube-system").status?.phase).toBe("Running");
});

test("a two-container pod starts its containers one after the other, and tail -F keeps the sidecar running", () => {
  const { api, clock } = createTestNode();
  const pod = boundPod("web", "nginx:1.27");
  pod.spec.containers.push({ name: "log-shipper", image: "busybox", command: ["sh", "-c", "tail -F /logs/access.log"] });
  api.create("pods", pod);
  clock.advance(60_000);
  const status = podOf(api, "web").status;
  expect(status?.containerStatuses?.map((c) => [c.name, c.ready, c.restartCount])).toEqual([
    ["web", true, 0],
    ["log-shipper", true, 0],
  ]);
  const reasons = api
    .list<Event>("events", { namespace: "default" })
    .items.filter((e) => e.involvedObject.name === "web")
    .sort((a, b) => (a.metadata.name ?? "").localeCompare(b.metadata.name ?? ""))
    .map((e) => `${e.reason} ${e.involvedObject.fieldPath ?? ""}`);
  expect(reasons).toEqual([
    "Pulling spec.containers{web}",
    "Pulled spec.containers{web}",
    "Created spec.containers{web}",
    "Started spec.containers{web}",
    "Pulling spec.containers{log-shipper}",
    "Pulled spec.containers{log-shipper}",
    "Created spec.containers{log-shipper}",
    "Started spec.containers{log-shipper}",
  ]);
});

test.each([
  ["tail -f /dev/null"],
  ["tail -n 5 -F /logs/access.log"],
  ["tail --follow=name /var/log/app.log"],
  ["sleep infinity"],
  ["while true; do date; sleep 5; done"],
])("busybox running %s keeps running", (script) => {
  const { api, clock } = createTestNode();
  api.create("pods", boundPod("loop", "busybox", {}, { command: ["sh", "-c", script] }));
  clock.advance(120_000);
  const c = podOf(api, "loop").status?.containerStatuses?.[0];
  expect([c?.state?.running !== undefined, c?.restartCount]).toEqual([true, 0]);
});
