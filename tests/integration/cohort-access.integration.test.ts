import "../support/use-test-database";

import { beforeEach, describe, expect, test, vi } from "vitest";

import { PUT as setRole } from "@/app/api/admin/users/[id]/role/route";
import { GET as listUsers } from "@/app/api/admin/users/route";
import { GET as getAttempt } from "@/app/api/attempts/[id]/route";
import { POST as archive } from "@/app/api/cohorts/[id]/archive/route";
import { GET as exportResponses } from "@/app/api/cohorts/[id]/export/responses/route";
import { GET as exportRoster } from "@/app/api/cohorts/[id]/export/roster/route";
import { GET as itemAnalysis } from "@/app/api/cohorts/[id]/item-analysis/route";
import { POST as rotateCode } from "@/app/api/cohorts/[id]/join-code/route";
import { GET as labAnalysis } from "@/app/api/cohorts/[id]/lab-analysis/route";
import { GET as learnerDetail } from "@/app/api/cohorts/[id]/learners/[userId]/route";
import { GET as dashboard } from "@/app/api/cohorts/[id]/route";
import { GET as listCohorts, POST as createCohort } from "@/app/api/cohorts/route";
import { DELETE as leave } from "@/app/api/memberships/[cohortId]/route";
import { GET as myCohorts, POST as join } from "@/app/api/memberships/route";
import { createQuizAttempt } from "@/lib/server/data/quiz-attempts/create-quiz-attempt";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import type { CohortDashboard, CohortSummary } from "@/lib/instructor/cohort.types";

import { base, jsonRequest, newUser, params } from "../support/cohort-fixtures";

const viewer = vi.hoisted(() => ({ current: null as UserDto | null }));
vi.mock("@/lib/server/auth/current-user", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/auth/current-user")>()),
  getCurrentUser: async () => viewer.current,
}));

beforeEach(() => {
  viewer.current = null;
});

async function createAs(instructor: UserDto, body: unknown = { name: "Platform team" }): Promise<CohortSummary> {
  viewer.current = instructor;
  const response = await createCohort(jsonRequest("/api/cohorts", "POST", body));
  expect(response.status).toBe(201);
  return (await response.json()) as CohortSummary;
}

async function joinAs(learner: UserDto, code: string): Promise<Response> {
  viewer.current = learner;
  return join(jsonRequest("/api/memberships", "POST", { code }));
}

/** Every instructor endpoint about one cohort (and one of its learners), called as the current viewer. */
function cohortEndpoints(cohortId: string, userId: string): [string, () => Promise<Response>][] {
  const id = { id: cohortId };
  return [
    ["dashboard", () => dashboard(new Request(`${base}/x`), params(id))],
    ["item analysis", () => itemAnalysis(new Request(`${base}/x?quiz=pods`), params(id))],
    ["lab analysis", () => labAnalysis(new Request(`${base}/x`), params(id))],
    ["learner", () => learnerDetail(new Request(`${base}/x`), params({ id: cohortId, userId }))],
    ["roster csv", () => exportRoster(new Request(`${base}/x`), params(id))],
    ["responses csv", () => exportResponses(new Request(`${base}/x`), params(id))],
    ["rotate", () => rotateCode(new Request(`${base}/x`, { method: "POST" }), params(id))],
    ["archive", () => archive(new Request(`${base}/x`, { method: "POST" }), params(id))],
  ];
}

async function statuses(endpoints: [string, () => Promise<Response>][]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, call] of endpoints) out[name] = (await call()).status;
  return out;
}

const every = (status: number, names: string[]) => Object.fromEntries(names.map((n) => [n, status]));

