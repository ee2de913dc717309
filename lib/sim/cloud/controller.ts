/**
 * PURPOSE: the cloud controller manager: gives LoadBalancer Services an external
 * address after a short provisioning delay (from the documentation range
 * 203.0.113.0/24) and gives nodes a provider id.
 * MODELS: https://kubernetes.io/docs/concepts/architecture/cloud-controller/
 * NOT MODELLED: node addresses from the cloud, routes, load balancer health checks.
 */
import type { Node, Service } from "../api/types";
import type { ApiClient, WatchEvent } from "../apiserver/client";
import { recordEvent } from "../apiserver/events";
import type { Clock } from "../core/clock";
import { isNotFound } from "../core/errors";
import type { Rng } from "../core/rng";

export const PROVISION_DELAY_MS = 3000;
const POOL_PREFIX = "203.0.113.";
const SOURCE = { component: "service-controller" };

export type CloudControllerManager = { stop(): void };

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

  function onNode(e: WatchEvent<Node>): void {
    if (e.type === "DELETED" || e.object.spec?.providerID) return;
    const n = e.object;
    try {
      api.patch("nodes", n.metadata.name ?? "", { spec: { providerID: `sim://${n.metadata.name}` } }, { type: "merge" });
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }

  const unwatchServices = api.watch<Service>("services", { namespace: "" }, onService);
  const unwatchNodes = api.watch<Node>("nodes", {}, onNode);
  return {
    stop() {
      stopped = true;
      unwatchServices();
      unwatchNodes();
      for (const t of pending.values()) clock.cancel(t);
    },
  };
}
