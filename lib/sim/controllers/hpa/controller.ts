/**
 * PURPOSE: the HorizontalPodAutoscaler controller (autoscaling/v2): every 15 s it
 * reads the target's scale and its pods' metrics, computes the desired replicas,
 * applies limits and stabilization, rescales through the scale subresource, and
 * reports conditions and events worded as the real controller words them.
 * MODELS: https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/
 * NOT MODELLED: Pods/Object/External metrics, container resource metrics, custom behaviour policies.
 */
import { labelSelectorToQuery } from "../../api/selectors";
import type { Deployment, HorizontalPodAutoscaler, HorizontalPodAutoscalerCondition, HorizontalPodAutoscalerStatus, MetricSpec, Pod } from "../../api/types";
import { findResource } from "../../api/resources";
import { recordEvent } from "../../apiserver/events";
import { deepEqual } from "../../core/clone";
import { isNotFound } from "../../core/errors";
import { formatTimestamp } from "../../core/time";
import { type Controller, type ControllerContext, splitKey } from "../shared/context";
import { objectKey } from "../shared/informer";
import { isPodActive, isPodReady } from "../shared/pod-util";
import { createWorkQueue } from "../shared/workqueue";
import { measure, type MetricsSource, proposedReplicas, type Recommendation, scaleUpLimit, stabilize } from "./replicas";

export const SYNC_PERIOD_MS = 15_000;
const DOWN_WINDOW_MS = 300_000;
const SOURCE = { component: "horizontal-pod-autoscaler" };

type Cond = Omit<HorizontalPodAutoscalerCondition, "lastTransitionTime">;

