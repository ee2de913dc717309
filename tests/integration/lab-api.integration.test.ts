import "../support/use-test-database";

import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";

import { beforeEach, describe, expect, test, vi } from "vitest";

import { POST as submit } from "@/app/api/labs/[slug]/submissions/route";
import { findLab } from "@/lib/server/content/labs/load-labs";
import { getDb } from "@/lib/server/db";
import { createUser } from "@/lib/server/data/users/create-user";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import { transcriptFromScript } from "@/lib/server/grading/lab-script";

const viewer = vi.hoisted(() => ({ current: null as UserDto | null }));
vi.mock("@/lib/server/auth/current-user", () => ({ getCurrentUser: async () => viewer.current, hasRole: () => false }));

const SLUG = "run-and-expose-nginx";
const SEED = 1;

async function script(file: "proof.txt" | "near-miss.txt") {
  const lab = (await findLab(SLUG))!;
  return transcriptFromScript(lab, SEED, await readFile(path.join("content", "labs", SLUG, file), "utf8"));
}

// Each request comes from its own address, so the replay limit does not interfere between tests.
function post(slug: string, body: string) {
  return submit(
    new Request(`http://localhost/api/labs/${slug}/submissions`, { method: "POST", body, headers: { "x-forwarded-for": `10.0.${randomBytes(1)[0]}.${randomBytes(1)[0]}` } }),
    { params: Promise.resolve({ slug }) },
  );
}

type Outcome = { result: { passed: boolean; checks: { id: string; passed: boolean; reason?: string }[] }; stored: boolean; solution: string[] };

beforeEach(() => {
  viewer.current = null;
});

describe("POST /api/labs/<slug>/submissions", () => {
  test("a transcript that reaches the goal passes, and a signed-in learner's result is stored with it", async () => {
    viewer.current = await createUser({ email: `lab-${randomBytes(4).toString("hex")}@example.com`, firstAccountBecomesAdmin: false });
    const response = await post(SLUG, JSON.stringify({ seed: SEED, transcript: await script("proof.txt") }));
    expect(response.status).toBe(201);
    const outcome = (await response.json()) as Outcome;
    expect(outcome.result.passed).toBe(true);
    expect(outcome.result.checks.every((c) => c.passed)).toBe(true);
    expect(outcome.stored).toBe(true);
    expect(outcome.solution.length).toBeGreaterThan(0);
    const rows = await getDb().labSubmission.findMany({ where: { userId: viewer.current.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ labSlug: SLUG, seed: SEED, passed: true });
  });

  test("a near miss fails, and each failing check says why", async () => {
    const outcome = (await (await post(SLUG, JSON.stringify({ seed: SEED, transcript: await script("near-miss.txt") }))).json()) as Outcome;
    expect(outcome.result.passed).toBe(false);
    const failed = outcome.result.checks.filter((c) => !c.passed);
    expect(failed.length).toBeGreaterThan(0);
    for (const check of failed) expect(check.reason, check.id).toMatch(/\w+ \w+/);
    expect(outcome.stored).toBe(false);
  });

  test("what the browser claims is not trusted: a forged pass is refused, an empty transcript fails", async () => {
    viewer.current = await createUser({ email: `forger-${randomBytes(4).toString("hex")}@example.com`, firstAccountBecomesAdmin: false });
    const forged = await post(SLUG, JSON.stringify({ seed: SEED, transcript: [], passed: true, result: { passed: true } }));
    expect(forged.status).toBe(400);
    const empty = (await (await post(SLUG, JSON.stringify({ seed: SEED, transcript: [] }))).json()) as Outcome;
    expect(empty.result.passed).toBe(false);
    const rows = await getDb().labSubmission.findMany({ where: { userId: viewer.current.id } });
    expect(rows.map((r) => r.passed)).toEqual([false]);
  });

  test("bad input: malformed 400, unknown lab 404, too many commands or bytes 413, nothing stored", async () => {
    viewer.current = await createUser({ email: `bad-${randomBytes(4).toString("hex")}@example.com`, firstAccountBecomesAdmin: false });
    expect((await post(SLUG, "{oops")).status).toBe(400);
    const backwards = await post(SLUG, JSON.stringify({ seed: 1, transcript: [{ at: 20, line: "kubectl get pods" }, { at: 10, line: "kubectl get nodes" }] }));
    expect(backwards.status).toBe(400);
    expect(((await backwards.json()) as { message: string }).message).toContain("backwards");
    expect((await post(SLUG, JSON.stringify({ seed: "one", transcript: [] }))).status).toBe(400);
    expect((await post("no-such-lab", JSON.stringify({ seed: 1, transcript: [] }))).status).toBe(404);
    const many = Array.from({ length: 2_001 }, (_, i) => ({ at: i, line: "kubectl get pods" }));
    expect((await post(SLUG, JSON.stringify({ seed: 1, transcript: many }))).status).toBe(413);
    const huge = [{ at: 0, line: "x".repeat(9_000) }, ...Array.from({ length: 40 }, (_, i) => ({ at: i + 1, line: "y".repeat(9_000) }))];
    expect((await post(SLUG, JSON.stringify({ seed: 1, transcript: huge }))).status).toBe(413);
    expect(await getDb().labSubmission.count({ where: { userId: viewer.current.id } })).toBe(0);
  });

  test("replays are rate-limited per learner", async () => {
    viewer.current = await createUser({ email: `busy-${randomBytes(4).toString("hex")}@example.com`, firstAccountBecomesAdmin: false });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await post(SLUG, JSON.stringify({ seed: 1, transcript: [{ at: 0, line: "kubectl get pods" }] }))).status);
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
