import { expect, test } from "vitest";
import { formatLabelSelector, parseLabelSelector } from "./selectors";
import { parseFieldSelector } from "./field-selectors";

const labels = { app: "web", tier: "frontend" };

test.each([
  ["app=web", true],
  ["app==web", true],
  ["app!=web", false],
  ["app in (web,db)", true],
  ["app notin (web)", false],
  ["tier", true],
  ["!tier", false],
  ["app=web,tier in (backend)", false],
  ["missing!=x", true],
  ["", true],
])("%s matches app=web,tier=frontend: %s", (sel, want) => {
  expect(parseLabelSelector(sel).matches(labels)).toBe(want);
});

test("a malformed selector is a bad request", () => {
  expect(() => parseLabelSelector("app=(web")).toThrow("unable to parse requirement: found 'app=(web'");
});

test("LabelSelector objects format as kubectl prints them", () => {
  expect(formatLabelSelector({ matchLabels: { tier: "fe", app: "web" } })).toBe("app=web,tier=fe");
  expect(formatLabelSelector({ matchExpressions: [{ key: "env", operator: "In", values: ["prod", "dev"] }, { key: "x", operator: "DoesNotExist" }] })).toBe("env in (dev,prod),!x");
  expect(formatLabelSelector({})).toBe("<none>");
});

test("field selectors accept = == != on supported fields", () => {
  expect(parseFieldSelector("pods", "spec.nodeName==n1,status.phase!=Running").requirements).toEqual([
    { field: "spec.nodeName", op: "=", value: "n1" },
    { field: "status.phase", op: "!=", value: "Running" },
  ]);
});
