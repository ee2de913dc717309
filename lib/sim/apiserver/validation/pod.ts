/**
 * PURPOSE: validation of pod specs (pods and pod templates) with the real field paths and messages.
 * MODELS: https://kubernetes.io/docs/concepts/workloads/pods/ (pkg/apis/core/validation)
 * NOT MODELLED: volume sources beyond names, security contexts, resize rules.
 */
import { isValidQuantity, parseQuantity } from "../../api/quantity";
import { stableStringify } from "../../core/clone";
import type { Container, Pod, PodSpec } from "../../api/types";
import {
  dns1123LabelErrors,
  duplicate,
  type FieldErrors,
  forbidden,
  invalid,
  notSupported,
  portRangeErrors,
  required,
} from "./common";

function validateResources(c: Container, path: string): FieldErrors {
  const errs: FieldErrors = [];
  const { requests = {}, limits = {} } = c.resources ?? {};
  for (const [kind, list] of [["requests", requests], ["limits", limits]] as const) {
    for (const [name, q] of Object.entries(list)) {
      if (!isValidQuantity(q)) errs.push(invalid(`${path}.resources.${kind}[${name}]`, q, "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"));
    }
  }
  for (const [name, q] of Object.entries(requests)) {
    const lim = limits[name];
    if (lim !== undefined && isValidQuantity(lim) && isValidQuantity(q) && parseQuantity(q) > parseQuantity(lim)) {
      errs.push(invalid(`${path}.resources.requests`, q, `must be less than or equal to ${name} limit of ${lim}`));
    }
  }
  return errs;
}

function validateContainers(containers: Container[], path: string, volumes: Set<string>, seen: Set<string>): FieldErrors {
  const errs: FieldErrors = [];
  containers.forEach((c, i) => {
    const p = `${path}[${i}]`;
    if (!c.name) errs.push(required(`${p}.name`));
    else {
      for (const e of dns1123LabelErrors(c.name)) errs.push(invalid(`${p}.name`, c.name, e));
      if (seen.has(c.name)) errs.push(duplicate(`${p}.name`, c.name));
      seen.add(c.name);
    }
    if (!c.image || !c.image.trim()) errs.push(required(`${p}.image`));
    (c.ports ?? []).forEach((port, j) => {
      errs.push(...portRangeErrors(`${p}.ports[${j}].containerPort`, port.containerPort));
      if (port.protocol && !["TCP", "UDP", "SCTP"].includes(port.protocol)) {
        errs.push(notSupported(`${p}.ports[${j}].protocol`, port.protocol, ["SCTP", "TCP", "UDP"]));
      }
    });
    (c.env ?? []).forEach((e, j) => {
      if (!e.name) errs.push(required(`${p}.env[${j}].name`));
    });
    (c.volumeMounts ?? []).forEach((m, j) => {
      if (!volumes.has(m.name)) errs.push({ reason: "FieldValueNotFound", field: `${p}.volumeMounts[${j}].name`, message: `Not found: ${JSON.stringify(m.name)}` });
      if (!m.mountPath) errs.push(required(`${p}.volumeMounts[${j}].mountPath`));
    });
    if (c.imagePullPolicy && !["Always", "IfNotPresent", "Never"].includes(c.imagePullPolicy)) {
      errs.push(notSupported(`${p}.imagePullPolicy`, c.imagePullPolicy, ["Always", "IfNotPresent", "Never"]));
    }
    errs.push(...validateResources(c, p));
  });
  return errs;
}

export function validatePodSpec(spec: PodSpec | undefined, path: string): FieldErrors {
  if (!spec) return [required(path)];
  const errs: FieldErrors = [];
  const volumes = new Set<string>();
  (spec.volumes ?? []).forEach((v, i) => {
    if (!v.name) errs.push(required(`${path}.volumes[${i}].name`));
    else {
      for (const e of dns1123LabelErrors(v.name)) errs.push(invalid(`${path}.volumes[${i}].name`, v.name, e));
      if (volumes.has(v.name)) errs.push(duplicate(`${path}.volumes[${i}].name`, v.name));
      volumes.add(v.name);
    }
  });
  if (!spec.containers || spec.containers.length === 0) errs.push(required(`${path}.containers`));
  const names = new Set<string>();
  errs.push(...validateContainers(spec.initContainers ?? [], `${path}.initContainers`, volumes, names));
  errs.push(...validateContainers(spec.containers ?? [], `${path}.containers`, volumes, names));
  if (spec.restartPolicy && !["Always", "OnFailure", "Never"].includes(spec.restartPolicy)) {
    errs.push(notSupported(`${path}.restartPolicy`, spec.restartPolicy, ["Always", "OnFailure", "Never"]));
  }
  if (spec.dnsPolicy && !["ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"].includes(spec.dnsPolicy)) {
    errs.push(notSupported(`${path}.dnsPolicy`, spec.dnsPolicy, ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"]));
  }
  if (spec.terminationGracePeriodSeconds !== undefined && spec.terminationGracePeriodSeconds < 0) {
    errs.push(invalid(`${path}.terminationGracePeriodSeconds`, spec.terminationGracePeriodSeconds, "must be greater than or equal to 0"));
  }
  (spec.tolerations ?? []).forEach((t, i) => {
    if (t.operator === "Exists" && t.value) errs.push(invalid(`${path}.tolerations[${i}].operator`, t.value, "value must be empty when `operator` is 'Exists'"));
    if (t.operator && !["Exists", "Equal"].includes(t.operator)) errs.push(notSupported(`${path}.tolerations[${i}].operator`, t.operator, ["Equal", "Exists"]));
  });
  return errs;
}

const MUTABLE_POD_FIELDS =
  "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)";

function comparableSpec(spec: PodSpec): string {
  const strip = (cs: Container[] | undefined) => (cs ?? []).map((c) => ({ ...c, image: "" }));
  return stableStringify({
    ...spec,
    containers: strip(spec.containers),
    initContainers: strip(spec.initContainers),
    activeDeadlineSeconds: 0,
    tolerations: [],
  });
}

export function validatePodUpdate(next: Pod, prev: Pod): FieldErrors {
  if (comparableSpec(next.spec) !== comparableSpec(prev.spec)) return [forbidden("spec", MUTABLE_POD_FIELDS)];
  const prevTolerations = stableStringify((prev.spec.tolerations ?? []).map((t) => ({ ...t, tolerationSeconds: 0 })));
  const kept = stableStringify(
    (next.spec.tolerations ?? []).slice(0, (prev.spec.tolerations ?? []).length).map((t) => ({ ...t, tolerationSeconds: 0 })),
  );
  if (prevTolerations !== kept) return [forbidden("spec.tolerations", "existing toleration can not be modified except its tolerationSeconds")];
  return [];
}
