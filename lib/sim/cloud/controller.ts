/**
 * PURPOSE: the cloud controller manager: gives LoadBalancer Services an external
 * address after a short provisioning delay (from the documentation range
 * 203.0.113.0/24); initializes nodes as the cloud node controller does: provider id,
 * region, zone and instance-type labels, and an external address (from 198.51.100.0/24).
 * MODELS: https://kubernetes.io/docs/concepts/architecture/cloud-controller/ and the labels of
 * https://kubernetes.io/docs/reference/labels-annotations-taints/ (topology.kubernetes.io/zone, ...)
 * NOT MODELLED: routes, load balancer health checks, the node.cloudprovider.kubernetes.io/uninitialized taint,
 * deleting Nodes whose machines are gone.
 */
import type { Node, NodeAddress, Service } from "../api/types";
import type { ApiClient, WatchEvent } from "../apiserver/client";
import { recordEvent } from "../apiserver/events";
import type { Clock } from "../core/clock";
import { isNotFound } from "../core/errors";
import type { Rng } from "../core/rng";

export const PROVISION_DELAY_MS = 3000;
const POOL_PREFIX = "203.0.113.";
const SOURCE = { component: "service-controller" };
export const CLOUD_REGION = "sim-region-1";
const ZONES = ["a", "b", "c"];
const EXTERNAL_PREFIX = "198.51.100.";

/** The simulated provider's machine types, by CPU count. */
function instanceType(cpu: number): string {
  if (cpu <= 1) return "sim.small";
  if (cpu <= 2) return "sim.medium";
  if (cpu <= 4) return "sim.large";
  return "sim.xlarge";
}

export type CloudControllerManager = { start(): void; stop(): void };

export function createCloudControllerManager(config: { api: ApiClient; clock: Clock; rng: Rng }): CloudControllerManager {
  const { api, clock, rng } = config;
  const used = new Map<string, string>();
  const pending = new Map<string, number>();
  let stopped = false;

  function allocate(key: string): string | undefined {
    const existing = used.get(key);
    if (existing) return existing;
    const taken = new Set(used.values());
    for (let tries = 0; tries < 1000; tries++) {
      const ip = `${POOL_PREFIX}${1 + rng.int(254)}`;
      if (!taken.has(ip)) {
        used.set(key, ip);
        return ip;
      }
    }
    return undefined;
  }

  function provision(ns: string, name: string): void {
    const key = `${ns}/${name}`;
    pending.delete(key);
    let svc: Service;
    try {
      svc = api.get<Service>("services", name, { namespace: ns });
    } catch (e) {
      if (isNotFound(e)) return;
      throw e;
    }
    if (svc.spec.type !== "LoadBalancer" || (svc.status?.loadBalancer?.ingress ?? []).length > 0) return;
    const ip = allocate(key);
    if (!ip) return;
    api.update("services", { ...svc, status: { loadBalancer: { ingress: [{ ip, ipMode: "VIP" }] } } }, { subresource: "status" });
    recordEvent(api, { involvedObject: svc, reason: "EnsuredLoadBalancer", message: "Ensured load balancer", source: SOURCE, now: clock.now() });
  }

  function onService(e: WatchEvent<Service>): void {
    const s = e.object;
    const key = `${s.metadata.namespace}/${s.metadata.name}`;
    if (e.type === "DELETED" || s.spec.type !== "LoadBalancer") {
      used.delete(key);
      const t = pending.get(key);
      if (t !== undefined) clock.cancel(t);
      pending.delete(key);
      if (e.type !== "DELETED" && (s.status?.loadBalancer?.ingress ?? []).length > 0) {
        api.update("services", { ...s, status: { loadBalancer: {} } }, { subresource: "status" });
      }
      return;
    }
    if ((s.status?.loadBalancer?.ingress ?? []).length > 0 || pending.has(key) || stopped) return;
    recordEvent(api, { involvedObject: s, reason: "EnsuringLoadBalancer", message: "Ensuring load balancer", source: SOURCE, now: clock.now() });
    pending.set(key, clock.schedule(PROVISION_DELAY_MS, () => provision(s.metadata.namespace ?? "", s.metadata.name ?? "")));
  }

  const initialized = new Map<string, number>();
  function onNode(e: WatchEvent<Node>): void {
    const name = e.object.metadata.name ?? "";
    if (e.type === "DELETED" || e.object.spec?.providerID || stopped || initialized.has(name)) return;
    const n = e.object;
    const index = initialized.size;
    initialized.set(name, index);
    const zone = `${CLOUD_REGION}${ZONES[index % ZONES.length]}`;
    const type = instanceType(Number(n.status?.capacity?.cpu ?? "2"));
    const labels = {
      "beta.kubernetes.io/instance-type": type,
      "failure-domain.beta.kubernetes.io/region": CLOUD_REGION,
      "failure-domain.beta.kubernetes.io/zone": zone,
      "node.kubernetes.io/instance-type": type,
      "topology.kubernetes.io/region": CLOUD_REGION,
      "topology.kubernetes.io/zone": zone,
    };
    const internal = (n.status?.addresses ?? []).filter((a) => a.type === "InternalIP");
    const addresses: NodeAddress[] = [...internal, { type: "ExternalIP", address: `${EXTERNAL_PREFIX}${10 + index}` }, ...(n.status?.addresses ?? []).filter((a) => a.type === "Hostname")];
    try {
      api.patch("nodes", name, { metadata: { labels }, spec: { providerID: `sim://${CLOUD_REGION}/${zone}/${name}` } }, { type: "merge" });
      api.patch("nodes", name, { status: { addresses } }, { type: "merge", subresource: "status" });
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }

  let unwatch: (() => void)[] = [];
  function start(): void {
    if (unwatch.length > 0) return;
    stopped = false;
    unwatch = [api.watch<Service>("services", { namespace: "" }, onService), api.watch<Node>("nodes", {}, onNode)];
    // Like any controller starting up, it lists what exists and catches up.
    for (const s of api.list<Service>("services").items) onService({ type: "ADDED", object: s });
    for (const n of api.list<Node>("nodes").items) onNode({ type: "ADDED", object: n });
  }
  start();
  return {
    start,
    stop() {
      stopped = true;
      for (const u of unwatch) u();
      unwatch = [];
      for (const t of pending.values()) clock.cancel(t);
      pending.clear();
    },
  };
}
