"use client";

import Link from "next/link";
import { useMemo, useState } from "react";

import type { NamedSlug, RosterRow } from "@/lib/instructor/cohort.types";
import type { AttentionReason } from "@/lib/instructor/needs-attention";

type SortKey = "name" | "lessonsDone" | "labsPassed" | "lastActiveAt" | `quiz:${string}`;

const REASONS: Record<AttentionReason, string> = { inactive: "inactive 7+ days", "low-scores": "under 50% on 2+ quizzes" };

function sortValue(row: RosterRow, key: SortKey): string | number {
  if (key === "name") return row.name.toLowerCase();
  if (key === "lastActiveAt") return row.lastActiveAt ?? "";
  if (key.startsWith("quiz:")) return row.bestScores[key.slice(5)] ?? -1;
  return row[key as "lessonsDone" | "labsPassed"];
}

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** The roster: sortable by any column, filtered by name or email and by "needs attention". */
export function RosterTable({ cohortId, roster, lessons, labsTracked }: { cohortId: string; roster: RosterRow[]; lessons: NamedSlug[]; labsTracked: number }) {
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: "name", ascending: true });
  const [filter, setFilter] = useState("");
  const [attentionOnly, setAttentionOnly] = useState(false);

  const rows = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const shown = roster.filter((r) => (!needle || r.name.toLowerCase().includes(needle) || r.email.toLowerCase().includes(needle)) && (!attentionOnly || r.attention.length > 0));
    return shown.sort((a, b) => {
      const x = sortValue(a, sort.key);
      const y = sortValue(b, sort.key);
      const order = x < y ? -1 : x > y ? 1 : 0;
      return sort.ascending ? order : -order;
    });
  }, [roster, filter, attentionOnly, sort]);

  // A first click sorts names A to Z and figures highest first; the next click reverses.
  function header(key: SortKey, label: string) {
    const active = sort.key === key;
    return (
      <th key={key} scope="col" aria-sort={active ? (sort.ascending ? "ascending" : "descending") : "none"}>
        <button type="button" className="sort-button" onClick={() => setSort({ key, ascending: active ? !sort.ascending : key === "name" })}>
          {label}
          <span aria-hidden="true">{active ? (sort.ascending ? " ▲" : " ▼") : ""}</span>
        </button>
      </th>
    );
  }

  return (
    <div>
      <div className="roster-filters">
        <div className="field">
          <label htmlFor="roster-filter">Filter by name or email</label>
          <input id="roster-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </div>
        <label>
          <input type="checkbox" checked={attentionOnly} onChange={(e) => setAttentionOnly(e.target.checked)} /> Only learners who need attention
        </label>
      </div>
      <p role="status" className="field__hint">
        Showing {rows.length} of {roster.length} learners.
      </p>
      <div className="table-scroll">
        <table className="data-table roster-table">
          <caption className="visually-hidden">Roster, sortable by each column</caption>
          <thead>
            <tr>
              {header("name", "Learner")}
              {header("lessonsDone", `Lessons done (of ${lessons.length})`)}
              {lessons.map((l) => header(`quiz:${l.slug}`, `${l.title} quiz`))}
              {header("labsPassed", `Labs passed (of ${labsTracked})`)}
              {header("lastActiveAt", "Last active")}
              <th scope="col">Needs attention</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.userId}>
                <th scope="row">
                  <Link href={`/instructor/cohorts/${cohortId}/learners/${r.userId}`}>{r.name}</Link>
                  <br />
                  <span className="field__hint">{r.email}</span>
                </th>
                <td>{r.lessonsDone}</td>
                {lessons.map((l) => (
                  <td key={l.slug}>{r.bestScores[l.slug] === null ? "—" : `${r.bestScores[l.slug]}%`}</td>
                ))}
                <td>{r.labsPassed}</td>
                <td>{r.lastActiveAt ? `${when.format(new Date(r.lastActiveAt))}` : "never"}</td>
                <td>{r.attention.map((a) => REASONS[a]).join("; ") || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
