import "server-only";

import { loadQuizzes } from "@/lib/server/content/quizzes/load-banks";
import { listCohortMembers } from "@/lib/server/data/cohorts/list-cohort-members";
import { listResponsesOfUsers } from "@/lib/server/data/cohorts/list-responses-of-users";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import { csvRow, type CsvCell } from "@/lib/instructor/csv";

import { requireOwnCohort } from "./access";
import { loadCohortDashboard } from "./cohort-dashboard";

export type CsvExport = { filename: string; stream: ReadableStream<Uint8Array> };

// Members whose responses are read per query: about 130-200 responses each keeps a batch to a few thousand rows.
const MEMBERS_PER_BATCH = 20;
// Roster rows encoded per pull; the roster itself is one row per member, already aggregated.
const ROSTER_ROWS_PER_CHUNK = 200;

/** A file name from the cohort's name that every operating system and spreadsheet accepts. */
export function exportFilename(cohortName: string, what: string): string {
  const base = cohortName.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "").toLowerCase().slice(0, 60) || "cohort";
  return `${base}-${what}-${new Date().toISOString().slice(0, 10)}.csv`;
}

/** Pulls one chunk of text per read, so the reader's pace decides how much is in memory. */
function pullStream(next: () => Promise<string | null>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = await next();
      if (chunk === null) controller.close();
      else controller.enqueue(encoder.encode(chunk));
    },
  });
}

export async function exportRosterCsv(viewer: UserDto | null, cohortId: string): Promise<CsvExport> {
  const dashboard = await loadCohortDashboard(viewer, cohortId);
  const { lessons, roster } = dashboard;
  const header: CsvCell[] = ["name", "email", "joined_at", "last_active_at", "lessons_done", "lessons_tracked", "labs_passed", "labs_tracked", "needs_attention", ...lessons.map((l) => `best_score_${l.slug}`)];
  let index = -1;
  return {
    filename: exportFilename(dashboard.cohort.name, "roster"),
    stream: pullStream(async () => {
      if (index === -1) {
        index = 0;
        return csvRow(header);
      }
      if (index >= roster.length) return null;
      const rows = roster.slice(index, index + ROSTER_ROWS_PER_CHUNK);
      index += rows.length;
      return rows
        .map((r) =>
          csvRow([r.name, r.email, r.joinedAt, r.lastActiveAt, r.lessonsDone, lessons.length, r.labsPassed, dashboard.labs.length, r.attention.join(" "), ...lessons.map((l) => r.bestScores[l.slug] ?? null)]),
        )
        .join("");
    }),
  };
}

const RESPONSE_HEADER = ["name", "email", "quiz", "attempt_id", "mode", "attempt_started_at", "attempt_submitted_at", "item_id", "concepts", "answer", "score", "correct", "answered_at"];

/** One row per item response of every current member, read from the database a batch of members at a time. */
export async function exportResponsesCsv(viewer: UserDto | null, cohortId: string): Promise<CsvExport> {
  const { cohort } = await requireOwnCohort(viewer, cohortId);
  const [members, quizzes] = await Promise.all([listCohortMembers({ cohortId: cohort.id }), loadQuizzes()]);
  const concepts = new Map(quizzes.flatMap((q) => q.items.map((i) => [i.id, i.concepts.join(" ")] as const)));
  const byId = new Map(members.map((m) => [m.userId, m]));
  let next = -1;
  return {
    filename: exportFilename(cohort.name, "responses"),
    stream: pullStream(async () => {
      if (next === -1) {
        next = 0;
        return csvRow(RESPONSE_HEADER);
      }
      while (next < members.length) {
        const batch = members.slice(next, next + MEMBERS_PER_BATCH);
        next += batch.length;
        const rows = await listResponsesOfUsers({ userIds: batch.map((m) => m.userId) });
        if (rows.length === 0) continue;
        return rows
          .map((r) => {
            const member = byId.get(r.userId)!;
            return csvRow([
              member.name ?? "",
              member.email,
              r.quizSlug,
              r.attemptId,
              r.mode.toLowerCase(),
              r.startedAt,
              r.submittedAt,
              r.itemId,
              concepts.get(r.itemId) ?? "",
              JSON.stringify(r.answer),
              r.score,
              r.correct,
              r.answeredAt,
            ]);
          })
          .join("");
      }
      return null;
    }),
  };
}
