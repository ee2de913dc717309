import { expect, test } from "vitest";

import { labCheckSchema } from "@/lib/server/content/labs/lab-schema";
import type { Cluster, Pod } from "@/lib/sim";

import { evaluateCheck } from "./lab-checks";
import { clusterAfter } from "./lab-test-cluster";

function evaluate(cluster: Cluster, check: Record<string, unknown>) {
  return evaluateCheck(cluster, labCheckSchema.parse({ id: "c", title: "goal", ...check }));
}

function podNames(cluster: Cluster, selector: string): string[] {
  return cluster.api.list<Pod>("pods", { labelSelector: selector }).items.map((p) => p.metadata.name ?? "");
}

test("deployment-ready passes at the wanted ready replicas and names each pod that is not ready", () => {
  const cluster = clusterAfter(["kubectl create deployment web --image=nginx --replicas=2", "kubectl create deployment shop --image=nginx:1.27-alpne --replicas=2", "sleep 30"]);
  expect(evaluate(cluster, { kind: "deployment-ready", name: "web", replicas: 2 })).toEqual({ passed: true });
  expect(evaluate(cluster, { kind: "deployment-ready", name: "web", replicas: 3 })).toEqual({ passed: false, reason: "Deployment web is set to 2 replicas, not 3" });
  expect(evaluate(cluster, { kind: "deployment-ready", name: "api", replicas: 1 })).toEqual({ passed: false, reason: "There is no Deployment api" });
  const [a, b] = podNames(cluster, "app=shop");
  expect(evaluate(cluster, { kind: "deployment-ready", name: "shop", replicas: 2 })).toEqual({
    passed: false,
    reason: `Deployment shop has 0 of 2 replicas ready: pod ${a} is ImagePullBackOff (image nginx:1.27-alpne); pod ${b} is ImagePullBackOff (image nginx:1.27-alpne)`,
  });
});

test("deployment-ready explains a Pending pod with the scheduler's message", () => {
  const cluster = clusterAfter(["kubectl create deployment big --image=nginx", "kubectl label node node01 node02 tier=none"]);
  expect(evaluate(cluster, { kind: "deployment-ready", name: "big", replicas: 1 })).toEqual({ passed: true });
  const pending = clusterAfter(["kubectl create deployment big --image=nginx", "kubectl cordon node01", "kubectl cordon node02", "kubectl delete pods -l app=big", "sleep 5"]);
  const [pod] = podNames(pending, "app=big");
  expect(evaluate(pending, { kind: "deployment-ready", name: "big", replicas: 1 })).toEqual({
    passed: false,
    reason: `Deployment big has 0 of 1 replicas ready: pod ${pod} is Pending: 0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) were unschedulable. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling..`,
  });
});

test("deployment-image compares the container's image", () => {
  const cluster = clusterAfter(["kubectl create deployment web --image=nginx:1.26"]);
  expect(evaluate(cluster, { kind: "deployment-image", name: "web", image: "nginx:1.26" })).toEqual({ passed: true });
  expect(evaluate(cluster, { kind: "deployment-image", name: "web", image: "nginx:1.27" })).toEqual({ passed: false, reason: "Deployment web runs image nginx:1.26 in container nginx, not nginx:1.27" });
  expect(evaluate(cluster, { kind: "deployment-image", name: "web", image: "nginx:1.26", container: "app" })).toEqual({ passed: false, reason: "Deployment web has no container named app" });
});

test("deployment-revision reads the rollout revision", () => {
  const cluster = clusterAfter(["kubectl create deployment web --image=nginx:1.26", "kubectl set image deployment/web nginx=nginx:1.27", "sleep 5"]);
  expect(evaluate(cluster, { kind: "deployment-revision", name: "web", revision: 2 })).toEqual({ passed: true });
  expect(evaluate(cluster, { kind: "deployment-revision", name: "web", revision: 3 })).toEqual({
    passed: false,
    reason: "Deployment web is at rollout revision 2, not 3 (kubectl rollout history deployment/web lists them)",
  });
});

