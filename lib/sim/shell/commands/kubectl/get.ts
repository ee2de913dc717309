/**
 * PURPOSE: `kubectl get`: list or fetch objects of one or more types and print them as the
 * server's tables or with -o; missing names are reported after what was found.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/
 * -w, --watch-only and --output-watch-events keep running: see watch.ts.
 * NOT MODELLED: --chunk-size, --raw, -f for get.
 */
import type { KubeObject } from "../../../api/types";
import { isNotFound } from "../../../core/errors";
import { printTable } from "../../printers/table";
import { KubectlError, UsageError, formatStatusError, type KubectlCommand, type KubectlEnv } from "./command";
import { flagArray, flagBool, flagString } from "./flags";
import { OUTPUT_FLAG, parseOutput, printStructured } from "./output";
import { kindPrefix, multipleTypesRequested, parseResourceArgs, type ResourceRequest } from "./resource-args";
import { sortObjects } from "./sort-by";
import { runWatch } from "./watch";

export const getCommand: KubectlCommand = {
  path: "get",
  flags: [
    OUTPUT_FLAG,
    { name: "all-namespaces", short: "A", type: "bool" },
    { name: "selector", short: "l", type: "string" },
    { name: "field-selector", type: "string" },
    { name: "show-labels", type: "bool" },
    { name: "label-columns", short: "L", type: "stringArray" },
    { name: "no-headers", type: "bool" },
    { name: "sort-by", type: "string" },
    { name: "watch", short: "w", type: "bool" },
    { name: "watch-only", type: "bool" },
    { name: "output-watch-events", type: "bool" },
    { name: "show-kind", type: "bool" },
    { name: "ignore-not-found", type: "bool" },
    { name: "chunk-size", type: "int" },
    { name: "filename", short: "f", type: "stringArray" },
  ],
  run(flags, env, io) {
    const format = parseOutput(flagString(flags, "output"));
    if (flags.args.length === 0) {
      io.err('You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n');
      throw new UsageError('Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).');
    }
    const requests = parseResourceArgs(flags.args);
    const allNamespaces = flagBool(flags, "all-namespaces");
    const selector = flagString(flags, "selector");
    const fieldSelector = flagString(flags, "field-selector");
    if (allNamespaces && requests.some((r) => r.names.length > 0)) {
      throw new KubectlError("a resource cannot be retrieved by name across all namespaces");
    }
    const withKind = multipleTypesRequested(flags.args) || flagBool(flags, "show-kind");
    if (flagBool(flags, "watch") || flagBool(flags, "watch-only")) return runWatch(requests, flags, env, io, { format, allNamespaces, withKind });
    const groups: { request: ResourceRequest; objects: KubeObject[] }[] = [];
    const errors: string[] = [];
    for (const request of requests) {
      const objects = fetch(request, env, { allNamespaces, selector, fieldSelector }, errors, flagBool(flags, "ignore-not-found"));
      groups.push({ request, objects: sortObjects(objects, flagString(flags, "sort-by")) });
    }
    const all = groups.flatMap((g) => g.objects);
    const singleObject = requests.length === 1 && requests[0].names.length === 1 && !withKind;
    if (format.kind !== "default" && format.kind !== "wide") {
      if (all.length > 0 || format.kind === "json" || format.kind === "yaml") {
        if (!(singleObject && all.length === 0)) printStructured(format, all, singleObject, io, flagBool(flags, "no-headers"));
      }
    } else {
      let printed = 0;
      for (const { request, objects } of groups) {
        if (objects.length === 0) continue;
        const table = env.api.table(request.info.resource, objects, { now: env.now() });
        const text = printTable(table, {
          wide: format.kind === "wide",
          withNamespace: allNamespaces && request.info.namespaced,
          kindPrefix: withKind ? kindPrefix(request.info) : undefined,
          showLabels: flagBool(flags, "show-labels"),
          labelColumns: flagArray(flags, "label-columns").flatMap((l) => l.split(",")),
          noHeaders: flagBool(flags, "no-headers"),
        });
        if (printed > 0 && !flagBool(flags, "no-headers")) io.out("\n");
        io.out(text);
        printed++;
      }
    }
    for (const e of errors) io.err(`${e}\n`);
    if (all.length === 0 && errors.length === 0 && requests.every((r) => r.names.length === 0)) {
      const namespaced = requests.some((r) => r.info.namespaced);
      io.err(allNamespaces || !namespaced ? "No resources found\n" : `No resources found in ${env.namespace} namespace.\n`);
    }
    return errors.length > 0 ? 1 : 0;
  },
};

type Scope = { allNamespaces: boolean; selector: string; fieldSelector: string };

function fetch(request: ResourceRequest, env: KubectlEnv, scope: Scope, errors: string[], ignoreNotFound: boolean): KubeObject[] {
  const { info, names } = request;
  if (names.length === 0) {
    const namespace = !info.namespaced ? undefined : scope.allNamespaces ? "" : env.namespace;
    return env.api.list(info.resource, {
      namespace,
      labelSelector: scope.selector || undefined,
      fieldSelector: scope.fieldSelector || undefined,
    }).items;
  }
  const found: KubeObject[] = [];
  for (const name of names) {
    try {
      found.push(env.api.get(info.resource, name, { namespace: info.namespaced ? env.namespace : undefined }));
    } catch (e) {
      if (isNotFound(e) && ignoreNotFound) continue;
      if (isNotFound(e)) errors.push(formatStatusError(e));
      else throw e;
    }
  }
  return found;
}
