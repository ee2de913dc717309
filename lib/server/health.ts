import "server-only";

import { pingDatabase } from "@/lib/server/data/health/ping-database";

export type Health = { status: "ok"; database: "reachable" } | { status: "error"; database: "unreachable"; reason: string };

const PING_TIMEOUT_MS = 3_000;

export async function checkHealth(): Promise<Health> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${PING_TIMEOUT_MS} ms`)), PING_TIMEOUT_MS);
  });
  try {
    await Promise.race([pingDatabase(), timeout]);
    return { status: "ok", database: "reachable" };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { status: "error", database: "unreachable", reason: `The database did not answer: ${detail}` };
  } finally {
    clearTimeout(timer);
  }
}