test("deployment-requests fails for a container without the request", () => {
  const cluster = clusterAfter(["kubectl create deployment web --image=nginx"]);
  expect(evaluate(cluster, { kind: "deployment-requests", name: "web", resource: "cpu" })).toEqual({
    passed: false,
    reason: "Container nginx of Deployment web requests no CPU (spec.template.spec.containers[].resources.requests.cpu)",
  });
  const withRequests = clusterAfter([
    "kubectl apply -f - <<EOF\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: nginx\n        image: nginx\n        resources:\n          requests:\n            cpu: 100m\nEOF",
  ]);
  expect(evaluate(withRequests, { kind: "deployment-requests", name: "web", resource: "cpu" })).toEqual({ passed: true });
});

test("service-endpoints passes with the selector and endpoint count, and says when the selector matches no pods", () => {
  const cluster = clusterAfter(["kubectl create deployment web --image=nginx --replicas=2", "kubectl expose deployment web --port=80", "kubectl create service clusterip api --tcp=80:80"]);
  expect(evaluate(cluster, { kind: "service-endpoints", name: "web", selector: { app: "web" }, endpoints: 2 })).toEqual({ passed: true });
  expect(evaluate(cluster, { kind: "service-endpoints", name: "web", endpoints: 3 })).toEqual({ passed: false, reason: "Service web has 2 ready endpoints, not 3" });
  expect(evaluate(cluster, { kind: "service-endpoints", name: "web", selector: { app: "web-v2" }, endpoints: 2 })).toEqual({
    passed: false,
    reason: "Service web selects app=web, which matches 2 pods; it should select app=web-v2",
  });
  expect(evaluate(cluster, { kind: "service-endpoints", name: "api", endpoints: 1 })).toEqual({ passed: false, reason: "Service api has no ready endpoints: it selects app=api, which matches no pods" });
  expect(evaluate(cluster, { kind: "service-endpoints", name: "db", endpoints: 1 })).toEqual({ passed: false, reason: "There is no Service db" });
});

test("pods-on-node counts ready pods on the node and says where the others are", () => {
  const cluster = clusterAfter(["kubectl run a --image=nginx --labels=app=web", "kubectl run b --image=nginx --labels=app=web", "sleep 20"]);
  const nodes = cluster.api.list<Pod>("pods", { labelSelector: "app=web" }).items.map((p) => p.spec.nodeName);
  const node = nodes[0] ?? "";
  const onIt = nodes.filter((n) => n === node).length;
  expect(evaluate(cluster, { kind: "pods-on-node", selector: { app: "web" }, node, count: onIt })).toEqual({ passed: true });
  expect(evaluate(cluster, { kind: "pods-on-node", selector: { app: "web" }, node: "controlplane", count: 2 })).toEqual({
    passed: false,
    reason: `0 ready pods with app=web run on controlplane, not 2 (others: a on ${nodes[0]} is Ready; b on ${nodes[1]} is Ready)`,
  });
});

test("node-ready follows the node's Ready condition", () => {
  const cluster = clusterAfter(["sim node stop node01", "sleep 60"]);
  expect(evaluate(cluster, { kind: "node-ready", node: "node01", ready: false })).toEqual({ passed: true });
  expect(evaluate(cluster, { kind: "node-ready", node: "node02", ready: false })).toEqual({
    passed: false,
    reason: "Node node02 is still Ready: its kubelet keeps posting status (a node turns NotReady about 40 s after the posts stop)",
  });
  expect(evaluate(cluster, { kind: "node-ready", node: "node01", ready: true })).toEqual({ passed: false, reason: "Node node01 is NotReady: its kubelet is not posting status" });
  expect(evaluate(cluster, { kind: "node-ready", node: "node09", ready: true })).toEqual({ passed: false, reason: "There is no node node09" });
});

