/**
 * PURPOSE: `kubectl version`: client, Kustomize and server versions of the emulated release.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_version/
 * NOT MODELLED: the version skew warning.
 */
import type { KubectlCommand } from "./command";
import { flagBool, flagString } from "./flags";
import { KubectlError } from "./command";
import { toJson } from "../../printers/json";
import { toYaml } from "../../printers/yaml";

export const KUBERNETES_VERSION = "v1.33.1";
export const KUSTOMIZE_VERSION = "v5.6.0";

function info(gitVersion: string): Record<string, string> {
  return {
    major: "1",
    minor: "33",
    gitVersion,
    gitCommit: "8adc0f041b8e7ad1d30e29cc59c6ae7a15e19828",
    gitTreeState: "clean",
    buildDate: "2025-05-15T08:19:08Z",
    goVersion: "go1.24.2",
    compiler: "gc",
    platform: "linux/amd64",
  };
}

export const versionCommand: KubectlCommand = {
  path: "version",
  flags: [
    { name: "client", type: "bool" },
    { name: "output", short: "o", type: "string" },
  ],
  run(flags, _env, io) {
    const client = flagBool(flags, "client");
    const output = flagString(flags, "output");
    if (output === "json" || output === "yaml") {
      const data: Record<string, unknown> = { clientVersion: info(KUBERNETES_VERSION), kustomizeVersion: KUSTOMIZE_VERSION };
      if (!client) data.serverVersion = info(KUBERNETES_VERSION);
      io.out(output === "json" ? toJson(data) : toYaml(data));
      return 0;
    }
    if (output !== "") throw new KubectlError(`--output must be 'yaml' or 'json'`);
    io.out(`Client Version: ${KUBERNETES_VERSION}\nKustomize Version: ${KUSTOMIZE_VERSION}\n`);
    if (!client) io.out(`Server Version: ${KUBERNETES_VERSION}\n`);
    return 0;
  },
};
