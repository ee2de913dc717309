/**
 * PURPOSE: `kubectl describe TYPE [NAME_PREFIX]`: a readable report of each object, with its
 * events; a name that matches nothing exactly falls back to objects whose names start with it.
 * With -f, the live objects a manifest names.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_describe/
 * NOT MODELLED: --show-events=false.
 */
import { DEFAULT_K8S_VERSION, RELEASES } from "../../../api/releases";
import type { DaemonSet, Deployment, EndpointSlice, Event, Ingress, KubeObject, Lease, NetworkPolicy, Node, Pod, ReplicaSet, Service } from "../../../api/types";
import { isNotFound, StatusError } from "../../../core/errors";
import { KubectlError, UsageError, type KubectlCommand, type KubectlEnv } from "./command";
import { describeGeneric } from "./describe/generic";
import { describeNode } from "./describe/node";
import { describeRbac } from "./describe/rbac";
import { describePod } from "./describe/pod";
import { describeIngress, describeNetworkPolicy } from "./describe/policy";
import { describeService } from "./describe/service";
import { describeDaemonSet, describeDeployment, describeReplicaSet } from "./describe/workloads";
import { eventsFor } from "./describe/writer";
import { flagArray, flagBool, flagString } from "./flags";
import { readManifestTargets, type ManifestTarget } from "./manifests";
import { parseResourceArgs, type ResourceRequest } from "./resource-args";

export const describeCommand: KubectlCommand = {
  path: "describe",
  flags: [
    { name: "all-namespaces", short: "A", type: "bool" },
    { name: "selector", short: "l", type: "string" },
    { name: "show-events", type: "bool", default: true },
    { name: "filename", short: "f", type: "stringArray" },
  ],
  run(flags, env, io) {
    const files = flagArray(flags, "filename");
    if (files.length > 0 && flags.args.length > 0) throw new KubectlError("when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well");
    if (files.length === 0 && flags.args.length === 0) {
      io.err('You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n\n');
      throw new UsageError('Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).');
    }
    const allNamespaces = flagBool(flags, "all-namespaces");
    const texts: string[] = [];
    let failed = false;
    const lookups = files.length > 0 ? readManifestTargets(files, env, io).map((t) => () => resolveTarget(t, env)) : parseResourceArgs(flags.args).map((r) => () => resolve(r, env, allNamespaces, flagString(flags, "selector")));
    for (const lookup of lookups) {
      const objects = lookup();
      if (objects.missing) {
        io.err(`Error from server (NotFound): ${objects.missing}\n`);
        failed = true;
      }
      for (const obj of objects.found) texts.push(describeObject(obj, env));
    }
    if (texts.length === 0 && !failed) {
      io.err(allNamespaces ? "No resources found\n" : `No resources found in ${env.namespace} namespace.\n`);
      return 0;
    }
    io.out(texts.join("\n\n"));
    return failed ? 1 : 0;
  },
};

type Resolved = { found: KubeObject[]; missing?: string };

function resolveTarget(t: ManifestTarget, env: KubectlEnv): Resolved {
  try {
    return { found: [env.api.get(t.info.resource, t.name, { namespace: t.namespace })] };
  } catch (e) {
    if (!isNotFound(e)) throw e;
    return { found: [], missing: (e as StatusError).status.message };
  }
}

function resolve(request: ResourceRequest, env: KubectlEnv, allNamespaces: boolean, selector: string): Resolved {
  const { info } = request;
  const namespace = !info.namespaced ? undefined : allNamespaces ? "" : env.namespace;
  if (request.names.length === 0) return { found: env.api.list(info.resource, { namespace, labelSelector: selector || undefined }).items };
  const found: KubeObject[] = [];
  for (const name of request.names) {
    try {
      found.push(env.api.get(info.resource, name, { namespace }));
    } catch (e) {
      if (!isNotFound(e)) throw e;
      const prefixed = env.api.list(info.resource, { namespace }).items.filter((o) => (o.metadata.name ?? "").startsWith(name));
      if (prefixed.length === 0) return { found, missing: (e as StatusError).status.message };
      found.push(...prefixed);
    }
  }
  return { found };
}

function describeObject(obj: KubeObject, env: KubectlEnv): string {
  const now = env.now();
  const ns = obj.metadata.namespace;
  const minor = Number((env.shell.cluster.release ?? RELEASES[DEFAULT_K8S_VERSION]).minor);
  // kubectl asks the server for this object's events by field selector rather than reading them all.
  const events = eventsFor(env.api.list<Event>("events", { namespace: ns ?? "", fieldSelector: `involvedObject.name=${obj.metadata.name ?? ""}` }).items, obj);
  switch (obj.kind) {
    case "Pod":
      return describePod(obj as Pod, events, now, minor);
    case "Node": {
      const name = obj.metadata.name ?? "";
      const pods = env.api.list<Pod>("pods", { namespace: "", fieldSelector: `spec.nodeName=${name}` }).items;
      let lease: Lease | undefined;
      try {
        lease = env.api.get<Lease>("leases", name, { namespace: "kube-node-lease" });
      } catch {
        lease = undefined;
      }
      return describeNode(obj as Node, pods, lease, events, now);
    }
    case "Deployment":
      return describeDeployment(obj as Deployment, env.api.list<ReplicaSet>("replicasets", { namespace: ns }).items, events, now, minor);
    case "Role":
    case "ClusterRole":
    case "RoleBinding":
    case "ClusterRoleBinding":
      return describeRbac(obj);
    case "DaemonSet":
      return describeDaemonSet(obj as DaemonSet, env.api.list<Pod>("pods", { namespace: ns }).items, events, now, minor);
    case "ReplicaSet":
      return describeReplicaSet(obj as ReplicaSet, env.api.list<Pod>("pods", { namespace: ns }).items, events, now, minor);
    case "Service": {
      const slices = env.api.list<EndpointSlice>("endpointslices", { namespace: ns, labelSelector: `kubernetes.io/service-name=${obj.metadata.name ?? ""}` }).items;
      return describeService(obj as Service, slices, events, now);
    }
    case "NetworkPolicy":
      return describeNetworkPolicy(obj as NetworkPolicy);
    case "Ingress":
      return describeIngress(obj as Ingress, env.api.list<Service>("services", { namespace: ns }).items, env.api.list<EndpointSlice>("endpointslices", { namespace: ns }).items, events, now);
    default:
      return describeGeneric(obj, events, now);
  }
}
