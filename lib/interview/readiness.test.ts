import { expect, test } from "vitest";

import { readinessVerdict } from "./readiness";

const modules = (...scores: number[]) => scores.map((score) => ({ score }));

test("ready needs 75% overall and 60% in every module", () => {
  expect(readinessVerdict({ overall: 75, modules: modules(60, 90, 80) })).toBe("ready");
  expect(readinessVerdict({ overall: 90, modules: modules(59, 100, 100) })).toBe("almost");
});

test("almost ready needs 60% overall and 40% in every module", () => {
  expect(readinessVerdict({ overall: 74.9, modules: modules(80, 70) })).toBe("almost");
  expect(readinessVerdict({ overall: 60, modules: modules(40, 80) })).toBe("almost");
  expect(readinessVerdict({ overall: 70, modules: modules(39, 100) })).toBe("not-yet");
});

test("below 60% overall is not ready, however strong one module is", () => {
  expect(readinessVerdict({ overall: 59.9, modules: modules(100, 50) })).toBe("not-yet");
});
