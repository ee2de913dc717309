/**
 * PURPOSE: `kubectl run NAME --image=IMAGE`: create one Pod, labelled run=NAME unless --labels,
 * with optional port, env, restart policy and a command or arguments after `--`.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_run/
 * NOT MODELLED: --rm, -i/-t attach, --overrides, --expose.
 */
import type { Container, Pod } from "../../../api/types";
import { KubectlError, UsageError, type KubectlCommand } from "./command";
import { DRY_RUN_FLAG, dryRunOf } from "./dry-run";
import { flagArray, flagBool, flagInt, flagString, hasFlag } from "./flags";
import { OUTPUT_FLAG, parseOutput, printAction } from "./output";

export function parseLabels(text: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const pair of text.split(",")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new KubectlError(`invalid label spec: ${pair}`);
    labels[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return labels;
}

export const runCommand: KubectlCommand = {
  path: "run",
  flags: [
    OUTPUT_FLAG,
    DRY_RUN_FLAG,
    { name: "image", type: "string" },
    { name: "restart", type: "string" },
    { name: "labels", short: "l", type: "string" },
    { name: "port", type: "int" },
    { name: "env", type: "stringArray" },
    { name: "command", type: "bool" },
    { name: "image-pull-policy", type: "string" },
    { name: "annotations", type: "stringArray" },
    { name: "stdin", short: "i", type: "bool" },
    { name: "tty", short: "t", type: "bool" },
    { name: "rm", type: "bool" },
    { name: "privileged", type: "bool" },
  ],
  run(flags, env, io) {
    const name = flags.args[0];
    if (name === undefined) throw new UsageError("NAME is required for run");
    if (!hasFlag(flags, "image")) throw new KubectlError('required flag(s) "image" not set');
    const image = flagString(flags, "image");
    const restart = flagString(flags, "restart", "Always");
    if (!["Always", "OnFailure", "Never"].includes(restart)) throw new KubectlError(`invalid restart policy: ${restart}`);
    const format = parseOutput(flagString(flags, "output"));
    const dryRun = dryRunOf(flags);
    const container: Container = { name, image, resources: {} };
    const extra = [...flags.args.slice(1), ...flags.dashArgs];
    if (extra.length > 0) {
      if (flagBool(flags, "command")) container.command = extra;
      else container.args = extra;
    }
    const port = flagInt(flags, "port");
    if (port !== undefined) container.ports = [{ containerPort: port }];
    const envVars = flagArray(flags, "env");
    if (envVars.length > 0) container.env = envVars.map((e) => ({ name: e.split("=")[0], value: e.slice(e.indexOf("=") + 1) }));
    if (hasFlag(flags, "image-pull-policy")) container.imagePullPolicy = flagString(flags, "image-pull-policy") as Container["imagePullPolicy"];
    if (flagBool(flags, "stdin")) container.stdin = true;
    if (flagBool(flags, "tty")) container.tty = true;
    const labels = hasFlag(flags, "labels") ? parseLabels(flagString(flags, "labels")) : { run: name };
    const annotations = Object.fromEntries(flagArray(flags, "annotations").map((a) => [a.split("=")[0], a.slice(a.indexOf("=") + 1)]));
    const pod: Pod = {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { ...(Object.keys(annotations).length ? { annotations } : {}), creationTimestamp: null as unknown as undefined, labels, name },
      spec: { containers: [container], dnsPolicy: "ClusterFirst", restartPolicy: restart as Pod["spec"]["restartPolicy"] },
      status: {},
    };
    if (dryRun === "client") {
      printAction(pod, "created", io, format, dryRun);
      return 0;
    }
    const { creationTimestamp: _drop, ...metadata } = pod.metadata;
    const created = env.api.create("pods", { ...pod, metadata, status: undefined }, { namespace: env.namespace, dryRun: dryRun === "server" });
    printAction(created, "created", io, format, dryRun);
    return 0;
  },
};
