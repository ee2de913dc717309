import "server-only";

import type { Deployment, Node, Pod } from "@/lib/sim";

import { findObject, listPods, named, notReadyNodes, plural } from "./lab-cluster-read";
import { fail, PASS, type CheckEvaluator } from "./lab-check-result";
import { describeUnready, isPodReady, podProblem } from "./lab-pod-state";

const REVISION_ANNOTATION = "deployment.kubernetes.io/revision";

function noDeployment(name: string, namespace: string) {
  return fail(`There is no ${named("Deployment", name, namespace)}`);
}

export const deploymentReady: CheckEvaluator<"deployment-ready"> = (cluster, check) => {
  const deployment = findObject<Deployment>(cluster, "deployments", check.name, check.namespace);
  if (!deployment) return noDeployment(check.name, check.namespace);
  const what = named("Deployment", check.name, check.namespace);
  const wanted = deployment.spec.replicas ?? 1;
  if (wanted !== check.replicas) return fail(`${what} is set to ${plural(wanted, "replica")}, not ${check.replicas}`);
  const status = deployment.status;
  const ready = status?.readyReplicas ?? 0;
  const updated = status?.updatedReplicas ?? 0;
  const total = status?.replicas ?? 0;
  if (ready === wanted && updated === wanted && total === wanted) return PASS;
  const pods = listPods(cluster, check.namespace, deployment.spec.selector.matchLabels ?? {});
  if (ready < wanted) {
    const why = pods.length === 0 ? "none of its pods exist yet" : describeUnready(pods, notReadyNodes(cluster));
    return fail(`${what} has ${ready} of ${wanted} replicas ready${why ? `: ${why}` : ""}`);
  }
  return fail(`${what} has ${ready} ready replicas but its rollout has not finished: ${updated} of ${wanted} run the current template and ${total} pods exist`);
};

function containerOf(deployment: Deployment, container: string | undefined) {
  const containers = deployment.spec.template.spec.containers;
  return container === undefined ? containers[0] : containers.find((c) => c.name === container);
}

export const deploymentImage: CheckEvaluator<"deployment-image"> = (cluster, check) => {
  const deployment = findObject<Deployment>(cluster, "deployments", check.name, check.namespace);
  if (!deployment) return noDeployment(check.name, check.namespace);
  const container = containerOf(deployment, check.container);
  if (!container) return fail(`${named("Deployment", check.name, check.namespace)} has no container named ${check.container}`);
  if (container.image === check.image) return PASS;
  return fail(`${named("Deployment", check.name, check.namespace)} runs image ${container.image} in container ${container.name}, not ${check.image}`);
};

export const deploymentRevision: CheckEvaluator<"deployment-revision"> = (cluster, check) => {
  const deployment = findObject<Deployment>(cluster, "deployments", check.name, check.namespace);
  if (!deployment) return noDeployment(check.name, check.namespace);
  const revision = deployment.metadata.annotations?.[REVISION_ANNOTATION];
  if (revision === String(check.revision)) return PASS;
  return fail(
    `${named("Deployment", check.name, check.namespace)} is at rollout revision ${revision ?? "none"}, not ${check.revision} (kubectl rollout history deployment/${check.name} lists them)`,
  );
};

export const deploymentRequests: CheckEvaluator<"deployment-requests"> = (cluster, check) => {
  const deployment = findObject<Deployment>(cluster, "deployments", check.name, check.namespace);
  if (!deployment) return noDeployment(check.name, check.namespace);
  const missing = deployment.spec.template.spec.containers.filter((c) => c.resources?.requests?.[check.resource] === undefined);
  if (missing.length === 0) return PASS;
  const resource = check.resource === "cpu" ? "CPU" : "memory";
  return fail(`Container ${missing.map((c) => c.name).join(", ")} of ${named("Deployment", check.name, check.namespace)} requests no ${resource} (spec.template.spec.containers[].resources.requests.${check.resource})`);
};

export const podsOnNode: CheckEvaluator<"pods-on-node"> = (cluster, check) => {
  const pods = listPods(cluster, check.namespace, check.selector);
  const onNode = pods.filter((p) => p.spec.nodeName === check.node && isPodReady(p));
  const selector = Object.entries(check.selector).map(([k, v]) => `${k}=${v}`).join(",");
  if (onNode.length === check.count) return PASS;
  const down = notReadyNodes(cluster);
  const elsewhere = pods.filter((p) => !onNode.includes(p)).map((p: Pod) => `${p.metadata.name} on ${p.spec.nodeName ?? "no node"} is ${isPodReady(p) ? "Ready" : podProblem(p, down)}`);
  return fail(`${plural(onNode.length, "ready pod")} with ${selector} ${onNode.length === 1 ? "runs" : "run"} on ${check.node}, not ${check.count}${elsewhere.length > 0 ? ` (others: ${elsewhere.slice(0, 4).join("; ")})` : ""}`);
};

export const nodeReady: CheckEvaluator<"node-ready"> = (cluster, check) => {
  const node = findObject<Node>(cluster, "nodes", check.node, "");
  if (!node) return fail(`There is no node ${check.node}`);
  const isReady = node.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") ?? false;
  if (isReady === check.ready) return PASS;
  return fail(
    isReady
      ? `Node ${check.node} is still Ready: its kubelet keeps posting status (a node turns NotReady about 40 s after the posts stop)`
      : `Node ${check.node} is NotReady: its kubelet is not posting status`,
  );
};
