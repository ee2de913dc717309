import { expect, test } from "vitest";
import { renderJsonPath } from "./jsonpath";

const list = {
  kind: "List",
  items: [
    { metadata: { name: "a", labels: { "app.kubernetes.io/name": "x" } }, status: { phase: "Running", conditions: [{ type: "Ready", status: "True" }] }, spec: { containers: [{ image: "nginx" }, { image: "busybox" }] } },
    { metadata: { name: "b" }, status: { phase: "Pending", conditions: [{ type: "Ready", status: "False" }] }, spec: { containers: [{ image: "redis" }] } },
  ],
};

test("a field path prints the value", () => {
  expect(renderJsonPath("{.items[0].metadata.name}", list)).toBe("a");
});

test("a wildcard prints every match separated by spaces", () => {
  expect(renderJsonPath("{.items[*].metadata.name}", list)).toBe("a b");
});

test("range with a quoted newline prints one line per item", () => {
  expect(renderJsonPath('{range .items[*]}{.metadata.name}{"\\t"}{.status.phase}{"\\n"}{end}', list)).toBe("a\tRunning\nb\tPending\n");
});

test("a filter selects list items by a field", () => {
  expect(renderJsonPath('{.items[*].status.conditions[?(@.type=="Ready")].status}', list)).toBe("True False");
});

test("escaped dots address label keys", () => {
  expect(renderJsonPath("{.items[0].metadata.labels.app\\.kubernetes\\.io/name}", list)).toBe("x");
});

test("recursive descent finds fields at any depth", () => {
  expect(renderJsonPath("{..image}", list)).toBe("nginx busybox redis");
});

test("maps print as compact JSON and missing fields print nothing", () => {
  expect(renderJsonPath("{.items[0].status.conditions[0]}|{.items[1].metadata.labels}|", list)).toBe('{"type":"Ready","status":"True"}||');
});

test("text outside braces is printed as is", () => {
  expect(renderJsonPath("name={.items[1].metadata.name}", list)).toBe("name=b");
});

test("negative index and slice", () => {
  expect(renderJsonPath("{.items[-1].metadata.name} {.items[0:1].metadata.name}", list)).toBe("b a");
});
