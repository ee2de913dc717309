/**
 * PURPOSE: kubectl's `-o` printers for objects: yaml, json, name, jsonpath, custom-columns,
 * and the `kind/name verb` line that mutating commands print by default.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/#output-options
 * NOT MODELLED: go-template, jsonpath-file, custom-columns-file.
 */
import { resourceForKind } from "../../../api/resources";
import type { KubeObject } from "../../../api/types";
import { CustomColumnsError, parseCustomColumns, printCustomColumns } from "../../printers/custom-columns";
import { asList, toJson } from "../../printers/json";
import { JsonPathError, renderJsonPath } from "../../printers/jsonpath";
import { toYaml } from "../../printers/yaml";
import type { Io } from "../../types";
import { KubectlError } from "./command";
import type { FlagSpec } from "./flags";
import { kindPrefix } from "./resource-args";

export type OutputFormat =
  | { kind: "default" }
  | { kind: "wide" }
  | { kind: "yaml" }
  | { kind: "json" }
  | { kind: "name" }
  | { kind: "jsonpath"; template: string }
  | { kind: "custom-columns"; spec: string };

export const OUTPUT_FLAG: FlagSpec = { name: "output", short: "o", type: "string" };

const ALLOWED = "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml";

export function parseOutput(value: string, allowed = ALLOWED): OutputFormat {
  if (value === "") return { kind: "default" };
  const eq = value.indexOf("=");
  const name = eq < 0 ? value : value.slice(0, eq);
  const arg = eq < 0 ? "" : value.slice(eq + 1);
  switch (name) {
    case "wide":
    case "yaml":
    case "json":
    case "name":
      if (allowed.split(",").includes(name)) return { kind: name };
      break;
    case "jsonpath":
      if (eq < 0) throw new KubectlError("template format specified but no template given");
      return { kind: "jsonpath", template: arg };
    case "custom-columns":
      return { kind: "custom-columns", spec: arg };
  }
  throw new KubectlError(`unable to match a printer suitable for the output format "${value}", allowed formats are: ${allowed}`);
}

/** `deployment.apps/web`, or `pod/web` — how kubectl names an object in messages and `-o name`. */
export function objectRef(obj: KubeObject): string {
  const info = resourceForKind(obj.kind);
  const prefix = info ? kindPrefix(info) : obj.kind.toLowerCase();
  return `${prefix}/${obj.metadata.name ?? ""}`;
}

/** Prints objects with a structured format; `single` prints one object instead of a List. */
export function printStructured(format: OutputFormat, objects: KubeObject[], single: boolean, io: Io, noHeaders = false): void {
  const data = single && objects.length === 1 ? objects[0] : asList(objects);
  switch (format.kind) {
    case "yaml":
      io.out(toYaml(data));
      return;
    case "json":
      io.out(toJson(data));
      return;
    case "name":
      for (const obj of objects) io.out(`${objectRef(obj)}\n`);
      return;
    case "jsonpath":
      try {
        io.out(renderJsonPath(format.template, JSON.parse(JSON.stringify(data))));
      } catch (e) {
        if (e instanceof JsonPathError) throw new KubectlError(`error executing jsonpath "${format.template}": ${e.message}`);
        throw e;
      }
      return;
    case "custom-columns":
      try {
        io.out(printCustomColumns(parseCustomColumns(format.spec), objects, noHeaders));
      } catch (e) {
        if (e instanceof CustomColumnsError) throw new KubectlError(e.message);
        throw e;
      }
      return;
    default:
      throw new KubectlError("no structured printer for this format");
  }
}

/** The default line of create/apply/scale...: `deployment.apps/web created`, with the dry-run suffix. */
export function printAction(obj: KubeObject, verb: string, io: Io, format: OutputFormat = { kind: "default" }, dryRun: "none" | "client" | "server" = "none"): void {
  if (format.kind === "default" || format.kind === "wide") {
    const suffix = dryRun === "client" ? " (dry run)" : dryRun === "server" ? " (server dry run)" : "";
    io.out(`${objectRef(obj)} ${verb}${suffix}\n`);
    return;
  }
  printStructured(format, [obj], true, io);
}
