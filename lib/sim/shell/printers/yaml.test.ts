import { expect, test } from "vitest";
import { toYaml } from "./yaml";

test("keys are sorted and sequences sit at the parent key's indentation", () => {
  const pod = {
    kind: "Pod",
    apiVersion: "v1",
    metadata: { name: "web", labels: { run: "web" }, creationTimestamp: null },
    spec: { containers: [{ name: "web", image: "nginx", resources: {}, ports: [{ containerPort: 80 }] }], restartPolicy: "Always" },
    status: {},
  };
  expect(toYaml(pod)).toBe(
    [
      "apiVersion: v1",
      "kind: Pod",
      "metadata:",
      "  creationTimestamp: null",
      "  labels:",
      "    run: web",
      "  name: web",
      "spec:",
      "  containers:",
      "  - image: nginx",
      "    name: web",
      "    ports:",
      "    - containerPort: 80",
      "    resources: {}",
      "  restartPolicy: Always",
      "status: {}",
      "",
    ].join("\n"),
  );
});

test("strings that read as numbers, booleans or timestamps are double-quoted", () => {
  expect(toYaml({ a: "80", b: "true", c: "2025-01-01T00:00:05Z", d: "", e: "null", f: "1.5" })).toBe(
    'a: "80"\nb: "true"\nc: "2025-01-01T00:00:05Z"\nd: ""\ne: "null"\nf: "1.5"\n',
  );
});

test("strings YAML cannot hold plainly are single-quoted", () => {
  expect(toYaml({ m: "containers with unready status: [web]", s: "*", t: "it's" })).toBe(
    "m: 'containers with unready status: [web]'\ns: '*'\nt: it's\n",
  );
});

test("multi-line strings become literal blocks", () => {
  expect(toYaml({ metadata: { annotations: { x: '{"a":1}\n' } }, z: "a\nb" })).toBe('metadata:\n  annotations:\n    x: |\n      {"a":1}\nz: |-\n  a\n  b\n');
});

test("lists of scalars and empty lists", () => {
  expect(toYaml({ args: ["sleep", "3600"], e: [] })).toBe('args:\n- sleep\n- "3600"\ne: []\n');
});

test("nested lists of maps inside list items", () => {
  expect(toYaml({ items: [{ a: [{ b: 1, c: 2 }] }] })).toBe("items:\n- a:\n  - b: 1\n    c: 2\n");
});
