/**
 * PURPOSE: the validation step of the request pipeline: metadata rules for every
 * kind, then kind-specific rules, then update rules (immutable fields).
 * MODELS: https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation
 * NOT MODELLED: strict decoding of unknown fields.
 */
import type { ResourceInfo } from "../../api/resources";
import type {
  ConfigMap,
  DaemonSet,
  Deployment,
  HorizontalPodAutoscaler,
  KubeObject,
  Pod,
  ReplicaSet,
  RoleBinding,
  Secret,
  Service,
} from "../../api/types";
import { stableStringify } from "../../core/clone";
import {
  dns1035LabelErrors,
  dns1123LabelErrors,
  dns1123SubdomainErrors,
  type FieldErrors,
  forbidden,
  invalid,
  required,
  validateLabels,
} from "./common";
import { validatePodSpec, validatePodUpdate } from "./pod";
import { validateService } from "./service";
import { validateDaemonSet, validateDeployment, validateHpa, validateReplicaSet, validateSelectorImmutable } from "./workloads";

export type { FieldErrors } from "./common";

const LABEL_NAMED = new Set(["namespaces"]);
const DNS1035_NAMED = new Set(["services"]);

function validateMeta(info: ResourceInfo, obj: KubeObject): FieldErrors {
  const errs: FieldErrors = [];
  const name = obj.metadata?.name ?? "";
  if (!name) errs.push(required("metadata.name", "name or generateName is required"));
  else {
    const check = LABEL_NAMED.has(info.resource)
      ? dns1123LabelErrors
      : DNS1035_NAMED.has(info.resource)
        ? dns1035LabelErrors
        : info.resource === "events" || info.resource.startsWith("cluster") || info.resource.startsWith("role")
          ? () => []
          : dns1123SubdomainErrors;
    for (const e of check(name)) errs.push(invalid("metadata.name", name, e));
  }
  errs.push(...validateLabels(obj.metadata?.labels, "metadata.labels"));
  return errs;
}

function validateConfigData(data: Record<string, string> | undefined): FieldErrors {
  const errs: FieldErrors = [];
  for (const k of Object.keys(data ?? {})) {
    if (!/^[-._a-zA-Z0-9]+$/.test(k)) {
      errs.push(invalid(`data[${k}]`, k, "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"));
    }
  }
  return errs;
}

function validateKind(resource: string, obj: KubeObject): FieldErrors {
  switch (resource) {
    case "pods":
      return validatePodSpec((obj as Pod).spec, "spec");
    case "deployments":
      return validateDeployment(obj as Deployment);
    case "replicasets":
      return validateReplicaSet(obj as ReplicaSet);
    case "daemonsets":
      return validateDaemonSet(obj as DaemonSet);
    case "services":
      return validateService(obj as Service);
    case "horizontalpodautoscalers":
      return validateHpa(obj as HorizontalPodAutoscaler);
    case "configmaps":
      return validateConfigData((obj as ConfigMap).data);
    case "secrets":
      return validateConfigData((obj as Secret).data);
    case "rolebindings":
    case "clusterrolebindings":
      return (obj as RoleBinding).roleRef?.name ? [] : [required("roleRef.name")];
    default:
      return [];
  }
}

export function validateCreate(info: ResourceInfo, obj: KubeObject): FieldErrors {
  return [...validateMeta(info, obj), ...validateKind(info.resource, obj)];
}

export function validateUpdate(info: ResourceInfo, obj: KubeObject, prev: KubeObject): FieldErrors {
  // Metadata the write left as it was stored (the same frozen object) was validated when it was stored.
  const errs = [...(obj.metadata === prev.metadata ? [] : validateMeta(info, obj)), ...validateKind(info.resource, obj)];
  switch (info.resource) {
    case "pods":
      errs.push(...validatePodUpdate(obj as Pod, prev as Pod));
      break;
    case "deployments":
    case "replicasets":
    case "daemonsets":
      errs.push(...validateSelectorImmutable((obj as Deployment).spec?.selector, (prev as Deployment).spec?.selector));
      break;
    case "services": {
      const next = (obj as Service).spec;
      const old = (prev as Service).spec;
      if (old.clusterIP && next.clusterIP !== old.clusterIP && old.type !== "ExternalName" && next.type !== "ExternalName") {
        errs.push(invalid("spec.clusterIPs[0]", next.clusterIP ?? "", "may not change once set"));
      }
      break;
    }
    case "rolebindings":
    case "clusterrolebindings":
      if (stableStringify((obj as RoleBinding).roleRef) !== stableStringify((prev as RoleBinding).roleRef)) {
        errs.push(invalid("roleRef", (obj as RoleBinding).roleRef, "cannot change roleRef"));
      }
      break;
    case "configmaps":
    case "secrets":
      if ((prev as ConfigMap).immutable && stableStringify((obj as ConfigMap).data) !== stableStringify((prev as ConfigMap).data)) {
        errs.push(forbidden("data", "field is immutable when `immutable` is set"));
      }
      break;
  }
  return errs;
}