describe("creating and joining", () => {
  test("an instructor creates a cohort with required lessons; a learner joins with the code in any case and sees it", async () => {
    const instructor = await newUser("instructor");
    const cohort = await createAs(instructor, { name: "Bootcamp", startsOn: "2027-01-04", endsOn: "2027-02-26", requiredLessons: ["pods", "etcd"], requiredLabs: ["run-and-expose-nginx"] });
    expect(cohort).toMatchObject({ name: "Bootcamp", startsOn: "2027-01-04", members: 0, archived: false });
    expect(cohort.requiredLessons.map((l) => l.slug)).toEqual(["pods", "etcd"]);
    expect(cohort.joinCode).toMatch(/^[A-Z2-9]{8}$/);

    const learner = await newUser();
    const joined = await joinAs(learner, `${cohort.joinCode.slice(0, 4).toLowerCase()}-${cohort.joinCode.slice(4)}`);
    expect(joined.status).toBe(201);
    expect((await joinAs(learner, cohort.joinCode)).status).toBe(200);
    const mine = (await (await myCohorts()).json()) as { cohorts: { cohortId: string; name: string }[] };
    expect(mine.cohorts).toMatchObject([{ cohortId: cohort.id, name: "Bootcamp" }]);

    viewer.current = instructor;
    const listed = (await (await listCohorts()).json()) as { cohorts: CohortSummary[] };
    expect(listed.cohorts).toMatchObject([{ id: cohort.id, members: 1 }]);
  });

  test("bad input is 400 and names the field", async () => {
    viewer.current = await newUser("instructor");
    const noName = await createCohort(jsonRequest("/api/cohorts", "POST", { name: " " }));
    expect(noName.status).toBe(400);
    expect(await noName.json()).toMatchObject({ field: "name" });
    const unknownLesson = await createCohort(jsonRequest("/api/cohorts", "POST", { name: "x", requiredLessons: ["no-such-lesson"] }));
    expect(await unknownLesson.json()).toMatchObject({ field: "requiredLessons" });
    const badCode = await join(jsonRequest("/api/memberships", "POST", { code: "nope" }));
    expect(badCode.status).toBe(400);
  });

  test("a rotated code stops working, an archived cohort takes nobody, and a guest must sign in", async () => {
    const instructor = await newUser("instructor");
    const cohort = await createAs(instructor);
    const rotated = (await (await rotateCode(new Request(`${base}/x`, { method: "POST" }), params({ id: cohort.id }))).json()) as CohortSummary;
    expect(rotated.joinCode).not.toBe(cohort.joinCode);
    expect((await joinAs(await newUser(), cohort.joinCode)).status).toBe(404);
    expect((await joinAs(await newUser(), rotated.joinCode)).status).toBe(201);

    viewer.current = instructor;
    expect(((await (await archive(new Request(`${base}/x`, { method: "POST" }), params({ id: cohort.id }))).json()) as CohortSummary).archived).toBe(true);
    expect((await rotateCode(new Request(`${base}/x`, { method: "POST" }), params({ id: cohort.id }))).status).toBe(409);
    expect((await joinAs(await newUser(), rotated.joinCode)).status).toBe(404);

    viewer.current = null;
    expect((await join(jsonRequest("/api/memberships", "POST", { code: rotated.joinCode }))).status).toBe(401);
    expect((await myCohorts()).status).toBe(401);
  });
});

