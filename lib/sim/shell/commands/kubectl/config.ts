/**
 * PURPOSE: `kubectl config view|current-context|get-contexts|use-context|set-context`: the one
 * kubeconfig context of the simulated cluster, whose default namespace a learner can change.
 * MODELS: https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/
 * NOT MODELLED: several clusters or users, writing a kubeconfig file, --minify/--flatten.
 */
import { formatRows } from "../../printers/tabwriter";
import { toYaml } from "../../printers/yaml";
import { toJson } from "../../printers/json";
import { renderJsonPath } from "../../printers/jsonpath";
import { apiServerUrl } from "./cluster-info";
import { KubectlError, type KubectlCommand } from "./command";
import { flagBool, flagString, hasFlag } from "./flags";

const CLUSTER = "kubernetes";
const USER = "kubernetes-admin";
export const CONTEXT = `${USER}@${CLUSTER}`;

export const configViewCommand: KubectlCommand = {
  path: "config view",
  flags: [
    { name: "output", short: "o", type: "string" },
    { name: "minify", type: "bool" },
    { name: "raw", type: "bool" },
    { name: "flatten", type: "bool" },
  ],
  run(flags, env, io) {
    const data = flagBool(flags, "raw") ? "REDACTED" : "DATA+OMITTED";
    const context: Record<string, string> = { cluster: CLUSTER, user: USER };
    if (env.shell.kubeconfig.namespace !== "default") context.namespace = env.shell.kubeconfig.namespace;
    const config = {
      apiVersion: "v1",
      clusters: [{ cluster: { "certificate-authority-data": data, server: apiServerUrl(env) }, name: CLUSTER }],
      contexts: [{ context, name: CONTEXT }],
      "current-context": CONTEXT,
      kind: "Config",
      preferences: {},
      users: [{ name: USER, user: { "client-certificate-data": data, "client-key-data": data } }],
    };
    const output = flagString(flags, "output");
    if (output.startsWith("jsonpath=")) io.out(renderJsonPath(output.slice(9), config));
    else io.out(output === "json" ? toJson(config) : toYaml(config));
    return 0;
  },
};

export const currentContextCommand: KubectlCommand = {
  path: "config current-context",
  flags: [],
  run(_flags, _env, io) {
    io.out(`${CONTEXT}\n`);
    return 0;
  },
};

export const getContextsCommand: KubectlCommand = {
  path: "config get-contexts",
  flags: [
    { name: "output", short: "o", type: "string" },
    { name: "no-headers", type: "bool" },
  ],
  run(flags, env, io) {
    if (flagString(flags, "output") === "name") {
      io.out(`${CONTEXT}\n`);
      return 0;
    }
    const ns = env.shell.kubeconfig.namespace === "default" ? "" : env.shell.kubeconfig.namespace;
    const rows = [["*", CONTEXT, CLUSTER, USER, ns]];
    io.out(formatRows(flagBool(flags, "no-headers") ? rows : [["CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"], ...rows]));
    return 0;
  },
};

export const useContextCommand: KubectlCommand = {
  path: "config use-context",
  flags: [],
  run(flags, _env, io) {
    const name = flags.args[0] ?? "";
    if (name !== CONTEXT) throw new KubectlError(`no context exists with the name: "${name}"`);
    io.out(`Switched to context "${name}".\n`);
    return 0;
  },
};

export const setContextCommand: KubectlCommand = {
  path: "config set-context",
  flags: [
    { name: "current", type: "bool" },
    { name: "cluster", type: "string" },
    { name: "user", type: "string" },
  ],
  run(flags, env, io) {
    const name = flagBool(flags, "current") ? CONTEXT : (flags.args[0] ?? "");
    if (name !== CONTEXT) throw new KubectlError(`this simulator has one context, ${CONTEXT}`);
    if (hasFlag(flags, "namespace")) env.shell.kubeconfig.namespace = flagString(flags, "namespace") || "default";
    io.out(`Context "${name}" modified.\n`);
    return 0;
  },
};
