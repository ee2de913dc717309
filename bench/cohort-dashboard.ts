// A cohort of 1,000 learners with 18 lessons and 10 quiz attempts each (about 200,000 item
// responses) in a fresh database on a real Postgres server (DATABASE_URL, default the local one),
// dropped at the end. Times the dashboard's data and the item analysis of every quiz through the
// same service functions the pages and the API call, and streams the responses CSV while
// sampling the process's memory.
// Usage: npm run bench:cohort [-- --learners 1000 --attempts 10 --runs 9]
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

import pg from "pg";

import { migrateDeploy } from "../scripts/lib/prisma-cli";
import { median } from "./lib/bench-support";

const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback;
const LEARNERS = arg("learners", 1000);
const ATTEMPTS_PER_LEARNER = arg("attempts", 10);
const RUNS = arg("runs", 9);
const LABS_PER_LEARNER = 2;
const DAY_MS = 24 * 60 * 60 * 1000;
const ROWS_PER_INSERT = 10_000;

const serverUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

// Seeded so every run builds the same cohort (mulberry32).
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(42);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
const id = (prefix: string, n: number) => `${prefix}${n.toString(36).padStart(8, "0")}`;

type Column = { name: string; type: string };

/** Inserts rows column-wise through unnest(), ROWS_PER_INSERT at a time. */
async function insert(client: pg.Client, table: string, columns: Column[], rows: unknown[][]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const batch = rows.slice(start, start + ROWS_PER_INSERT);
    const names = columns.map((c) => `"${c.name}"`).join(", ");
    const unnest = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ");
    await client.query(`INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${unnest})`, columns.map((_, i) => batch.map((row) => row[i])));
  }
}

async function seed(client: pg.Client): Promise<{ instructorId: string; cohortId: string; responses: number }> {
  const { loadQuizzes } = await import("../lib/server/content/quizzes/load-banks");
  const { loadLabs } = await import("../lib/server/content/labs/load-labs");
  const [quizzes, labs] = await Promise.all([loadQuizzes(), loadLabs()]);
  const now = Date.now();
  const instructorId = "cbenchinstructor";
  const cohortId = "cbenchcohort";
  const users: unknown[][] = [[instructorId, "instructor@bench.example", "Instructor", "INSTRUCTOR", new Date(now), new Date(now)]];
  const members: unknown[][] = [];
  const lessons: unknown[][] = [];
  const attempts: unknown[][] = [];
  const responses: unknown[][] = [];
  const submissions: unknown[][] = [];
  let attemptN = 0;
  let responseN = 0;
  for (let u = 0; u < LEARNERS; u++) {
    const userId = id("cbenchuser", u);
    const ability = random();
    const lastActive = now - Math.floor(random() * 14 * DAY_MS);
    users.push([userId, `learner${u}@bench.example`, `Learner ${u}`, "LEARNER", new Date(now - 40 * DAY_MS), new Date(now)]);
    members.push([cohortId, userId, new Date(now - 30 * DAY_MS)]);
    quizzes.forEach((quiz, i) => {
      const done = random() < 0.3 + ability * 0.6;
      const at = new Date(lastActive - (quizzes.length - i) * DAY_MS * random());
      lessons.push([id("cbenchlp", u * 100 + i), userId, quiz.slug, done ? "DONE" : "IN_PROGRESS", at, done ? at : null, at]);
    });
    for (let a = 0; a < ATTEMPTS_PER_LEARNER; a++) {
      const quiz = pick(quizzes);
      const attemptId = id("cbenchattempt", attemptN++);
      const startedAt = new Date(lastActive - (ATTEMPTS_PER_LEARNER - a) * DAY_MS * random());
      let total = 0;
      for (const item of quiz.items) {
        const correct = random() < 0.25 + ability * 0.7;
        total += correct ? 1 : 0;
        const answer =
          "options" in item
            ? item.type === "multiple"
              ? { choices: item.options.filter((o) => o.correct === correct).map((o) => o.id) }
              : { choice: (correct ? item.options.find((o) => o.correct) : pick(item.options.filter((o) => !o.correct)))!.id }
            : { command: correct ? "kubectl get pods" : "kubectl get pod" };
        responses.push([id("cbenchresp", responseN++), attemptId, item.id, JSON.stringify(answer), correct ? 1 : 0, correct, startedAt, startedAt]);
      }
      attempts.push([attemptId, userId, quiz.slug, a % 3 === 0 ? "EXAM" : "PRACTICE", 1, startedAt, new Date(startedAt.getTime() + 600_000), Math.round((1000 * total) / quiz.items.length) / 10]);
    }
    for (let s = 0; s < LABS_PER_LEARNER; s++) {
      const lab = pick(labs);
      const checks = lab.checks.map((c) => ({ id: c.id, title: c.title, passed: random() < 0.4 + ability * 0.5 + s * 0.2 }));
      const passed = checks.every((c) => c.passed);
      submissions.push([id(`cbenchlab${s}`, u), userId, lab.slug, 1, JSON.stringify([{ at: 0, line: "kubectl get pods" }]), passed, JSON.stringify({ passed, checks }), new Date(lastActive - (2 - s) * DAY_MS)]);
    }
  }
  const text = (name: string) => ({ name, type: "text" });
  const ts = (name: string) => ({ name, type: "timestamp" });
  await insert(client, "User", [text("id"), text("email"), text("name"), { name: "role", type: '"Role"' }, ts("createdAt"), ts("updatedAt")], users);
  await client.query(`INSERT INTO "Cohort" ("id", "ownerId", "name", "requiredLessons", "requiredLabs", "joinCode") VALUES ($1, $2, 'Benchmark cohort', '{}', '{}', 'BENCH234')`, [cohortId, instructorId]);
  await insert(client, "CohortMembership", [text("cohortId"), text("userId"), ts("joinedAt")], members);
  await insert(client, "LessonProgress", [text("id"), text("userId"), text("lessonSlug"), { name: "status", type: '"LessonStatus"' }, ts("firstOpenedAt"), ts("completedAt"), ts("updatedAt")], lessons);
  await insert(client, "QuizAttempt", [text("id"), text("userId"), text("quizSlug"), { name: "mode", type: '"AttemptMode"' }, { name: "seed", type: "int" }, ts("startedAt"), ts("submittedAt"), { name: "score", type: "float8" }], attempts);
  await insert(client, "ItemResponse", [text("id"), text("attemptId"), text("itemId"), { name: "answer", type: "jsonb" }, { name: "score", type: "float8" }, { name: "correct", type: "bool" }, ts("answeredAt"), ts("updatedAt")], responses);
  // Responses are inserted directly, so their tally is counted the way the migration backfills it.
  await client.query(`
    INSERT INTO "ItemTally" ("userId", "itemId", "answers", "right")
    SELECT a."userId", r."itemId", count(*)::int, (count(*) FILTER (WHERE r."correct"))::int
    FROM "QuizAttempt" a JOIN "ItemResponse" r ON r."attemptId" = a."id"
    WHERE a."mode" = 'PRACTICE' OR a."submittedAt" IS NOT NULL
    GROUP BY a."userId", r."itemId"`);
  await insert(client, "LabSubmission", [text("id"), text("userId"), text("labSlug"), { name: "seed", type: "int" }, { name: "transcript", type: "jsonb" }, { name: "passed", type: "bool" }, { name: "results", type: "jsonb" }, ts("createdAt")], submissions);
  await client.query("VACUUM ANALYZE");
  return { instructorId, cohortId, responses: responses.length };
}

