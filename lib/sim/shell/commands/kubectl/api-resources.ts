/**
 * PURPOSE: `kubectl api-resources`: the resource types the API server serves.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_api-resources/
 * NOT MODELLED: --cached.
 */
import { METRICS_RESOURCES, RESOURCES, apiVersionOf } from "../../../api/resources";
import { formatRows } from "../../printers/tabwriter";
import type { KubectlCommand } from "./command";
import { flagBool, flagString, hasFlag } from "./flags";
import { KubectlError } from "./command";

export const apiResourcesCommand: KubectlCommand = {
  path: "api-resources",
  flags: [
    { name: "namespaced", type: "bool" },
    { name: "api-group", type: "string" },
    { name: "no-headers", type: "bool" },
    { name: "output", short: "o", type: "string" },
    { name: "verbs", type: "stringArray" },
    { name: "sort-by", type: "string" },
  ],
  run(flags, env, io) {
    const output = flagString(flags, "output");
    if (output !== "" && output !== "wide" && output !== "name") throw new KubectlError(`--output ${output} is not available`);
    // kubectl lists the core group first, then the groups by name.
    const served = env.shell.cluster.metrics?.isAvailable() ? [...RESOURCES, ...METRICS_RESOURCES] : [...RESOURCES];
    let list = served.sort((a, b) => (a.group === b.group ? 0 : a.group === "" ? -1 : b.group === "" ? 1 : a.group < b.group ? -1 : 1));
    if (hasFlag(flags, "namespaced")) list = list.filter((r) => r.namespaced === flagBool(flags, "namespaced"));
    if (hasFlag(flags, "api-group")) list = list.filter((r) => r.group === flagString(flags, "api-group"));
    if (output === "name") {
      for (const r of list) io.out(`${r.group ? `${r.resource}.${r.group}` : r.resource}\n`);
      return 0;
    }
    const header = ["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"];
    if (output === "wide") header.push("VERBS", "CATEGORIES");
    const rows = list.map((r) => {
      const row = [r.resource, r.shortNames.join(","), apiVersionOf(r), String(r.namespaced), r.kind];
      if (output === "wide") row.push(r.verbs.join(","), r.categories.join(","));
      return row;
    });
    io.out(formatRows(flagBool(flags, "no-headers") ? rows : [header, ...rows]));
    return 0;
  },
};
