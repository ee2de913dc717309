import { describe, expect, it } from "vitest";

import { flat } from "./strings";

describe("flat", () => {
  it("gives the same text as the template literal", () => {
    const name = "web-7d4b9c8f5-abcde";
    const node = 3;
    expect(flat`Successfully assigned default/${name} to node0${node}`).toBe(`Successfully assigned default/${name} to node0${node}`);
    expect(flat`${name}`).toBe(name);
    expect(flat`no values`).toBe("no values");
    expect(flat`${undefined}-${null}-${1.5}`).toBe("undefined-null-1.5");
  });
});
