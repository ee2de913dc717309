/**
 * PURPOSE: validation of Deployments, ReplicaSets, DaemonSets and HPAs.
 * MODELS: https://kubernetes.io/docs/concepts/workloads/controllers/deployment/ (pkg/apis/apps/validation)
 * NOT MODELLED: validation of rollingUpdate values beyond range checks.
 */
import { stableStringify } from "../../core/clone";
import { selectorFromLabelSelector } from "../../api/selectors";
import type { DaemonSet, Deployment, HorizontalPodAutoscaler, IntOrString, LabelSelector, PodTemplateSpec, ReplicaSet } from "../../api/types";
import { type FieldErrors, goValue, invalid, nonNegative, notSupported, required, validateLabels } from "./common";
import { validatePodSpec } from "./pod";

function formatGoSelector(s: LabelSelector): string {
  const ml = s.matchLabels ? goValue(s.matchLabels) : "map[string]string(nil)";
  return `v1.LabelSelector{MatchLabels:${ml}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}`;
}

function validateSelectorAndTemplate(selector: LabelSelector | undefined, template: PodTemplateSpec | undefined): FieldErrors {
  const errs: FieldErrors = [];
  if (!selector) errs.push(required("spec.selector"));
  else if (Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0) {
    errs.push({
      reason: "FieldValueInvalid",
      field: "spec.selector",
      message: `Invalid value: ${formatGoSelector(selector)}: empty selector is invalid for deployment`,
    });
  } else errs.push(...validateLabels(selector.matchLabels, "spec.selector.matchLabels"));
  if (!template) {
    errs.push(required("spec.template"));
    return errs;
  }
  const labels = template.metadata?.labels ?? {};
  errs.push(...validateLabels(labels, "spec.template.metadata.labels"));
  if (selector && !selectorFromLabelSelector(selector).matches(labels)) {
    errs.push(invalid("spec.template.metadata.labels", labels, "`selector` does not match template `labels`"));
  }
  errs.push(...validatePodSpec(template.spec, "spec.template.spec"));
  return errs;
}

function validatePercentOrInt(field: string, v: IntOrString | undefined): FieldErrors {
  if (v === undefined) return [];
  if (typeof v === "number") return nonNegative(field, v);
  if (!/^\d+%$/.test(v)) return [invalid(field, v, "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')")];
  if (Number(v.slice(0, -1)) > 100) return [invalid(field, v, "must not be greater than 100%")];
  return [];
}

export function validateDeployment(d: Deployment): FieldErrors {
  const errs = [...nonNegative("spec.replicas", d.spec?.replicas)];
  errs.push(...validateSelectorAndTemplate(d.spec?.selector, d.spec?.template));
  const strategy = d.spec?.strategy;
  if (strategy?.type && !["RollingUpdate", "Recreate"].includes(strategy.type)) {
    errs.push(notSupported("spec.strategy.type", strategy.type, ["Recreate", "RollingUpdate"]));
  }
  if (strategy?.type === "Recreate" && strategy.rollingUpdate) {
    errs.push({ reason: "FieldValueForbidden", field: "spec.strategy.rollingUpdate", message: "Forbidden: may not be specified when strategy `type` is 'Recreate'" });
  }
  const ru = strategy?.rollingUpdate;
  if (ru) {
    errs.push(...validatePercentOrInt("spec.strategy.rollingUpdate.maxUnavailable", ru.maxUnavailable));
    errs.push(...validatePercentOrInt("spec.strategy.rollingUpdate.maxSurge", ru.maxSurge));
    const zero = (v: IntOrString | undefined) => v === 0 || v === "0%";
    if (zero(ru.maxSurge) && zero(ru.maxUnavailable)) {
      errs.push(invalid("spec.strategy.rollingUpdate.maxUnavailable", ru.maxUnavailable, "may not be 0 when `maxSurge` is 0"));
    }
  }
  errs.push(...nonNegative("spec.revisionHistoryLimit", d.spec?.revisionHistoryLimit));
  errs.push(...nonNegative("spec.minReadySeconds", d.spec?.minReadySeconds));
  return errs;
}

export function validateReplicaSet(rs: ReplicaSet): FieldErrors {
  return [...nonNegative("spec.replicas", rs.spec?.replicas), ...validateSelectorAndTemplate(rs.spec?.selector, rs.spec?.template)];
}

export function validateDaemonSet(ds: DaemonSet): FieldErrors {
  const errs = validateSelectorAndTemplate(ds.spec?.selector, ds.spec?.template);
  const rp = ds.spec?.template?.spec?.restartPolicy;
  if (rp && rp !== "Always") errs.push(notSupported("spec.template.spec.restartPolicy", rp, ["Always"]));
  return errs;
}

export function validateSelectorImmutable(next: LabelSelector | undefined, prev: LabelSelector | undefined): FieldErrors {
  if (stableStringify(next ?? {}) === stableStringify(prev ?? {})) return [];
  return [{ reason: "FieldValueInvalid", field: "spec.selector", message: `Invalid value: ${formatGoSelector(next ?? {})}: field is immutable` }];
}

export function validateHpa(h: HorizontalPodAutoscaler): FieldErrors {
  const errs: FieldErrors = [];
  const spec = h.spec;
  if (!spec?.scaleTargetRef?.kind) errs.push(required("spec.scaleTargetRef.kind"));
  if (!spec?.scaleTargetRef?.name) errs.push(required("spec.scaleTargetRef.name"));
  if (spec?.minReplicas !== undefined && spec.minReplicas < 1) {
    errs.push(invalid("spec.minReplicas", spec.minReplicas, "must be greater than or equal to 1"));
  }
  if (!spec?.maxReplicas || spec.maxReplicas < 1) errs.push(invalid("spec.maxReplicas", spec?.maxReplicas ?? 0, "must be greater than or equal to 1"));
  else if (spec.minReplicas !== undefined && spec.maxReplicas < spec.minReplicas) {
    errs.push(invalid("spec.maxReplicas", spec.maxReplicas, "must be greater than or equal to `minReplicas`"));
  }
  return errs;
}
