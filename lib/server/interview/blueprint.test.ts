import { describe, expect, test } from "vitest";

import { MODULES } from "@/lib/content/lesson-frontmatter";

import { allocateByModule, ASSESSMENT_LENGTHS, drawItems, drawPrompts, type BlueprintItem } from "./blueprint";

// A bank shaped like the course's: every module, several lessons, a dozen items per lesson.
function bank(): BlueprintItem[] {
  const items: BlueprintItem[] = [];
  MODULES.forEach((m, mi) => {
    for (let l = 0; l <= mi % 3; l++) for (let i = 0; i < 12; i++) items.push({ id: `${m.id}-l${l}-i${i}`, module: m.id, lesson: `${m.id}-l${l}` });
  });
  return items;
}

const moduleOf = (id: string) => MODULES.find((m) => id.startsWith(`${m.id}-`))!.id;

describe("allocateByModule", () => {
  test("gives every module at least one item and sums to the count", () => {
    for (const count of [6, 8, 13, 25, 40]) {
      const quota = allocateByModule(count);
      expect(Object.values(quota).reduce((a, b) => a + b, 0)).toBe(count);
      for (const m of MODULES) expect(quota[m.id]).toBeGreaterThanOrEqual(1);
    }
  });

  test("weights the full assessment towards the control plane", () => {
    expect(allocateByModule(ASSESSMENT_LENGTHS.full.items)).toEqual({ foundations: 4, "control-plane": 6, nodes: 4, networking: 4, operations: 4, interview: 3 });
  });

  test("refuses a count too small to cover every module", () => {
    expect(() => allocateByModule(5)).toThrow("an assessment needs at least 6 items to cover every module");
  });
});

describe("drawItems", () => {
  test("covers every module with no duplicates, in both lengths", () => {
    for (const { items: count } of Object.values(ASSESSMENT_LENGTHS)) {
      for (const seed of [1, 2, 99, 123456]) {
        const drawn = drawItems(bank(), { count, seed });
        expect(drawn).toHaveLength(count);
        expect(new Set(drawn).size).toBe(count);
        expect(new Set(drawn.map(moduleOf))).toEqual(new Set(MODULES.map((m) => m.id)));
      }
    }
  });

  test("draws the module quotas of the blueprint", () => {
    const drawn = drawItems(bank(), { count: 25, seed: 7 });
    const perModule = Object.fromEntries(MODULES.map((m) => [m.id, drawn.filter((id) => moduleOf(id) === m.id).length]));
    expect(perModule).toEqual(allocateByModule(25));
  });

  test("is deterministic by seed and varies between seeds", () => {
    expect(drawItems(bank(), { count: 25, seed: 42 })).toEqual(drawItems(bank(), { count: 25, seed: 42 }));
    expect(drawItems(bank(), { count: 25, seed: 42 })).not.toEqual(drawItems(bank(), { count: 25, seed: 43 }));
  });

  test("does not depend on the order the bank lists its items in", () => {
    expect(drawItems([...bank()].reverse(), { count: 25, seed: 5 })).toEqual(drawItems(bank(), { count: 25, seed: 5 }));
  });

  test("spreads a module's share over its lessons", () => {
    const drawn = drawItems(bank(), { count: 25, seed: 3 }).filter((id) => moduleOf(id) === "control-plane");
    const perLesson = new Map<string, number>();
    for (const id of drawn) perLesson.set(id.split("-i")[0]!, (perLesson.get(id.split("-i")[0]!) ?? 0) + 1);
    expect([...perLesson.values()]).toEqual([3, 3]);
  });
});

describe("drawPrompts", () => {
  const prompts = [
    { id: "a", module: "foundations" },
    { id: "b", module: "control-plane" },
    { id: "c", module: "control-plane" },
    { id: "d", module: "nodes" },
  ];

  test("picks prompts of different modules, deterministically by seed", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const picked = drawPrompts(prompts, { count: 3, seed });
      expect(new Set(picked.map((id) => prompts.find((p) => p.id === id)!.module)).size).toBe(3);
      expect(drawPrompts(prompts, { count: 3, seed })).toEqual(picked);
    }
  });

  test("repeats a module only when there are no other modules left", () => {
    expect(drawPrompts(prompts, { count: 4, seed: 9 }).sort()).toEqual(["a", "b", "c", "d"]);
  });
});