describe("who sees what", () => {
  test("a learner gets 403 from every instructor and admin API, even for a cohort they are in; a guest gets 401", async () => {
    const cohort = await createAs(await newUser("instructor"));
    const learner = await newUser();
    await joinAs(learner, cohort.joinCode);
    const endpoints = cohortEndpoints(cohort.id, learner.id);
    const names = endpoints.map(([n]) => n);
    viewer.current = learner;
    expect(await statuses(endpoints)).toEqual(every(403, names));
    expect((await listCohorts()).status).toBe(403);
    expect((await createCohort(jsonRequest("/api/cohorts", "POST", { name: "mine" }))).status).toBe(403);
    expect((await listUsers(new Request(`${base}/api/admin/users`))).status).toBe(403);
    expect((await setRole(jsonRequest("/x", "PUT", { role: "instructor" }), params({ id: learner.id }))).status).toBe(403);
    viewer.current = null;
    expect(await statuses(endpoints)).toEqual(every(401, names));
  });

  test("another instructor, a made-up cohort id and a learner outside the cohort all get 404", async () => {
    const owner = await newUser("instructor");
    const cohort = await createAs(owner);
    const member = await newUser();
    await joinAs(member, cohort.joinCode);

    viewer.current = await newUser("instructor");
    const names = cohortEndpoints(cohort.id, member.id).map(([n]) => n);
    expect(await statuses(cohortEndpoints(cohort.id, member.id))).toEqual(every(404, names));
    viewer.current = owner;
    expect(await statuses(cohortEndpoints("cnotarealcohortid0000000", member.id))).toEqual(every(404, names));
    expect(await statuses(cohortEndpoints("../../etc", member.id))).toEqual(every(404, names));

    const stranger = await newUser();
    expect((await learnerDetail(new Request(`${base}/x`), params({ id: cohort.id, userId: stranger.id }))).status).toBe(404);
    expect((await learnerDetail(new Request(`${base}/x`), params({ id: cohort.id, userId: member.id }))).status).toBe(200);
  });

  test("an instructor sees a member's attempts only while they are a member; a learner never sees another's", async () => {
    const owner = await newUser("instructor");
    const cohort = await createAs(owner);
    const member = await newUser("learner", "Ada");
    await joinAs(member, cohort.joinCode);
    const attempt = await createQuizAttempt({ userId: member.id, quizSlug: "pods", mode: "practice", seed: 3 });
    const view = () => getAttempt(new Request(`${base}/x`), params({ id: attempt.id }));

    viewer.current = owner;
    expect((await view()).status).toBe(200);
    const board = (await (await dashboard(new Request(`${base}/x`), params({ id: cohort.id }))).json()) as CohortDashboard;
    expect(board.roster.map((r) => r.name)).toEqual(["Ada"]);

    viewer.current = await newUser("instructor");
    expect((await view()).status).toBe(404);
    viewer.current = await newUser();
    expect((await view()).status).toBe(404);

    viewer.current = member;
    expect((await leave(new Request(`${base}/x`, { method: "DELETE" }), params({ cohortId: cohort.id }))).status).toBe(204);
    expect((await leave(new Request(`${base}/x`, { method: "DELETE" }), params({ cohortId: cohort.id }))).status).toBe(404);

    viewer.current = owner;
    expect((await view()).status).toBe(404);
    expect((await learnerDetail(new Request(`${base}/x`), params({ id: cohort.id, userId: member.id }))).status).toBe(404);
    const after = (await (await dashboard(new Request(`${base}/x`), params({ id: cohort.id }))).json()) as CohortDashboard;
    expect(after.roster).toEqual([]);
    const csv = await (await exportResponses(new Request(`${base}/x`), params({ id: cohort.id }))).text();
    expect(csv).not.toContain(member.email);
  });
});

describe("admin", () => {
  test("an admin makes a learner an instructor, who can then create cohorts; an admin cannot demote themselves", async () => {
    const admin = await newUser("admin");
    const learner = await newUser();
    viewer.current = admin;
    const found = (await (await listUsers(new Request(`${base}/api/admin/users?q=${encodeURIComponent(learner.email)}`))).json()) as { users: { id: string }[] };
    expect(found.users.map((u) => u.id)).toEqual([learner.id]);
    const changed = await setRole(jsonRequest("/x", "PUT", { role: "instructor" }), params({ id: learner.id }));
    expect(await changed.json()).toMatchObject({ id: learner.id, role: "instructor" });
    expect((await setRole(jsonRequest("/x", "PUT", { role: "boss" }), params({ id: learner.id }))).status).toBe(400);
    expect((await setRole(jsonRequest("/x", "PUT", { role: "learner" }), params({ id: admin.id }))).status).toBe(409);
    expect((await setRole(jsonRequest("/x", "PUT", { role: "learner" }), params({ id: "cnosuchuser" }))).status).toBe(404);

    await createAs({ ...learner, role: "instructor" });
  });
});
