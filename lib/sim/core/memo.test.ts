import { expect, test } from "vitest";
import { memoizeByString } from "./memo";

test("answers are computed once per key, and the cache starts over at its limit", () => {
  const calls: string[] = [];
  const length = memoizeByString((s: string) => {
    calls.push(s);
    return s.length;
  }, 2);
  expect([length("a"), length("bb"), length("a")]).toEqual([1, 2, 1]);
  expect(calls).toEqual(["a", "bb"]);
  length("ccc");
  length("a");
  expect(calls).toEqual(["a", "bb", "ccc", "a"]);
});
