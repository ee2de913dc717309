import { expect, test } from "vitest";
import { parseKubectl } from "./parse-kubectl";

test("type/name and type name spellings normalise to the same meaning", () => {
  const meaning = (argv: string[]) => {
    const p = parseKubectl(argv);
    return p.ok ? { verb: p.verb, resources: p.resources, names: p.names, flags: p.flags } : p;
  };
  expect(meaning(["get", "deploy/web", "-n", "prod"])).toEqual({ verb: "get", resources: ["deployments.apps"], names: ["web"], flags: { namespace: "prod" } });
  expect(meaning(["--namespace=prod", "get", "deployments", "web"])).toEqual(meaning(["get", "deploy/web", "-n", "prod"]));
});

test("group commands keep their full path as the verb", () => {
  const parsed = parseKubectl(["rollout", "status", "deployment", "web"]);
  expect(parsed.ok && parsed.verb).toBe("rollout status");
  expect(parsed.ok && parsed.resources).toEqual(["deployments.apps"]);
});

test("run reports the pod name and flags", () => {
  expect(parseKubectl(["run", "web", "--image=nginx", "--restart=Never"])).toEqual({
    ok: true,
    verb: "run",
    resources: ["pods"],
    names: ["web"],
    flags: { image: "nginx", restart: "Never" },
    args: ["web"],
    dashArgs: [],
  });
});

test("unknown commands and flags are reported, not thrown", () => {
  expect(parseKubectl(["frobnicate"])).toEqual({ ok: false, error: 'unknown command "frobnicate"' });
  expect(parseKubectl(["get", "pods", "--bogus"])).toEqual({ ok: false, error: "unknown flag: --bogus" });
});
