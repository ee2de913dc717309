import { expect, test } from "vitest";
import { basicToJs } from "./grep";

test("basic regular expressions treat + ? | ( ) { } literally unless escaped", () => {
  expect(basicToJs("a+b")).toBe("a\\+b");
  expect(basicToJs("a\\|b")).toBe("a|b");
  expect(basicToJs("x\\{2\\}")).toBe("x{2}");
});
