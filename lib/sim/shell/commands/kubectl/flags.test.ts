import { expect, test } from "vitest";
import { FlagError, parseFlags, type FlagSpec } from "./flags";

const SPECS: FlagSpec[] = [
  { name: "namespace", short: "n", type: "string" },
  { name: "output", short: "o", type: "string" },
  { name: "all-namespaces", short: "A", type: "bool" },
  { name: "stdin", short: "i", type: "bool" },
  { name: "tty", short: "t", type: "bool" },
  { name: "replicas", type: "int" },
  { name: "env", type: "stringArray" },
];

function values(argv: string[]) {
  const parsed = parseFlags(argv, SPECS);
  return { args: parsed.args, dash: parsed.dashArgs, values: Object.fromEntries(parsed.values) };
}

test("long flags take values with = or as the next argument", () => {
  expect(values(["pods", "--namespace=kube-system", "--output", "wide"])).toEqual({ args: ["pods"], dash: [], values: { namespace: "kube-system", output: "wide" } });
});

test("short flags take a value attached, after =, or as the next argument", () => {
  expect(values(["-nkube-system", "-o=yaml"]).values).toEqual({ namespace: "kube-system", output: "yaml" });
  expect(values(["-n", "dev"]).values).toEqual({ namespace: "dev" });
});

test("boolean shorthands combine and may end with one taking a value", () => {
  expect(values(["-it"]).values).toEqual({ stdin: true, tty: true });
  expect(values(["-Ao", "wide"]).values).toEqual({ "all-namespaces": true, output: "wide" });
});

test("flags may come before or after arguments, and -- ends flag parsing", () => {
  expect(values(["-n", "x", "pod", "web", "--", "sh", "-c", "ls -n"])).toEqual({ args: ["pod", "web"], dash: ["sh", "-c", "ls -n"], values: { namespace: "x" } });
});

test("booleans accept explicit values and repeated arrays accumulate", () => {
  expect(values(["--all-namespaces=false", "--env=A=1", "--env", "B=2"]).values).toEqual({ "all-namespaces": false, env: ["A=1", "B=2"] });
});

test("an unknown long flag is worded as pflag words it", () => {
  expect(() => parseFlags(["--foo"], SPECS)).toThrow(new FlagError("unknown flag: --foo"));
});

test("an unknown shorthand names the letter and the group", () => {
  expect(() => parseFlags(["-iz"], SPECS)).toThrow(new FlagError("unknown shorthand flag: 'z' in -iz"));
});

test("a flag missing its value says so", () => {
  expect(() => parseFlags(["--output"], SPECS)).toThrow(new FlagError("flag needs an argument: --output"));
  expect(() => parseFlags(["-n"], SPECS)).toThrow(new FlagError("flag needs an argument: 'n' in -n"));
});

test("a non-numeric int is rejected with strconv's wording", () => {
  expect(() => parseFlags(["--replicas=three"], SPECS)).toThrow(
    new FlagError('invalid argument "three" for "--replicas" flag: strconv.ParseInt: parsing "three": invalid syntax'),
  );
});
