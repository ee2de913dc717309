/**
 * PURPOSE: POSIX/GNU-style flag parsing as kubectl's flag library does it: `--name=value`,
 * `--name value`, `-n value`, `-nvalue`, combined boolean shorthands (`-it`), flags before or
 * after arguments, and `--` ending flag parsing; error messages worded like the real parser.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl/ (options inherited by every command)
 * NOT MODELLED: NoOptDefVal flags other than booleans, flag deprecation warnings.
 */

export type FlagType = "bool" | "string" | "int" | "stringArray";

export type FlagSpec = { name: string; short?: string; type: FlagType; default?: string | number | boolean };

export type FlagValue = string | number | boolean | string[];

export type ParsedFlags = {
  args: string[];
  /** arguments after `--` (kubectl run/exec pass them to the container) */
  dashArgs: string[];
  dashSeen: boolean;
  values: Map<string, FlagValue>;
};

export class FlagError extends Error {}

export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  { name: "namespace", short: "n", type: "string" },
  { name: "context", type: "string" },
  { name: "cluster", type: "string" },
  { name: "user", type: "string" },
  { name: "as", type: "string" },
  { name: "as-group", type: "stringArray" },
  { name: "kubeconfig", type: "string" },
  { name: "server", short: "s", type: "string" },
  { name: "token", type: "string" },
  { name: "request-timeout", type: "string" },
  { name: "insecure-skip-tls-verify", type: "bool" },
  { name: "v", short: "v", type: "int" },
  { name: "help", short: "h", type: "bool" },
  { name: "warnings-as-errors", type: "bool" },
  { name: "match-server-version", type: "bool" },
];

type FlagLookup = { byName: Map<string, FlagSpec>; byShort: Map<string, FlagSpec> };

// Spec tables are module constants, so their lookups and their union with the global flags are
// built once per table instead of on every command line.
const lookups = new WeakMap<readonly FlagSpec[], FlagLookup>();
const withGlobals = new WeakMap<readonly FlagSpec[], readonly FlagSpec[]>();

function lookupFor(specs: readonly FlagSpec[]): FlagLookup {
  let lookup = lookups.get(specs);
  if (!lookup) {
    lookup = { byName: new Map(specs.map((s) => [s.name, s])), byShort: new Map(specs.filter((s) => s.short).map((s) => [s.short as string, s])) };
    lookups.set(specs, lookup);
  }
  return lookup;
}

/** The global flags followed by a command's own, the same array for the same command. */
export function withGlobalFlags(commandFlags: readonly FlagSpec[]): readonly FlagSpec[] {
  let specs = withGlobals.get(commandFlags);
  if (!specs) {
    specs = [...GLOBAL_FLAGS, ...commandFlags];
    withGlobals.set(commandFlags, specs);
  }
  return specs;
}

export function parseFlags(argv: string[], specs: readonly FlagSpec[]): ParsedFlags {
  const { byName, byShort } = lookupFor(specs);
  const values = new Map<string, FlagValue>();
  const args: string[] = [];

  function set(spec: FlagSpec, raw: string, display: string): void {
    if (spec.type === "bool") {
      if (!["true", "false", "1", "0", "t", "f", "TRUE", "FALSE", "True", "False", "T", "F"].includes(raw)) {
        throw new FlagError(`invalid argument "${raw}" for "${display}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`);
      }
      values.set(spec.name, ["true", "1", "t", "TRUE", "True", "T"].includes(raw));
    } else if (spec.type === "int") {
      if (!/^[-+]?\d+$/.test(raw)) throw new FlagError(`invalid argument "${raw}" for "${display}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`);
      values.set(spec.name, parseInt(raw, 10));
    } else if (spec.type === "stringArray") {
      const prev = values.get(spec.name);
      values.set(spec.name, [...(Array.isArray(prev) ? prev : []), raw]);
    } else values.set(spec.name, raw);
  }

  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") return { args, dashArgs: argv.slice(i + 1), dashSeen: true, values };
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const spec = byName.get(name);
      if (!spec) throw new FlagError(`unknown flag: --${name}`);
      const display = spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
      if (eq >= 0) set(spec, a.slice(eq + 1), display);
      else if (spec.type === "bool") values.set(spec.name, true);
      else {
        if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: --${name}`);
        set(spec, argv[++i], display);
      }
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      const shorts = a.slice(1);
      for (let j = 0; j < shorts.length; j++) {
        const c = shorts[j];
        const spec = byShort.get(c);
        if (!spec) throw new FlagError(`unknown shorthand flag: '${c}' in -${shorts}`);
        const display = `-${spec.short}, --${spec.name}`;
        if (spec.type === "bool") {
          if (shorts[j + 1] === "=") {
            set(spec, shorts.slice(j + 2), display);
            break;
          }
          values.set(spec.name, true);
          continue;
        }
        const rest = shorts.slice(j + 1);
        if (rest !== "") set(spec, rest.startsWith("=") ? rest.slice(1) : rest, display);
        else {
          if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: '${c}' in -${shorts}`);
          set(spec, argv[++i], display);
        }
        break;
      }
      continue;
    }
    args.push(a);
  }
  return { args, dashArgs: [], dashSeen: false, values };
}

export function flagString(flags: ParsedFlags, name: string, fallback = ""): string {
  const v = flags.values.get(name);
  return typeof v === "string" ? v : fallback;
}

export function flagBool(flags: ParsedFlags, name: string, fallback = false): boolean {
  const v = flags.values.get(name);
  return typeof v === "boolean" ? v : fallback;
}

export function flagInt(flags: ParsedFlags, name: string): number | undefined {
  const v = flags.values.get(name);
  return typeof v === "number" ? v : undefined;
}

export function flagArray(flags: ParsedFlags, name: string): string[] {
  const v = flags.values.get(name);
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
}

export function hasFlag(flags: ParsedFlags, name: string): boolean {
  return flags.values.has(name);
}
