/**
 * PURPOSE: `kubectl expose deployment|pod|service|replicaset NAME`: a Service selecting the same
 * pods, with ports from --port or the containers' declared ports.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_expose/
 * NOT MODELLED: --session-affinity, --external-ip, several protocols.
 */
import type { Deployment, KubeObject, Pod, ReplicaSet, Service, ServicePort, ServiceType } from "../../../api/types";
import { KubectlError, UsageError, type KubectlCommand } from "./command";
import { createGenerated } from "./create-workloads";
import { DRY_RUN_FLAG } from "./dry-run";
import { flagInt, flagString, hasFlag } from "./flags";
import { OUTPUT_FLAG, objectRef, parseOutput, printStructured } from "./output";
import { parseResourceArgs } from "./resource-args";
import { parseLabels } from "./run";

export const exposeCommand: KubectlCommand = {
  path: "expose",
  flags: [OUTPUT_FLAG, DRY_RUN_FLAG, { name: "port", type: "string" }, { name: "target-port", type: "string" }, { name: "type", type: "string" }, { name: "name", type: "string" }, { name: "protocol", type: "string" }, { name: "selector", type: "string" }, { name: "labels", short: "l", type: "string" }, { name: "node-port", type: "int" }],
  run(flags, env, io) {
    const requests = parseResourceArgs(flags.args);
    if (requests.length !== 1 || requests[0].names.length !== 1) throw new UsageError("You must provide one or more resources by argument or filename.");
    const { info, names } = requests[0];
    const target = env.api.get(info.resource, names[0], { namespace: env.namespace });
    const selector = hasFlag(flags, "selector") ? parseLabels(flagString(flags, "selector")) : selectorOf(target);
    if (!selector) throw new KubectlError(`cannot expose a ${target.kind}`);
    const ports = portsFor(target, flagString(flags, "port"), flagString(flags, "target-port"), flagString(flags, "protocol", "TCP"));
    if (ports.length === 0) throw new KubectlError("couldn't find port via --port flag or introspection");
    const nodePort = flagInt(flags, "node-port");
    if (nodePort !== undefined) ports[0].nodePort = nodePort;
    const name = flagString(flags, "name") || (target.metadata.name ?? "");
    const labels = hasFlag(flags, "labels") ? parseLabels(flagString(flags, "labels")) : target.metadata.labels;
    const svc: Service = {
      apiVersion: "v1",
      kind: "Service",
      metadata: { creationTimestamp: null as unknown as undefined, ...(labels && Object.keys(labels).length ? { labels } : {}), name },
      spec: { ports, selector, ...(hasFlag(flags, "type") ? { type: flagString(flags, "type") as ServiceType } : {}) },
      status: { loadBalancer: {} },
    };
    const format = parseOutput(flagString(flags, "output"));
    if (format.kind !== "default" && flagString(flags, "dry-run") !== "client") {
      const { creationTimestamp: _d, ...metadata } = svc.metadata;
      const created = env.api.create("services", { ...svc, metadata }, { namespace: env.namespace });
      printStructured(format, [created], true, io);
      return 0;
    }
    if (flagString(flags, "dry-run") === "client") return createGenerated(svc, "services", flags, env, io);
    const { creationTimestamp: _d, ...metadata } = svc.metadata;
    const created = env.api.create("services", { ...svc, metadata }, { namespace: env.namespace, dryRun: flagString(flags, "dry-run") === "server" });
    io.out(`${objectRef(created)} exposed${flagString(flags, "dry-run") === "server" ? " (server dry run)" : ""}\n`);
    return 0;
  },
};

function selectorOf(obj: KubeObject): Record<string, string> | undefined {
  switch (obj.kind) {
    case "Pod":
      return obj.metadata.labels;
    case "Service":
      return (obj as Service).spec.selector;
    case "Deployment":
    case "ReplicaSet":
      return (obj as Deployment | ReplicaSet).spec.selector.matchLabels;
    default:
      return undefined;
  }
}

function portsFor(obj: KubeObject, port: string, targetPort: string, protocol: string): ServicePort[] {
  const toTarget = (p: number) => (targetPort === "" ? p : /^\d+$/.test(targetPort) ? Number(targetPort) : targetPort);
  if (port !== "") return port.split(",").map((p) => ({ port: Number(p), protocol, targetPort: toTarget(Number(p)) }));
  const containers = obj.kind === "Pod" ? (obj as Pod).spec.containers : obj.kind === "Service" ? [] : (obj as Deployment).spec.template.spec.containers;
  if (obj.kind === "Service") return ((obj as Service).spec.ports ?? []).map((p) => ({ ...p, nodePort: undefined }));
  const declared = containers.flatMap((c) => c.ports ?? []);
  return declared.map((p, i) => ({ ...(declared.length > 1 ? { name: p.name ?? `port-${i + 1}` } : {}), port: p.containerPort, protocol: p.protocol ?? "TCP", targetPort: toTarget(p.containerPort) }));
}
