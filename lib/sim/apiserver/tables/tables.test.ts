import { expect, test } from "vitest";
import type { Deployment, Event, Node, Pod, Service } from "../../api/types";
import { SCENARIO_EPOCH_MS } from "../../core/time";
import { toTable } from "./index";

const NOW = SCENARIO_EPOCH_MS + 312_000;
const T0 = "2025-01-01T00:00:00Z";

function pod(status: Pod["status"], extra: Partial<Pod["metadata"]> = {}): Pod {
  return { apiVersion: "v1", kind: "Pod", metadata: { name: "web", creationTimestamp: T0, ...extra }, spec: { containers: [{ name: "web", image: "nginx" }] }, status };
}

function cells(resource: string, obj: Pod | Node | Service | Deployment | Event) {
  return toTable(resource, [obj], NOW, "1").rows[0].cells;
}

test("pod columns with wide ones marked priority 1", () => {
  const t = toTable("pods", [], NOW, "1");
  expect(t.columnDefinitions.map((c) => `${c.name}:${c.priority}`)).toEqual([
    "Name:0",
    "Ready:0",
    "Status:0",
    "Restarts:0",
    "Age:0",
    "IP:1",
    "Node:1",
    "Nominated Node:1",
    "Readiness Gates:1",
  ]);
});

test("a pending pod without node prints <none> in the wide cells", () => {
  expect(cells("pods", pod({ phase: "Pending" }))).toEqual(["web", "0/1", "Pending", "0", "5m12s", "<none>", "<none>", "<none>", "<none>"]);
});

test("a waiting container reason becomes the STATUS", () => {
  const p = pod({
    phase: "Pending",
    containerStatuses: [{ name: "web", ready: false, restartCount: 0, image: "nginx", imageID: "", state: { waiting: { reason: "ContainerCreating" } } }],
  });
  expect(cells("pods", p).slice(1, 4)).toEqual(["0/1", "ContainerCreating", "0"]);
});

test("restarts show the age of the last termination", () => {
  const p = pod({
    phase: "Running",
    containerStatuses: [
      {
        name: "web",
        ready: false,
        restartCount: 4,
        image: "nginx",
        imageID: "",
        state: { waiting: { reason: "CrashLoopBackOff" } },
        lastState: { terminated: { exitCode: 1, reason: "Error", finishedAt: "2025-01-01T00:04:40Z" } },
      },
    ],
  });
  expect(cells("pods", p).slice(1, 4)).toEqual(["0/1", "CrashLoopBackOff", "4 (32s ago)"]);
});

test("a terminated container without reason prints ExitCode, a deleting pod Terminating", () => {
  const exited = pod({ phase: "Running", containerStatuses: [{ name: "web", ready: false, restartCount: 0, image: "", imageID: "", state: { terminated: { exitCode: 2 } } }] });
  expect(cells("pods", exited)[2]).toBe("ExitCode:2");
  const running = pod(
    { phase: "Running", podIP: "10.244.1.5", containerStatuses: [{ name: "web", ready: true, restartCount: 0, image: "", imageID: "", state: { running: {} } }] },
    { deletionTimestamp: "2025-01-01T00:05:00Z" },
  );
  expect(cells("pods", running).slice(1, 6)).toEqual(["1/1", "Terminating", "0", "5m12s", "10.244.1.5"]);
});

test("init containers print Init:i/n", () => {
  const p: Pod = {
    ...pod({
      phase: "Pending",
      initContainerStatuses: [{ name: "init", ready: false, restartCount: 0, image: "", imageID: "", state: { waiting: { reason: "PodInitializing" } } }],
    }),
  };
  p.spec = { ...p.spec, initContainers: [{ name: "init", image: "busybox" }] };
  expect(cells("pods", p)[2]).toBe("Init:0/1");
});

test("node status and roles", () => {
  const n: Node = {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name: "cp", creationTimestamp: T0, labels: { "node-role.kubernetes.io/control-plane": "" } },
    spec: { unschedulable: true },
    status: {
      conditions: [{ type: "Ready", status: "True" }],
      addresses: [{ type: "InternalIP", address: "192.168.0.10" }],
      nodeInfo: { kubeletVersion: "v1.33.1", osImage: "Ubuntu 24.04 LTS", kernelVersion: "6.8.0", containerRuntimeVersion: "containerd://2.0.0", machineID: "", systemUUID: "", bootID: "", operatingSystem: "linux", architecture: "amd64" },
    },
  };
  expect(cells("nodes", n)).toEqual(["cp", "Ready,SchedulingDisabled", "control-plane", "5m12s", "v1.33.1", "192.168.0.10", "<none>", "Ubuntu 24.04 LTS", "6.8.0", "containerd://2.0.0"]);
});

test("service ports, node ports and pending load balancers", () => {
  const s: Service = {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "lb", creationTimestamp: T0 },
    spec: { type: "LoadBalancer", clusterIP: "10.99.1.20", clusterIPs: ["10.99.1.20"], selector: { app: "web" }, ports: [{ port: 80, nodePort: 31234, protocol: "TCP" }] },
  };
  expect(cells("services", s)).toEqual(["lb", "LoadBalancer", "10.99.1.20", "<pending>", "80:31234/TCP", "5m12s", "app=web"]);
});

test("deployment READY is ready/desired and the selector is printed", () => {
  const d: Deployment = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "web", creationTimestamp: T0 },
    spec: { replicas: 3, selector: { matchLabels: { app: "web" } }, template: { spec: { containers: [{ name: "nginx", image: "nginx:1.27" }] } } },
    status: { readyReplicas: 2, updatedReplicas: 3, availableReplicas: 2 },
  };
  expect(cells("deployments", d)).toEqual(["web", "2/3", 3, 2, "5m12s", "nginx", "nginx:1.27", "app=web"]);
});

test("events print lower-case kind/name and default count 1", () => {
  const e: Event = {
    apiVersion: "v1",
    kind: "Event",
    metadata: { name: "web.1", namespace: "default" },
    involvedObject: { kind: "Pod", name: "web" },
    reason: "Scheduled",
    message: "Successfully assigned default/web to node01",
    type: "Normal",
    source: { component: "default-scheduler" },
    firstTimestamp: "2025-01-01T00:03:12Z",
    lastTimestamp: "2025-01-01T00:03:12Z",
  };
  expect(cells("events", e)).toEqual(["2m", "Normal", "Scheduled", "pod/web", "", "default-scheduler", "Successfully assigned default/web to node01", "2m", 1, "web.1"]);
});