export function createHpaController(ctx: ControllerContext & { metrics: MetricsSource }): Controller {
  const { api, clock, metrics } = ctx;
  const hpas = ctx.informers.informer<HorizontalPodAutoscaler>("horizontalpodautoscalers");
  const history = new Map<string, Recommendation[]>();
  hpas.addHandler((t, o, old) => {
    if (t === "DELETED") history.delete(objectKey(o));
    else if (!old || old.metadata.generation !== o.metadata.generation) queue.add(objectKey(o));
  });

  function setConditions(prev: HorizontalPodAutoscalerCondition[] | undefined, next: Cond[]): HorizontalPodAutoscalerCondition[] {
    const now = formatTimestamp(clock.now());
    return next.map((c) => {
      const p = prev?.find((x) => x.type === c.type);
      return { ...c, lastTransitionTime: p && p.status === c.status ? p.lastTransitionTime : now };
    });
  }

  function writeStatus(h: HorizontalPodAutoscaler, status: HorizontalPodAutoscalerStatus): void {
    if (deepEqual(status, h.status ?? {})) return;
    hpas.observe(api.update("horizontalpodautoscalers", { ...h, status }, { subresource: "status" }));
  }

  function fail(h: HorizontalPodAutoscaler, current: number, error: string, metric: MetricSpec): void {
    recordEvent(api, { involvedObject: h, reason: "FailedGetResourceMetric", message: error, type: "Warning", source: SOURCE, now: clock.now() });
    recordEvent(api, {
      involvedObject: h,
      reason: "FailedComputeMetricsReplicas",
      message: `invalid metrics (1 invalid out of 1), first error is: failed to get ${metric.resource?.name} resource metric value: ${error}`,
      type: "Warning",
      source: SOURCE,
      now: clock.now(),
    });
    const min = h.spec.minReplicas ?? 1;
    writeStatus(h, {
      ...(h.status ?? {}),
      currentReplicas: current,
      desiredReplicas: h.status?.desiredReplicas ?? 0,
      currentMetrics: [],
      conditions: setConditions(h.status?.conditions, [
        { type: "AbleToScale", status: "True", reason: "SucceededGetScale", message: "the HPA controller was able to get the target's current scale" },
        { type: "ScalingActive", status: "False", reason: "FailedGetResourceMetric", message: `the HPA was unable to compute the replica count: ${error}` },
        current < min
          ? { type: "ScalingLimited", status: "True", reason: "TooFewReplicas", message: "the desired replica count is less than the minimum replica count" }
          : { type: "ScalingLimited", status: "False", reason: "DesiredWithinRange", message: "the desired count is within the acceptable range" },
      ]),
    });
  }

  function reconcile(key: string): void {
    const { namespace, name } = splitKey(key);
    const h = hpas.get(namespace, name);
    if (!h) return;
    const ref = h.spec.scaleTargetRef;
    const info = findResource(ref.kind);
    if (!info) return;
    let target: Deployment;
    try {
      target = api.get<Deployment>(info.resource, ref.name, { namespace });
    } catch (e) {
      if (!isNotFound(e)) throw e;
      recordEvent(api, { involvedObject: h, reason: "FailedGetScale", message: `${info.resource}.${info.group} "${ref.name}" not found`, type: "Warning", source: SOURCE, now: clock.now() });
      return;
    }
    const current = target.spec.replicas ?? 1;
    const metric = (h.spec.metrics ?? [])[0];
    if (!metric?.resource) return;
    const resource = metric.resource.name;
    const pods = api
      .list<Pod>("pods", { namespace, labelSelector: labelSelectorToQuery(target.spec.selector) })
      .items.filter((p) => isPodActive(p) && isPodReady(p));
    const m = measure(resource, pods, metrics);
    if (!m.ok) return fail(h, current, m.error, metric);
    const targetUtil = metric.resource.target.averageUtilization ?? 80;
    const min = h.spec.minReplicas ?? 1;
    const max = h.spec.maxReplicas;
    const proposed = current === 0 ? 0 : proposedReplicas(current, m, targetUtil);
    const now = clock.now();
    const recs = (history.get(key) ?? []).filter((r) => r.at > now - DOWN_WINDOW_MS);
    const { replicas: stabilizedCount, stabilized } = stabilize(current, proposed, recs, now, DOWN_WINDOW_MS);
    recs.push({ at: now, replicas: proposed });
    history.set(key, recs);
    let desired = stabilizedCount;
    let limited: Cond = { type: "ScalingLimited", status: "False", reason: "DesiredWithinRange", message: "the desired count is within the acceptable range" };
    if (desired > scaleUpLimit(current)) {
      desired = scaleUpLimit(current);
      limited = { type: "ScalingLimited", status: "True", reason: "ScaleUpLimit", message: "the desired replica count is increasing faster than the maximum scale rate" };
    }
    if (desired > max) {
      desired = max;
      limited = { type: "ScalingLimited", status: "True", reason: "TooManyReplicas", message: "the desired replica count is more than the maximum replica count" };
    } else if (desired < min) {
      desired = min;
      limited = { type: "ScalingLimited", status: "True", reason: "TooFewReplicas", message: "the desired replica count is less than the minimum replica count" };
    }
    if (current === 0) desired = 0;
    let able: Cond = stabilized
      ? { type: "AbleToScale", status: "True", reason: "ScaleDownStabilized", message: "recent recommendations were higher than current one, applying the highest recent recommendation" }
      : { type: "AbleToScale", status: "True", reason: "ReadyForNewScale", message: "recommended size matches current size" };
    let lastScaleTime = h.status?.lastScaleTime;
    if (desired !== current) {
      api.patch(info.resource, ref.name, { spec: { replicas: desired } }, { namespace, type: "merge", subresource: "scale" });
      const reason = desired > current ? `${resource} resource utilization (percentage of request) above target` : "All metrics below target";
      recordEvent(api, { involvedObject: h, reason: "SuccessfulRescale", message: `New size: ${desired}; reason: ${reason}`, source: SOURCE, now });
      able = { type: "AbleToScale", status: "True", reason: "SucceededRescale", message: `the HPA controller was able to update the target scale to ${desired}` };
      lastScaleTime = formatTimestamp(now);
    }
    const status: HorizontalPodAutoscalerStatus = {
      observedGeneration: h.metadata.generation,
      currentReplicas: current,
      desiredReplicas: desired,
      currentMetrics: [
        {
          type: "Resource",
          resource: {
            name: resource,
            current: { averageUtilization: m.utilization, averageValue: resource === "cpu" ? `${m.averageValue}m` : String(m.averageValue) },
          },
        },
      ],
      conditions: setConditions(h.status?.conditions, [
        able,
        {
          type: "ScalingActive",
          status: "True",
          reason: "ValidMetricFound",
          message: `the HPA was able to successfully calculate a replica count from ${resource} resource utilization (percentage of request)`,
        },
        limited,
      ]),
    };
    if (lastScaleTime) status.lastScaleTime = lastScaleTime;
    writeStatus(h, status);
  }

  const queue = createWorkQueue({ clock, reconcile, name: "horizontal-pod-autoscaler" });
  let timer = clock.schedule(SYNC_PERIOD_MS, tick);
  function tick(): void {
    for (const h of hpas.list()) queue.add(objectKey(h));
    timer = clock.schedule(SYNC_PERIOD_MS, tick);
  }
  return {
    reconcile,
    stop() {
      clock.cancel(timer);
      queue.stop();
    },
  };
}
