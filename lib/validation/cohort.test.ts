import { expect, test } from "vitest";

import { createCohortSchema, joinCodeSchema } from "./cohort";

test("a join code is accepted in any case, with a dash or spaces", () => {
  expect(joinCodeSchema.parse("abcd-2345")).toBe("ABCD2345");
  expect(joinCodeSchema.parse(" ABCD 2345 ")).toBe("ABCD2345");
  expect(joinCodeSchema.safeParse("ABCD0O11").success).toBe(false);
});

test("a cohort needs a name, empty dates mean none, and it cannot end before it starts", () => {
  expect(createCohortSchema.parse({ name: " K8s team ", startsOn: "", endsOn: "2027-02-01" })).toEqual({
    name: "K8s team",
    startsOn: null,
    endsOn: "2027-02-01",
    requiredLessons: [],
    requiredLabs: [],
  });
  expect(createCohortSchema.safeParse({ name: "" }).success).toBe(false);
  const reversed = createCohortSchema.safeParse({ name: "x", startsOn: "2027-02-02", endsOn: "2027-02-01" });
  expect(reversed.error?.issues[0]?.path).toEqual(["endsOn"]);
});
