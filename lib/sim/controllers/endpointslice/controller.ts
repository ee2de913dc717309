/**
 * PURPOSE: the EndpointSlice controller: for every Service with a selector, keeps
 * an EndpointSlice listing the selected pods' IPs and readiness, so kube-proxy
 * can route to them.
 * MODELS: https://kubernetes.io/docs/concepts/services-networking/endpoint-slices/
 * NOT MODELLED: the legacy Endpoints object, dual-stack slices, mirroring.
 */
import { selectorFromMap } from "../../api/selectors";
import type { EndpointSlice, Pod, Service } from "../../api/types";
import { deepEqual } from "../../core/clone";
import { isNotFound } from "../../core/errors";
import { ownerRef } from "../replicaset/pod-control";
import { type Controller, type ControllerContext, splitKey } from "../shared/context";
import { objectKey } from "../shared/informer";
import { createWorkQueue } from "../shared/workqueue";
import { podChangeMatters } from "../shared/pod-util";
import { desiredEndpoints, desiredPorts } from "./build";

export const SERVICE_NAME_LABEL = "kubernetes.io/service-name";
export const MANAGED_BY_LABEL = "endpointslice.kubernetes.io/managed-by";
export const MANAGED_BY = "endpointslice-controller.k8s.io";
const BY_LABEL = "namespace-label";
const BY_SERVICE = "service-name";

export function createEndpointSliceController(ctx: ControllerContext): Controller {
  const { api, clock } = ctx;
  const services = ctx.informers.informer<Service>("services");
  const pods = ctx.informers.informer<Pod>("pods");
  const slices = ctx.informers.informer<EndpointSlice>("endpointslices");
  pods.addIndex(BY_LABEL, (o) => Object.entries(o.metadata.labels ?? {}).map(([k, v]) => `${o.metadata.namespace}/${k}=${v}`));
  slices.addIndex(BY_SERVICE, (o) => {
    const svc = o.metadata.labels?.[SERVICE_NAME_LABEL];
    return svc && o.metadata.labels?.[MANAGED_BY_LABEL] === MANAGED_BY ? [`${o.metadata.namespace}/${svc}`] : [];
  });

  services.addHandler((_t, o) => queue.add(objectKey(o)));
  slices.addHandler((_t, o) => {
    const svc = o.metadata.labels?.[SERVICE_NAME_LABEL];
    if (svc) queue.add(`${o.metadata.namespace}/${svc}`);
  });
  const byNamespace = new Map<string, Set<string>>();
  services.addHandler((t, o) => {
    const ns = o.metadata.namespace ?? "";
    let set = byNamespace.get(ns);
    if (!set) byNamespace.set(ns, (set = new Set()));
    if (t === "DELETED") set.delete(o.metadata.name ?? "");
    else set.add(o.metadata.name ?? "");
  });
  pods.addHandler((t, o, old) => {
    if (t !== "DELETED" && old && !podChangeMatters(o, old) && o.status?.podIP === old.status?.podIP) return;
    const ns = o.metadata.namespace ?? "";
    for (const name of byNamespace.get(ns) ?? []) {
      const svc = services.get(ns, name);
      if (!svc?.spec.selector || Object.keys(svc.spec.selector).length === 0) continue;
      const sel = selectorFromMap(svc.spec.selector);
      if (sel.matches(o.metadata.labels) || (old && sel.matches(old.metadata.labels))) queue.add(`${ns}/${name}`);
    }
  });

  function selectedPods(svc: Service): Pod[] {
    const entries = Object.entries(svc.spec.selector ?? {});
    const [k, v] = entries[0];
    const sel = selectorFromMap(svc.spec.selector);
    return pods.byIndex(BY_LABEL, `${svc.metadata.namespace}/${k}=${v}`).filter((p) => sel.matches(p.metadata.labels));
  }

  function reconcile(key: string): void {
    const { namespace, name } = splitKey(key);
    const svc = services.get(namespace, name);
    const existing = slices.byIndex(BY_SERVICE, key);
    if (!svc || !svc.spec.selector || Object.keys(svc.spec.selector).length === 0 || svc.spec.type === "ExternalName") {
      if (!svc) return;
      for (const s of existing) {
        try {
          slices.forget(api.delete("endpointslices", s.metadata.name ?? "", { namespace }));
        } catch (e) {
          if (!isNotFound(e)) throw e;
        }
      }
      return;
    }
    const selected = selectedPods(svc);
    const endpoints = desiredEndpoints(svc, selected);
    const ports = desiredPorts(svc, selected);
    const labels = { ...(svc.metadata.labels ?? {}), [SERVICE_NAME_LABEL]: name, [MANAGED_BY_LABEL]: MANAGED_BY };
    const [first, ...extra] = existing;
    for (const s of extra) {
      try {
        slices.forget(api.delete("endpointslices", s.metadata.name ?? "", { namespace }));
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
    }
    if (!first) {
      const slice: EndpointSlice = {
        apiVersion: "discovery.k8s.io/v1",
        kind: "EndpointSlice",
        metadata: { generateName: `${name}-`, namespace, labels, annotations: {}, ownerReferences: [{ ...ownerRef(svc), apiVersion: "v1", kind: "Service" }] },
        addressType: "IPv4",
        endpoints,
        ports,
      };
      delete slice.metadata.annotations;
      slices.observe(api.create("endpointslices", slice, { namespace }));
      return;
    }
    if (deepEqual(first.endpoints, endpoints) && deepEqual(first.ports, ports) && deepEqual(first.metadata.labels, labels)) return;
    slices.observe(api.update("endpointslices", { ...first, metadata: { ...first.metadata, labels }, endpoints, ports }));
  }

  const queue = createWorkQueue({ clock, reconcile, name: "endpointslice" });
  return { reconcile, stop: () => queue.stop() };
}
