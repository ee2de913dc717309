/**
 * PURPOSE: `kubectl describe` for kinds without a dedicated layout here: namespaces, config maps,
 * secrets, HPAs and anything else (name, labels, annotations, kind-specific lines, events).
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_describe/
 * NOT MODELLED: the contents of resource quotas and limit ranges on namespaces, HPA behavior policies.
 */
import type { ConfigMap, Event, HorizontalPodAutoscaler, KubeObject, Namespace, Secret, ServiceAccount } from "../../../../api/types";
import { createWriter, rfc1123z } from "./writer";

export function describeGeneric(obj: KubeObject, events: Event[], now: number): string {
  const w = createWriter();
  w.line(0, `Name:\t${obj.metadata.name ?? ""}`);
  if (obj.metadata.namespace) w.line(0, `Namespace:\t${obj.metadata.namespace}`);
  w.labels(0, "Labels", obj.metadata.labels);
  w.annotations(0, "Annotations", obj.metadata.annotations);
  switch (obj.kind) {
    case "Namespace": {
      w.line(0, `Status:\t${(obj as Namespace).status?.phase ?? "Active"}`);
      w.line(0, "");
      w.line(0, "No resource quota.");
      w.line(0, "");
      w.line(0, "No LimitRange resource.");
      return w.text();
    }
    case "ServiceAccount": {
      const sa = obj as ServiceAccount;
      const names = (list: { name?: string }[] | undefined) => (list ?? []).map((r) => r.name ?? "");
      w.list(0, "Image pull secrets", names(sa.imagePullSecrets));
      w.list(0, "Mountable secrets", names(sa.secrets));
      w.line(0, "Tokens:\t<none>");
      break;
    }
    case "ConfigMap": {
      const cm = obj as ConfigMap;
      w.line(0, "");
      w.line(0, "Data");
      w.line(0, "====");
      for (const k of Object.keys(cm.data ?? {}).sort()) {
        w.line(0, `${k}:`);
        w.line(0, "----");
        w.line(0, (cm.data ?? {})[k]);
        w.line(0, "");
      }
      w.line(0, "");
      w.line(0, "BinaryData");
      w.line(0, "====");
      w.line(0, "");
      break;
    }
    case "Secret": {
      const s = obj as Secret;
      w.line(0, "");
      w.line(0, `Type:\t${s.type ?? "Opaque"}`);
      w.line(0, "");
      w.line(0, "Data");
      w.line(0, "====");
      for (const k of Object.keys(s.data ?? {}).sort()) w.line(0, `${k}:\t${Math.floor(((s.data ?? {})[k].replace(/=+$/, "").length * 3) / 4)} bytes`);
      return w.text();
    }
    case "HorizontalPodAutoscaler": {
      const h = obj as HorizontalPodAutoscaler;
      w.line(0, `CreationTimestamp:\t${rfc1123z(h.metadata.creationTimestamp)}`);
      w.line(0, `Reference:\t${h.spec.scaleTargetRef.kind}/${h.spec.scaleTargetRef.name}`);
      w.line(0, "Metrics:\t( current / target )");
      for (const m of h.spec.metrics ?? []) {
        if (m.type !== "Resource" || !m.resource) continue;
        const current = h.status?.currentMetrics?.find((c) => c.resource?.name === m.resource?.name)?.resource?.current;
        if (m.resource.target.averageUtilization !== undefined) {
          const cur = current?.averageUtilization !== undefined ? `${current.averageUtilization}% (${current.averageValue ?? ""})` : "<unknown>";
          w.line(1, `resource ${m.resource.name} on pods  (as a percentage of request):\t${cur} / ${m.resource.target.averageUtilization}%`);
        } else w.line(1, `resource ${m.resource.name} on pods:\t${current?.averageValue ?? "<unknown>"} / ${m.resource.target.averageValue ?? ""}`);
      }
      w.line(0, `Min replicas:\t${h.spec.minReplicas ?? 1}`);
      w.line(0, `Max replicas:\t${h.spec.maxReplicas}`);
      w.line(0, `${h.spec.scaleTargetRef.kind} pods:\t${h.status?.currentReplicas ?? 0} current / ${h.status?.desiredReplicas ?? 0} desired`);
      if (h.status?.conditions?.length) {
        w.line(0, "Conditions:");
        w.line(1, "Type\tStatus\tReason\tMessage");
        w.line(1, "----\t------\t------\t-------");
        for (const c of h.status.conditions) w.line(1, `${c.type}\t${c.status}\t${c.reason ?? ""}\t${c.message ?? ""}`);
      }
      break;
    }
  }
  w.events(events, now);
  return w.text();
}
