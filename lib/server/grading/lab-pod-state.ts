import "server-only";

import type { Pod } from "@/lib/sim";

export function isPodReady(pod: Pod): boolean {
  if (pod.metadata.deletionTimestamp) return false;
  return pod.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") ?? false;
}

/**
 * Why a pod is not ready, in the words `kubectl get pods` and `describe` use: "ImagePullBackOff
 * (image nginx:1.27-alpne)", "Pending: 0/3 nodes are available: ...", "Terminating".
 */
export function podProblem(pod: Pod, notReadyNodes: ReadonlySet<string>): string {
  if (pod.metadata.deletionTimestamp) return "Terminating";
  const unscheduled = pod.status?.conditions?.find((c) => c.type === "PodScheduled" && c.status === "False");
  if (unscheduled) return `Pending: ${unscheduled.message ?? unscheduled.reason ?? "not scheduled yet"}`;
  for (const status of pod.status?.containerStatuses ?? []) {
    const waiting = status.state?.waiting?.reason;
    if (waiting === "ImagePullBackOff" || waiting === "ErrImagePull" || waiting === "InvalidImageName") return `${waiting} (image ${status.image})`;
    if (waiting) return waiting;
    if (status.state?.terminated) return status.state.terminated.reason ?? `exited with code ${status.state.terminated.exitCode}`;
  }
  const phase = pod.status?.phase ?? "Pending";
  if (phase === "Running") return pod.spec.nodeName && notReadyNodes.has(pod.spec.nodeName) ? `Running but not Ready: its node ${pod.spec.nodeName} is NotReady` : "Running but not Ready";
  return pod.spec.nodeName ? `${phase} on ${pod.spec.nodeName}` : phase;
}

/** "pod web-1 is ImagePullBackOff (...); pod web-2 is Pending: ..." for at most three pods. */
export function describeUnready(pods: readonly Pod[], notReadyNodes: ReadonlySet<string>): string {
  const unready = pods.filter((p) => !isPodReady(p));
  const shown = unready.slice(0, 3).map((p) => `pod ${p.metadata.name} is ${podProblem(p, notReadyNodes)}`);
  if (unready.length > shown.length) shown.push(`${unready.length - shown.length} more`);
  return shown.join("; ");
}