test("hpa compares the autoscaler's bounds and CPU target; hpa-scaled reports why it has not scaled", () => {
  const cluster = clusterAfter(["kubectl create deployment web --image=nginx", "kubectl expose deployment web --port=80", "kubectl autoscale deployment web --min=2 --max=5 --cpu-percent=80", "sim load web 300", "sleep 60"]);
  expect(evaluate(cluster, { kind: "hpa", target: "web", min: 2, max: 5, cpu: 80 })).toEqual({ passed: true });
  expect(evaluate(cluster, { kind: "hpa", target: "web", min: 2, max: 10, cpu: 50 })).toEqual({
    passed: false,
    reason: "HPA web scales between 2 and 5 replicas, not 2 and 10 and targets 80% CPU utilization, not 50%",
  });
  expect(evaluate(cluster, { kind: "hpa", target: "api", min: 1, max: 2, cpu: 50 })).toEqual({ passed: false, reason: "No HorizontalPodAutoscaler targets Deployment api" });
  const scaled = evaluate(cluster, { kind: "hpa-scaled", target: "web", atLeast: 3 });
  const prefix = "HPA web cannot scale Deployment web: the HPA was unable to compute the replica count: failed to get cpu utilization: missing request for cpu in container nginx of Pod ";
  expect(podNames(cluster, "app=web").map((pod) => ({ passed: false, reason: prefix + pod }))).toContainEqual(scaled);
});

test("hpa-scaled passes once the HPA has scaled out under load, and says where it stands before", () => {
  const lines = [
    "kubectl apply -f - <<EOF\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: nginx\n        image: nginx\n        resources:\n          requests:\n            cpu: 100m\nEOF",
    "kubectl expose deployment web --port=80",
    "kubectl autoscale deployment web --min=1 --max=10 --cpu-percent=50",
    "sleep 60",
  ];
  expect(evaluate(clusterAfter(lines), { kind: "hpa-scaled", target: "web", atLeast: 3 })).toEqual({
    passed: false,
    reason: "HPA web runs Deployment web at 1 replica (CPU at 2% of requests, target 50%); it should have scaled to at least 3",
  });
  expect(evaluate(clusterAfter([...lines, "sim load web 300", "sleep 90"]), { kind: "hpa-scaled", target: "web", atLeast: 3 })).toEqual({ passed: true });
});

test("endpoint-chain compares the recorded chain with the KUBE-SEP chain kube-proxy wrote for the pod", () => {
  const setup = ["kubectl run web --image=nginx --labels=app=web", "kubectl run web-canary --image=nginx --labels=app=web", "kubectl create service clusterip web --tcp=80:80", "sleep 20"];
  const probe = clusterAfter(setup);
  const rules = probe.proxy("node01").nat.rules.filter((r) => r.chain.startsWith("KUBE-SEP-") && r.target === "DNAT");
  const ipOf = (name: string) => probe.api.get<Pod>("pods", name).status?.podIP;
  const chainTo = (name: string) => rules.find((r) => r.toDestination === `${ipOf(name)}:80`)?.chain ?? "";
  const serviceChain = probe.proxy("node01").nat.rules.find((r) => r.chain === "KUBE-SERVICES" && r.target.startsWith("KUBE-SVC-"))?.target ?? "";
  const check = { kind: "endpoint-chain", service: "web", pod: "web-canary", annotation: "lab/sep" };
  const recording = (chain: string) => clusterAfter([...setup, `kubectl annotate pod web-canary lab/sep=${chain}`]);

  expect(evaluate(recording(chainTo("web-canary")), check)).toEqual({ passed: true });
  expect(evaluate(recording(chainTo("web")), check)).toEqual({
    passed: false,
    reason: `${chainTo("web")} sends Service web's traffic to ${ipOf("web")}, not to pod web-canary (${ipOf("web-canary")})`,
  });
  expect(evaluate(recording(serviceChain), check)).toEqual({
    passed: false,
    reason: `${serviceChain} is a Service chain, which picks an endpoint at random; the chain that sends traffic to pod web-canary is the KUBE-SEP chain it jumps to`,
  });
  expect(evaluate(recording("KUBE-SEP-AAAAAAAAAAAAAAAA"), check)).toEqual({
    passed: false,
    reason: "Pod web-canary records KUBE-SEP-AAAAAAAAAAAAAAAA, which is not a chain kube-proxy programmed for Service web",
  });
  expect(evaluate(probe, check)).toEqual({ passed: false, reason: "Pod web-canary has no annotation lab/sep (kubectl annotate pod web-canary lab/sep=KUBE-SEP-...)" });
});