async function time(run: () => Promise<unknown>): Promise<number[]> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Runs in a child process so its memory figures are not those of the seeding arrays, and its pool closes with it. */
async function measure(instructorId: string, cohortId: string): Promise<void> {
  const { getUserById } = await import("../lib/server/data/users/get-user-by-id");
  const { loadCohortDashboard } = await import("../lib/server/cohorts/cohort-dashboard");
  const { loadQuizItemAnalysis } = await import("../lib/server/cohorts/quiz-item-analysis");
  const { exportResponsesCsv } = await import("../lib/server/cohorts/csv-exports");
  const { loadQuizzes } = await import("../lib/server/content/quizzes/load-banks");
  const viewer = await getUserById({ id: instructorId });

  const dashboard = await time(() => loadCohortDashboard(viewer, cohortId));
  process.stdout.write(`Dashboard data (roster, heatmap, concepts, completions): median ${ms(median(dashboard))}, max ${ms(Math.max(...dashboard))} over ${RUNS} runs.\n`);

  const perQuiz: { slug: string; median: number; max: number }[] = [];
  for (const quiz of await loadQuizzes()) {
    const samples = await time(() => loadQuizItemAnalysis(viewer, cohortId, quiz.slug));
    perQuiz.push({ slug: quiz.slug, median: median(samples), max: Math.max(...samples) });
  }
  const worst = perQuiz.reduce((a, b) => (b.median > a.median ? b : a));
  process.stdout.write(`Item analysis, per quiz: median of medians ${ms(median(perQuiz.map((q) => q.median)))}, slowest quiz ${worst.slug} median ${ms(worst.median)} (max ${ms(worst.max)}).\n`);

  global.gc?.();
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  const csvStart = performance.now();
  const file = await exportResponsesCsv(viewer, cohortId);
  const reader = file.stream.getReader();
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (const b of value) if (b === 10) lines++;
  }
  clearInterval(sampler);
  process.stdout.write(
    `Responses CSV: ${lines - 1} rows, ${mb(bytes)} in ${ms(performance.now() - csvStart)}; heap ${mb(baseline.heapUsed)} before, peak ${mb(peakHeap)}; RSS ${mb(baseline.rss)} before, peak ${mb(peakRss)}.\n`,
  );
}

function runChild(databaseUrl: string, instructorId: string, cohortId: string): Promise<void> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--measure", instructorId, cohortId, "--runs", String(RUNS)], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: "inherit",
  });
  return new Promise((resolve, reject) => child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`the measuring process exited with ${code}`)))));
}

async function main(): Promise<void> {
  const measuring = process.argv.indexOf("--measure");
  if (measuring !== -1) return measure(process.argv[measuring + 1]!, process.argv[measuring + 2]!);
  const name = `academy_bench_cohort_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    await migrateDeploy(url.toString());
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const seedStart = performance.now();
    const { instructorId, cohortId, responses } = await seed(client);
    await client.end();
    process.stdout.write(`Seeded ${LEARNERS} learners, ${LEARNERS * ATTEMPTS_PER_LEARNER} attempts, ${responses} item responses in ${ms(performance.now() - seedStart)}.\n`);
    await runChild(url.toString(), instructorId, cohortId);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
