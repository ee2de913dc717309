import { MODULES, type ModuleId } from "@/lib/content/lesson-frontmatter";
import { seededOrder } from "@/lib/server/grading/seeded-order";

/**
 * The interview blueprint: how many items of each module an assessment draws from the question
 * bank, and how long it lasts. Every module gets at least one item; the rest is shared by weight,
 * so the control plane, the heart of most interviews, gets the most.
 */
export const MODULE_WEIGHTS: Record<ModuleId, number> = {
  foundations: 4,
  "control-plane": 7,
  nodes: 4,
  networking: 4,
  operations: 4,
  interview: 2,
};

export type AssessmentLength = "full" | "short";

export const ASSESSMENT_LENGTHS: Record<AssessmentLength, { items: number; prompts: number; minutes: number }> = {
  full: { items: 25, prompts: 2, minutes: 30 },
  short: { items: 8, prompts: 1, minutes: 10 },
};

export type BlueprintItem = { id: string; module: string; lesson: string };

/** Items per module for `count` items: one each, then the rest by weight (largest remainder, ties in module order). */
export function allocateByModule(count: number, weights: Record<ModuleId, number> = MODULE_WEIGHTS): Record<ModuleId, number> {
  const modules = MODULES.map((m) => m.id);
  if (count < modules.length) throw new Error(`an assessment needs at least ${modules.length} items to cover every module`);
  const total = modules.reduce((sum, m) => sum + weights[m], 0);
  const rest = count - modules.length;
  const shares = modules.map((m, order) => {
    const ideal = (rest * weights[m]) / total;
    return { m, order, whole: Math.floor(ideal), fraction: ideal - Math.floor(ideal) };
  });
  let left = rest - shares.reduce((sum, s) => sum + s.whole, 0);
  for (const s of [...shares].sort((a, b) => b.fraction - a.fraction || a.order - b.order)) {
    if (left === 0) break;
    s.whole += 1;
    left -= 1;
  }
  return Object.fromEntries(shares.map((s) => [s.m, 1 + s.whole])) as Record<ModuleId, number>;
}

// Takes items from the module's lessons in turn, so no single lesson fills a module's share.
function drawFromModule(items: BlueprintItem[], count: number, seed: number, module: string): BlueprintItem[] {
  const byLesson = new Map<string, BlueprintItem[]>();
  for (const item of items) byLesson.set(item.lesson, [...(byLesson.get(item.lesson) ?? []), item]);
  const queues = seededOrder([...byLesson.keys()].sort(), seed, `lessons:${module}`).map((lesson) => seededOrder(byLesson.get(lesson)!.sort((a, b) => a.id.localeCompare(b.id)), seed, `items:${lesson}`));
  const drawn: BlueprintItem[] = [];
  while (drawn.length < count && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && drawn.length < count) drawn.push(next);
    }
  }
  return drawn;
}

/**
 * Draws `count` distinct items covering every module, weighted by module, in an order fixed by
 * `seed`. A module with fewer items than its share gives what it has; the draw never repeats an item.
 */
export function drawItems(items: readonly BlueprintItem[], options: { count: number; seed: number }): string[] {
  const quota = allocateByModule(options.count);
  const drawn: BlueprintItem[] = [];
  for (const { id: module } of MODULES) {
    drawn.push(...drawFromModule(items.filter((i) => i.module === module), quota[module], options.seed, module));
  }
  return seededOrder(drawn, options.seed, "assessment").map((i) => i.id);
}

/** Draws `count` open prompts, each from a different module while there are modules left, fixed by `seed`. */
export function drawPrompts(prompts: readonly { id: string; module: string }[], options: { count: number; seed: number }): string[] {
  const shuffled = seededOrder([...prompts].sort((a, b) => a.id.localeCompare(b.id)), options.seed, "prompts");
  const picked: string[] = [];
  const modules = new Set<string>();
  for (const p of shuffled) {
    if (picked.length < options.count && !modules.has(p.module)) {
      picked.push(p.id);
      modules.add(p.module);
    }
  }
  for (const p of shuffled) if (picked.length < options.count && !picked.includes(p.id)) picked.push(p.id);
  return picked;
}
