/**
 * PURPOSE: `kubectl create deployment|namespace|configmap|secret generic`: generators that build
 * the object from flags (deployment labels app=NAME, container named after the image).
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/
 * NOT MODELLED: --from-env-file, docker-registry and tls secrets, jobs and cronjobs.
 */
import type { ConfigMap, Deployment, KubeObject, Namespace, Secret } from "../../../api/types";
import { encodeBase64 } from "../../../core/base64";
import { isStatusError } from "../../../core/errors";
import { describeFsError } from "../../fs";
import { KubectlError, UsageError, type KubectlCommand, type KubectlEnv } from "./command";
import { DRY_RUN_FLAG, dryRunOf } from "./dry-run";
import { flagArray, flagInt, flagString, hasFlag, type ParsedFlags } from "./flags";
import { OUTPUT_FLAG, parseOutput, printAction } from "./output";
import type { Io } from "../../types";

const NULL_TIME = null as unknown as undefined;

export function oneName(flags: ParsedFlags): string {
  if (flags.args.length !== 1) throw new UsageError(`exactly one NAME is required, got ${flags.args.length}`);
  return flags.args[0];
}

/** Prints the generated object for a client dry run, or creates it and prints the result. */
/** failurePrefix: how kubectl words a failed create for kinds whose generator wraps the server's error ("failed to create deployment: "). */
export function createGenerated(obj: KubeObject, resource: string, flags: ParsedFlags, env: KubectlEnv, io: Io, namespaced = true, failurePrefix?: string): number {
  const format = parseOutput(flagString(flags, "output"));
  const dryRun = dryRunOf(flags);
  if (dryRun === "client") {
    printAction(obj, "created", io, format, dryRun);
    return 0;
  }
  const { creationTimestamp: _drop, ...metadata } = obj.metadata;
  let created: KubeObject;
  try {
    created = env.api.create(resource, { ...obj, metadata }, { namespace: namespaced ? env.namespace : undefined, dryRun: dryRun === "server" });
  } catch (e) {
    if (failurePrefix !== undefined && isStatusError(e)) throw new KubectlError(`${failurePrefix}${e.status.message}`);
    throw e;
  }
  printAction(created, "created", io, format, dryRun);
  return 0;
}

export function containerNameFor(image: string): string {
  const last = image.split("/").pop() ?? image;
  return last.split("@")[0].split(":")[0];
}

export const createDeploymentCommand: KubectlCommand = {
  path: "create deployment",
  flags: [OUTPUT_FLAG, DRY_RUN_FLAG, { name: "image", type: "stringArray" }, { name: "replicas", short: "r", type: "int" }, { name: "port", type: "int" }],
  run(flags, env, io) {
    const name = oneName(flags);
    const images = flagArray(flags, "image");
    if (images.length === 0) throw new KubectlError('required flag(s) "image" not set');
    const port = flagInt(flags, "port");
    const labels = { app: name };
    const containers = images.map((image) => ({ image, name: containerNameFor(image), ...(port !== undefined ? { ports: [{ containerPort: port }] } : {}), resources: {} }));
    const extra = flags.dashArgs;
    if (extra.length > 0) Object.assign(containers[0], { command: extra });
    const deployment: Deployment = {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { creationTimestamp: NULL_TIME, labels, name },
      spec: {
        replicas: flagInt(flags, "replicas") ?? 1,
        selector: { matchLabels: labels },
        strategy: {},
        template: { metadata: { creationTimestamp: NULL_TIME, labels }, spec: { containers } },
      },
      status: {},
    };
    return createGenerated(deployment, "deployments", flags, env, io, true, "failed to create deployment: ");
  },
};

export const createNamespaceCommand: KubectlCommand = {
  path: "create namespace",
  flags: [OUTPUT_FLAG, DRY_RUN_FLAG],
  run(flags, env, io) {
    const ns: Namespace = { apiVersion: "v1", kind: "Namespace", metadata: { creationTimestamp: NULL_TIME, name: oneName(flags) }, spec: {}, status: {} };
    return createGenerated(ns, "namespaces", flags, env, io, false);
  },
};

function readSources(flags: ParsedFlags, env: KubectlEnv): Record<string, string> {
  const data: Record<string, string> = {};
  for (const literal of flagArray(flags, "from-literal")) {
    const eq = literal.indexOf("=");
    if (eq <= 0) throw new KubectlError(`invalid literal source ${literal}, expected key=value`);
    data[literal.slice(0, eq)] = literal.slice(eq + 1);
  }
  for (const source of flagArray(flags, "from-file")) {
    const eq = source.indexOf("=");
    const key = eq > 0 ? source.slice(0, eq) : (source.split("/").pop() ?? source);
    const path = eq > 0 ? source.slice(eq + 1) : source;
    const read = env.shell.fs.read(path);
    if (!read.ok) throw new KubectlError(`error reading ${path}: ${describeFsError(read.error).toLowerCase()}`);
    data[key] = read.value;
  }
  return data;
}

export const createConfigMapCommand: KubectlCommand = {
  path: "create configmap",
  flags: [OUTPUT_FLAG, DRY_RUN_FLAG, { name: "from-literal", type: "stringArray" }, { name: "from-file", type: "stringArray" }],
  run(flags, env, io) {
    const name = oneName(flags);
    const data = readSources(flags, env);
    const cm: ConfigMap = { apiVersion: "v1", kind: "ConfigMap", metadata: { creationTimestamp: NULL_TIME, name }, ...(Object.keys(data).length ? { data } : {}) };
    return createGenerated(cm, "configmaps", flags, env, io, true, "failed to create configmap: ");
  },
};

export const createSecretGenericCommand: KubectlCommand = {
  path: "create secret generic",
  flags: [OUTPUT_FLAG, DRY_RUN_FLAG, { name: "from-literal", type: "stringArray" }, { name: "from-file", type: "stringArray" }, { name: "type", type: "string" }],
  run(flags, env, io) {
    const name = oneName(flags);
    const raw = readSources(flags, env);
    const data = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, encodeBase64(v)]));
    const secret: Secret = { apiVersion: "v1", kind: "Secret", metadata: { creationTimestamp: NULL_TIME, name }, ...(Object.keys(data).length ? { data } : {}), ...(hasFlag(flags, "type") ? { type: flagString(flags, "type") } : {}) };
    return createGenerated(secret, "secrets", flags, env, io, true, "failed to create secret ");
  },
};
