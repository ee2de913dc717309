import { describe, expect, it } from "vitest";

import { conceptMastery, recommendNextLesson, RECENT_PER_CONCEPT } from "./mastery";

describe("concept mastery", () => {
  const concepts: Record<string, string[]> = { a: ["pod"], b: ["pod", "kubelet"], c: ["kubelet"] };

  it("is the share of recent answers that were right, weakest first", () => {
    const result = conceptMastery(
      [
        { itemId: "a", correct: true },
        { itemId: "b", correct: false },
        { itemId: "c", correct: false },
        { itemId: "x", correct: true },
      ],
      (id) => concepts[id],
    );
    expect(result).toEqual([
      { concept: "kubelet", answers: 2, right: 0, mastery: 0 },
      { concept: "pod", answers: 2, right: 1, mastery: 50 },
    ]);
  });

  it("counts only the latest answers of each concept", () => {
    const recentRight = Array.from({ length: RECENT_PER_CONCEPT }, () => ({ itemId: "a", correct: true }));
    const olderWrong = Array.from({ length: 5 }, () => ({ itemId: "a", correct: false }));
    expect(conceptMastery([...recentRight, ...olderWrong], (id) => concepts[id])[0]!.mastery).toBe(100);
  });
});

describe("next lesson", () => {
  const lesson = (slug: string, done: boolean, prerequisites: string[] = []) => ({ slug, title: slug, done, prerequisites });

  it("is the first lesson not done whose prerequisites are done", () => {
    expect(recommendNextLesson([lesson("a", true), lesson("b", false, ["c"]), lesson("c", false, ["a"])])?.slug).toBe("c");
  });

  it("falls back to the first lesson not done, and is null when all are done", () => {
    expect(recommendNextLesson([lesson("a", false, ["b"]), lesson("b", false, ["a"])])?.slug).toBe("a");
    expect(recommendNextLesson([lesson("a", true)])).toBeNull();
  });
});
