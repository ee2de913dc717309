import { describe, expect, it } from "vitest";

import { bankItemSchema } from "@/lib/server/content/quizzes/bank-schema";
import type { LoadedItem, Quiz } from "@/lib/server/content/quizzes/load-banks";

import { checkQuizzes } from "./check-quizzes";

const base = { section: "how-it-works", concepts: ["pod"], difficulty: 1, prompt: "Question?", explanation: "Because that is how it works." };
const why = "A reason that explains it.";

function single(id: string, objective: number, extra: Record<string, unknown> = {}): LoadedItem {
  const options = [
    { id: "localhost", text: "localhost", correct: true, why },
    { id: "service", text: "a Service", why },
  ];
  return { ...bankItemSchema.parse({ ...base, id, objective, type: "single", options, ...extra }), lesson: "pods" };
}

function command(id: string, answers: string[], mistakes: { command: string; why: string }[] = []): LoadedItem {
  return { ...bankItemSchema.parse({ ...base, id, objective: 1, type: "command", answers, mistakes }), lesson: "pods" };
}

const quiz = (items: LoadedItem[]): Quiz => ({ slug: "pods", title: "Pods", module: "foundations", order: 2, scenario: "default", items });
const lesson = { slug: "pods", objectives: 2, anchors: new Set(["how-it-works"]) };
const problemsOf = (items: LoadedItem[]) => checkQuizzes([quiz(items)], [lesson]).filter((p) => p.startsWith("content/quizzes/pods.yaml"));

describe("quiz bank checks", () => {
  it("names a lesson objective that no item tests, and a bank that is too small", () => {
    const problems = problemsOf([single("a", 1)]);
    expect(problems).toContain("content/quizzes/pods.yaml: no item tests objective 2 of the lesson");
    expect(problems).toContain("content/quizzes/pods.yaml: has 1 items; a lesson needs at least 12");
  });

  it("refuses duplicate ids, unknown objectives and sections that are not headings of the lesson", () => {
    const problems = problemsOf([single("a", 1), single("a", 3, { section: "nowhere" })]);
    expect(problems.some((p) => p.includes("item a: id is already used"))).toBe(true);
    expect(problems.some((p) => p.includes("objective 3 does not exist (the lesson has 2)"))).toBe(true);
    expect(problems.some((p) => p.includes('section "nowhere" is not a heading id of the lesson'))).toBe(true);
  });

  it("refuses option ids that give the answer away", () => {
    const item = single("b", 1, {
      options: [
        { id: "correct", text: "localhost", correct: true, why },
        { id: "service", text: "a Service", why },
      ],
    });
    expect(problemsOf([item]).some((p) => p.includes('id "correct" gives the answer away'))).toBe(true);
  });

  it("refuses command answers kubectl would not parse, and mistakes that mean the same as an answer", () => {
    const problems = problemsOf([
      command("c", ["kubectl scale deployment web --replica=3"]),
      command("d", ["kubectl scale deployment web --replicas=3"], [{ command: "kubectl scale deploy/web --replicas 3", why }]),
    ]);
    expect(problems.some((p) => p.includes("item c: answer `kubectl scale deployment web --replica=3` does not parse: unknown flag: --replica"))).toBe(true);
    expect(problems.some((p) => p.includes("item d: mistake `kubectl scale deploy/web --replicas 3` means the same as an answer"))).toBe(true);
  });
});

describe("quiz bank schema", () => {
  it("needs exactly one right option in a single-choice item and a why for every option", () => {
    const parsed = bankItemSchema.safeParse({ ...base, id: "x", objective: 1, type: "single", options: [{ id: "a1", text: "one", correct: true, why }, { id: "a2", text: "two", correct: true, why: "short" }] });
    expect(parsed.success).toBe(false);
    const messages = parsed.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toContain("needs exactly one correct option, has 2");
    expect(messages.some((m) => m.startsWith("explain it in a sentence"))).toBe(true);
  });
});
