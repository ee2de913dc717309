import "server-only";

import type { LoadedItem } from "@/lib/server/content/quizzes/load-banks";
import type { PublicChoice, PublicItem } from "@/lib/quiz/types";

import { seededOrder } from "./seeded-order";

/** Public ids of one item in one attempt, both ways. */
export type IdMap = { toContent: Map<string, string>; toPublic: Map<string, string> };

export type PublicView = { item: PublicItem; ids: IdMap };

function label(prefix: string, entries: { id: string; text: string }[], ids: IdMap): PublicChoice[] {
  return entries.map((entry, i) => {
    const publicId = `${prefix}${i + 1}`;
    ids.toContent.set(publicId, entry.id);
    ids.toPublic.set(entry.id, publicId);
    return { id: publicId, text: entry.text };
  });
}

/**
 * The item as an attempt shows it: no key, no explanations, options shuffled by the attempt's
 * seed and renamed `o1…`, `s1…`, `l1…`/`r1…` so that ids and order reveal nothing.
 */
export function publicView(item: LoadedItem, seed: number): PublicView {
  const ids: IdMap = { toContent: new Map(), toPublic: new Map() };
  const base = { id: item.id, lesson: item.lesson, section: item.section, concepts: item.concepts, difficulty: item.difficulty, prompt: item.prompt };
  switch (item.type) {
    case "single":
    case "multiple":
      return { item: { ...base, type: item.type, options: label("o", seededOrder(item.options, seed, item.id), ids) }, ids };
    case "output": {
      const exhibit = item.exhibitText ?? { prompt: "", command: item.exhibit.command, output: "" };
      return { item: { ...base, type: "output", exhibit, options: label("o", seededOrder(item.options, seed, item.id), ids) }, ids };
    }
    case "scenario":
      return { item: { ...base, type: "scenario", incident: item.incident, options: label("o", seededOrder(item.options, seed, item.id), ids) }, ids };
    case "ordering":
      return { item: { ...base, type: "ordering", steps: label("s", seededOrder(item.steps, seed, item.id), ids) }, ids };
    case "matching": {
      const left = label("l", seededOrder(item.pairs.map((p) => ({ id: p.id, text: p.left })), seed, `${item.id}:left`), ids);
      // A right-hand choice is keyed by its pair (or distractor) id with a marker, so it cannot collide with the left id of the same pair.
      const rights = [...item.pairs.map((p) => ({ id: `=${p.id}`, text: p.right })), ...item.distractors.map((d) => ({ id: `=${d.id}`, text: d.text }))];
      const right = label("r", seededOrder(rights, seed, `${item.id}:right`), ids);
      return { item: { ...base, type: "matching", left, right }, ids };
    }
    case "command":
      return { item: { ...base, type: "command" }, ids };
  }
}
