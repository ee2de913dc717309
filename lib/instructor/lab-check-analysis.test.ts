import { expect, test } from "vitest";

import { analyseLabs } from "./lab-check-analysis";

const lab = { slug: "heal", title: "Heal", checks: [{ id: "rs", title: "ReplicaSet exists" }, { id: "three", title: "Three pods run" }] };

test("counts learners who failed each check first time and those still failing it", () => {
  const pass = (id: string) => ({ id, passed: true });
  const fail = (id: string) => ({ id, passed: false });
  const [stats] = analyseLabs([lab], [
    { labSlug: "heal", first: [pass("rs"), fail("three")], latest: [pass("rs"), pass("three")] },
    { labSlug: "heal", first: [fail("rs"), fail("three")], latest: [pass("rs"), fail("three")] },
    { labSlug: "heal", first: [pass("rs")], latest: [pass("rs")] },
    { labSlug: "other", first: [fail("rs")], latest: [fail("rs")] },
  ]);
  expect(stats).toEqual({
    slug: "heal",
    title: "Heal",
    learners: 3,
    passedEventually: 1,
    checks: [
      { id: "rs", title: "ReplicaSet exists", failedFirst: 1, stillFailing: 0 },
      { id: "three", title: "Three pods run", failedFirst: 3, stillFailing: 2 },
    ],
  });
});
