/**
 * PURPOSE: the leader-election Leases of kube-scheduler and kube-controller-manager in kube-system: the first
 * control-plane node (the one `kubeadm init` ran on) acquires both and renews them every retry period.
 * MODELS: https://kubernetes.io/docs/concepts/architecture/leases/#leader-election and the component flags
 * --leader-elect-lease-duration=15s, --leader-elect-retry-period=2s
 * (https://kubernetes.io/docs/reference/command-line-tools-reference/kube-scheduler/).
 * NOT MODELLED: the standby instances competing for the Lease and fail-over; the API server identity Leases.
 */
import type { Lease } from "../api/types";
import type { ApiClient } from "../apiserver/client";
import type { Clock, TimerId } from "../core/clock";
import type { Rng } from "../core/rng";
import { formatMicroTime } from "../core/time";

export const LEADER_LEASE_DURATION_S = 15;
export const LEADER_RETRY_PERIOD_MS = 2_000;
const COMPONENTS = ["kube-controller-manager", "kube-scheduler"];

function uuid(rng: Rng): string {
  const h = rng.hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[parseInt(h[16], 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function startLeaderElection(config: { api: ApiClient; clock: Clock; rng: Rng; controlPlaneNodes: string[] }): { stop(): void } {
  const { api, clock, rng } = config;
  const leader = config.controlPlaneNodes[0];
  if (!leader) return { stop() {} };
  const now = formatMicroTime(clock.now());
  for (const name of COMPONENTS) {
    const lease: Lease = {
      apiVersion: "coordination.k8s.io/v1",
      kind: "Lease",
      metadata: { name, namespace: "kube-system" },
      spec: { holderIdentity: `${leader}_${uuid(rng)}`, leaseDurationSeconds: LEADER_LEASE_DURATION_S, acquireTime: now, renewTime: now, leaseTransitions: 0 },
    };
    api.create("leases", lease, { namespace: "kube-system" });
  }
  let timer: TimerId | undefined;
  const renew = () => {
    const renewTime = formatMicroTime(clock.now());
    for (const name of COMPONENTS) api.patch("leases", name, { spec: { renewTime } }, { namespace: "kube-system", type: "merge" });
    timer = clock.schedule(LEADER_RETRY_PERIOD_MS, renew);
  };
  timer = clock.schedule(LEADER_RETRY_PERIOD_MS, renew);
  return {
    stop() {
      if (timer !== undefined) clock.cancel(timer);
    },
  };
}
