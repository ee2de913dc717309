/**
 * PURPOSE: `kubectl version`: client, Kustomize and server versions of the emulated release.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_version/
 * NOT MODELLED: the version skew warning.
 */
import { RELEASES, DEFAULT_K8S_VERSION, versionInfo } from "../../../api/releases";
import type { KubectlCommand } from "./command";
import { flagBool, flagString } from "./flags";
import { KubectlError } from "./command";
import { toJson } from "../../printers/json";
import { toYaml } from "../../printers/yaml";

export const versionCommand: KubectlCommand = {
  path: "version",
  flags: [
    { name: "client", type: "bool" },
    { name: "output", short: "o", type: "string" },
  ],
  run(flags, env, io) {
    const release = env.shell.cluster.release ?? RELEASES[DEFAULT_K8S_VERSION];
    const client = flagBool(flags, "client");
    const output = flagString(flags, "output");
    if (output === "json" || output === "yaml") {
      const data: Record<string, unknown> = { clientVersion: versionInfo(release), kustomizeVersion: release.kustomizeVersion };
      if (!client) data.serverVersion = versionInfo(release);
      io.out(output === "json" ? toJson(data) : toYaml(data));
      return 0;
    }
    if (output !== "") throw new KubectlError(`--output must be 'yaml' or 'json'`);
    io.out(`Client Version: ${release.gitVersion}\nKustomize Version: ${release.kustomizeVersion}\n`);
    if (!client) io.out(`Server Version: ${release.gitVersion}\n`);
    return 0;
  },
};
