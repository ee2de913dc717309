// Recording answers and submitting attempts through the HTTP API against a real Postgres:
// requests per second and latency percentiles under concurrent signed-in clients (autocannon).
// Needs a production build (npm run build) and a Postgres server (DATABASE_URL, default the
// local one); it works in a fresh database that it drops at the end.
// Usage: npm run bench:quiz [-- --connections 50 --duration 10]
import autocannon from "autocannon";

import { withBenchSite } from "./lib/bench-site";

const arg = (name: string, fallback: number) => Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback;
const CONNECTIONS = arg("connections", 50);
const DURATION = arg("duration", 10);
const SUBMITS_PER_CLIENT = arg("submits", 20);
const ITEM = "pod-containers-share-localhost";

async function startAttempt(base: string, cookie: string, mode: "exam" | "practice"): Promise<string> {
  const response = await fetch(`${base}/api/quizzes/pods/attempts`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ mode }) });
  if (response.status !== 201) throw new Error(`starting an attempt answered ${response.status}`);
  return ((await response.json()) as { attemptId: string }).attemptId;
}

function report(title: string, result: autocannon.Result): void {
  const non2xx = result.non2xx + result.errors + result.timeouts;
  process.stdout.write(
    `${title}: ${Math.round(result.requests.average)} req/s, latency p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms` +
      ` (${result.requests.total} requests, ${non2xx} not 2xx)\n`,
  );
}

async function main(): Promise<void> {
  await withBenchSite(CONNECTIONS, async ({ base, cookies }) => {
    // Warm the routes (compiled bank, exhibits, database pool) before measuring.
    const warm = await startAttempt(base, cookies[0]!, "exam");
    await fetch(`${base}/api/attempts/${warm}/responses/${ITEM}`, { method: "PUT", headers: { cookie: cookies[0]!, "content-type": "application/json" }, body: JSON.stringify({ choice: "o1" }) });

    // The floor: the cheapest route (one SELECT 1, no session) under the same load, for comparison.
    const floor = await autocannon({ url: `${base}/api/health`, connections: CONNECTIONS, duration: DURATION });
    report(`GET /api/health, the floor (${CONNECTIONS} clients, ${DURATION} s)`, floor);

    const examAttempts = await Promise.all(cookies.map((cookie) => startAttempt(base, cookie, "exam")));
    let nextClient = 0;
    const record = await autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: DURATION,
      initialContext: {},
      requests: [
        {
          method: "PUT",
          setupRequest(req, context) {
            // Each connection is one learner changing the answer of their exam attempt, so every request writes.
            const ctx = context as { client?: number; flip?: boolean };
            ctx.client ??= nextClient++ % CONNECTIONS;
            ctx.flip = !ctx.flip;
            const client = ctx.client;
            return {
              ...req,
              path: `/api/attempts/${examAttempts[client]}/responses/${ITEM}`,
              headers: { ...req.headers, cookie: cookies[client]!, "content-type": "application/json" },
              body: JSON.stringify({ choice: ctx.flip ? "o1" : "o2" }),
            };
          },
        },
      ],
    });
    report(`PUT answer (${CONNECTIONS} clients, ${DURATION} s)`, record);

    const toSubmit: string[][] = [];
    for (let c = 0; c < CONNECTIONS; c++) {
      toSubmit.push(await Promise.all(Array.from({ length: SUBMITS_PER_CLIENT }, () => startAttempt(base, cookies[c]!, "exam"))));
    }
    nextClient = 0;
    const submit = await autocannon({
      url: base,
      connections: CONNECTIONS,
      amount: CONNECTIONS * SUBMITS_PER_CLIENT,
      initialContext: {},
      requests: [
        {
          method: "POST",
          setupRequest(req, context) {
            const ctx = context as { client?: number };
            ctx.client ??= nextClient++ % CONNECTIONS;
            const client = ctx.client;
            const attempt = toSubmit[client]!.pop();
            return { ...req, path: `/api/attempts/${attempt}/submit`, headers: { ...req.headers, cookie: cookies[client]! } };
          },
        },
      ],
    });
    report(`POST submit (${CONNECTIONS} clients, ${CONNECTIONS * SUBMITS_PER_CLIENT} attempts)`, submit);
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
