/**
 * PURPOSE: turn kubectl's resource arguments into resource types and names: `pods`, `po web`,
 * `pods,svc`, `deploy/web svc/web`, `all`, with kubectl's errors for unknown or mixed forms.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/#syntax (TYPE[.group] NAME... or TYPE/NAME...)
 * NOT MODELLED: categories other than `all`, version-qualified types (`deployments.v1.apps`).
 */
import { findResource, type ResourceInfo } from "../../../api/resources";

export type ResourceRequest = { info: ResourceInfo; names: string[] };

export class ResourceArgError extends Error {}

/** The `all` category, in the order kubectl prints it. */
const ALL_CATEGORY = ["pods", "replicationcontrollers", "services", "daemonsets", "deployments", "replicasets", "statefulsets", "horizontalpodautoscalers", "cronjobs", "jobs"];

export function lookupResource(name: string): ResourceInfo {
  const info = findResource(name);
  if (!info || info.resource === "bindings") throw new ResourceArgError(`the server doesn't have a resource type "${name}"`);
  return info;
}

export function expandTypes(text: string): ResourceInfo[] {
  const out: ResourceInfo[] = [];
  for (const part of text.split(",")) {
    if (part === "") continue;
    if (part === "all") {
      for (const r of ALL_CATEGORY) {
        const info = findResource(r);
        if (info) out.push(info);
      }
      continue;
    }
    out.push(lookupResource(part));
  }
  return out;
}

/** True when kubectl would print `kind/name` names: several types, `all`, or type/name pairs of different kinds. */
export function multipleTypesRequested(args: string[]): boolean {
  if (args.length === 0) return false;
  if (args[0].includes("/")) {
    const kinds = new Set(args.map((a) => a.split("/")[0]));
    return kinds.size > 1;
  }
  return args[0] === "all" || args[0].split(",").filter((x) => x !== "").length > 1 || args[0].split(",").includes("all");
}

export function parseResourceArgs(args: string[]): ResourceRequest[] {
  if (args.length === 0) return [];
  const slashed = args.filter((a) => a.includes("/"));
  if (slashed.length > 0) {
    if (slashed.length !== args.length) {
      throw new ResourceArgError(
        `there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`,
      );
    }
    const requests: ResourceRequest[] = [];
    for (const a of args) {
      const slash = a.indexOf("/");
      const type = a.slice(0, slash);
      const name = a.slice(slash + 1);
      if (name === "") throw new ResourceArgError(`arguments in resource/name form must have a single resource and name`);
      const info = lookupResource(type);
      const existing = requests.find((r) => r.info === info);
      if (existing) existing.names.push(name);
      else requests.push({ info, names: [name] });
    }
    return requests;
  }
  const [types, ...names] = args;
  const infos = expandTypes(types);
  if (names.length > 0 && infos.length > 1 && types.includes(",")) {
    // kubectl fetches each name for each type in the list
    return infos.map((info) => ({ info, names: [...names] }));
  }
  return infos.map((info) => ({ info, names: [...names] }));
}

/** `deployment.apps`, `pod`: the prefix kubectl uses in `kind.group/name` and in action messages. */
export function kindPrefix(info: ResourceInfo): string {
  return info.group ? `${info.kind.toLowerCase()}.${info.group}` : info.kind.toLowerCase();
}

/** `deployments.apps`, `pods`: how the API server names a resource in its messages. */
export function qualifiedResource(info: ResourceInfo): string {
  return info.group ? `${info.resource}.${info.group}` : info.resource;
}
