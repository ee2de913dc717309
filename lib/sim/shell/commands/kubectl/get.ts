/**
 * PURPOSE: `kubectl get`: list or fetch objects of one or more types and print them as the
 * server's tables or with -o; missing names are reported after what was found. With -f the objects
 * a manifest names are read back from the server.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/
 * -w, --watch-only and --output-watch-events keep running: see watch.ts.
 * NOT MODELLED: --chunk-size, --raw, -f with --watch.
 */
import type { ResourceInfo } from "../../../api/resources";
import type { KubeObject } from "../../../api/types";
import { isNotFound } from "../../../core/errors";
import { printTable } from "../../printers/table";
import { KubectlError, UsageError, formatStatusError, type KubectlCommand, type KubectlEnv } from "./command";
import { flagArray, flagBool, flagString } from "./flags";
import { OUTPUT_FLAG, parseOutput, printStructured } from "./output";
import { readManifestTargets, readsOnlyStdin, type ManifestTarget } from "./manifests";
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
    const files = flagArray(flags, "filename");
    if (files.length > 0 && flags.args.length > 0) throw new KubectlError(BOTH_FILES_AND_ARGS);
    if (files.length === 0 && flags.args.length === 0) {
      io.err('You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n');
      throw new UsageError('Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).');
    }
    const allNamespaces = flagBool(flags, "all-namespaces");
    const ignoreNotFound = flagBool(flags, "ignore-not-found");
    const sortBy = flagString(flags, "sort-by");
    const errors: string[] = [];
    let groups: Group[];
    let withKind: boolean;
    let singleObject: boolean;
    let byName: boolean;
    // kubectl gives up on -o output for a manifest read from a path when any object is missing.
    let structuredFailed = false;
    if (files.length > 0) {
      const targets = readManifestTargets(files, env, io);
      groups = fetchTargets(targets, env, errors, ignoreNotFound).map((g) => ({ ...g, objects: sortObjects(g.objects, sortBy) }));
      withKind = new Set(targets.map((t) => t.info)).size > 1 || flagBool(flags, "show-kind");
      singleObject = targets.length === 1 && !readsOnlyStdin(files) && !withKind;
      byName = targets.length > 0;
      structuredFailed = errors.length > 0 && !readsOnlyStdin(files);
    } else {
      const requests = parseResourceArgs(flags.args);
      if (allNamespaces && requests.some((r) => r.names.length > 0)) {
        throw new KubectlError("a resource cannot be retrieved by name across all namespaces");
      }
      withKind = multipleTypesRequested(flags.args) || flagBool(flags, "show-kind");
      if (flagBool(flags, "watch") || flagBool(flags, "watch-only")) return runWatch(requests, flags, env, io, { format, allNamespaces, withKind });
      const scope = { allNamespaces, selector: flagString(flags, "selector"), fieldSelector: flagString(flags, "field-selector") };
      groups = requests.map((request) => ({ info: request.info, objects: sortObjects(fetch(request, env, scope, errors, ignoreNotFound), sortBy) }));
      singleObject = requests.length === 1 && requests[0].names.length === 1 && !withKind;
      byName = requests.some((r) => r.names.length > 0);
    }
    const all = groups.flatMap((g) => g.objects);
    if (format.kind !== "default" && format.kind !== "wide") {
      if (!structuredFailed && (all.length > 0 || format.kind === "json" || format.kind === "yaml")) {
        if (!(singleObject && all.length === 0)) printStructured(format, all, singleObject, io, flagBool(flags, "no-headers"));
      }
    } else {
      let printed = 0;
      for (const { info, objects } of groups) {
        if (objects.length === 0) continue;
        const table = env.api.table(info.resource, objects, { now: env.now() });
        const text = printTable(table, {
          wide: format.kind === "wide",
          withNamespace: allNamespaces && info.namespaced,
          kindPrefix: withKind ? kindPrefix(info) : undefined,
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
    if (all.length === 0 && errors.length === 0 && !byName) {
      const namespaced = groups.length === 0 || groups.some((g) => g.info.namespaced);
      io.err(allNamespaces || !namespaced ? "No resources found\n" : `No resources found in ${env.namespace} namespace.\n`);
    }
    return errors.length > 0 ? 1 : 0;
  },
};

const BOTH_FILES_AND_ARGS = "when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well";

type Group = { info: ResourceInfo; objects: KubeObject[] };

/** The live objects a manifest names, in its order; objects of one type in a row share a table, as kubectl prints them. */
function fetchTargets(targets: ManifestTarget[], env: KubectlEnv, errors: string[], ignoreNotFound: boolean): Group[] {
  const groups: Group[] = [];
  for (const t of targets) {
    let obj: KubeObject;
    try {
      obj = env.api.get(t.info.resource, t.name, { namespace: t.namespace });
    } catch (e) {
      if (!isNotFound(e)) throw e;
      if (!ignoreNotFound) errors.push(formatStatusError(e));
      continue;
    }
    const last = groups[groups.length - 1];
    if (last?.info === t.info) last.objects.push(obj);
    else groups.push({ info: t.info, objects: [obj] });
  }
  return groups;
}

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
