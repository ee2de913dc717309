import { expect, test } from "vitest";
import { jsonPatch, mergePatch, strategicMerge } from "./patch";

test("merge patch replaces lists and deletes keys set to null", () => {
  expect(mergePatch({ a: 1, b: { c: 2, d: 3 }, l: [1, 2] }, { b: { c: null, e: 4 }, l: [3] })).toEqual({ a: 1, b: { d: 3, e: 4 }, l: [3] });
});

test("json patch adds, replaces, removes, moves and tests", () => {
  const doc = { spec: { replicas: 1, containers: [{ name: "a" }] } };
  const out = jsonPatch(doc, [
    { op: "replace", path: "/spec/replicas", value: 3 },
    { op: "add", path: "/spec/containers/-", value: { name: "b" } },
    { op: "test", path: "/spec/containers/1/name", value: "b" },
    { op: "move", from: "/spec/replicas", path: "/spec/count" },
    { op: "remove", path: "/spec/containers/0" },
  ]);
  expect(out).toEqual({ spec: { count: 3, containers: [{ name: "b" }] } });
  expect(doc.spec.replicas).toBe(1);
});

test("strategic merge merges containers by name and ports by containerPort", () => {
  const target = {
    spec: {
      containers: [
        { name: "web", image: "nginx:1", ports: [{ containerPort: 80, protocol: "TCP" }] },
        { name: "side", image: "busybox" },
      ],
    },
  };
  const out = strategicMerge(target, { spec: { containers: [{ name: "web", image: "nginx:2", ports: [{ containerPort: 443 }] }] } });
  expect(out).toEqual({
    spec: {
      containers: [
        { name: "web", image: "nginx:2", ports: [{ containerPort: 80, protocol: "TCP" }, { containerPort: 443 }] },
        { name: "side", image: "busybox" },
      ],
    },
  });
});

test("strategic merge honours $patch delete and replace", () => {
  const target = { spec: { containers: [{ name: "a" }, { name: "b" }], tolerations: [{ key: "x" }] } };
  expect(strategicMerge(target, { spec: { containers: [{ name: "a", $patch: "delete" }] } })).toEqual({ spec: { containers: [{ name: "b" }], tolerations: [{ key: "x" }] } });
  expect(strategicMerge(target, { spec: { tolerations: [{ key: "y" }] } })).toEqual({ spec: { containers: [{ name: "a" }, { name: "b" }], tolerations: [{ key: "y" }] } });
});
