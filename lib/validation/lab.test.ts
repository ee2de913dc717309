import { expect, test } from "vitest";

import { labSubmissionSchema, MAX_LAB_LINE_CHARS, MAX_LAB_TRANSCRIPT_ENTRIES } from "./lab";

const transcript = [
  { at: 10_000, line: "kubectl get pods" },
  { at: 20_000, line: "kubectl scale deployment web --replicas=4" },
];

test("a submission with a seed and times that do not go backwards is accepted", () => {
  expect(labSubmissionSchema.safeParse({ seed: 4_294_967_295, transcript }).success).toBe(true);
  expect(labSubmissionSchema.safeParse({ seed: 0, transcript: [{ at: 0, line: "a" }, { at: 0, line: "b" }] }).success).toBe(true);
});

test("times that go backwards are rejected at the entry that does", () => {
  const result = labSubmissionSchema.safeParse({ seed: 1, transcript: [...transcript, { at: 15_000, line: "curl web" }] });
  expect(result.success).toBe(false);
  expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["transcript.2.at", "times must not go backwards (15000 after 20000)"]]);
});

test("a claimed grade or any other unknown field is rejected, in the body and in an entry", () => {
  expect(labSubmissionSchema.safeParse({ seed: 1, transcript, passed: true }).success).toBe(false);
  expect(labSubmissionSchema.safeParse({ seed: 1, transcript: [{ at: 0, line: "kubectl get pods", output: "ok" }] }).success).toBe(false);
});

test("seeds outside 32 bits, negative times and oversized transcripts are rejected", () => {
  expect(labSubmissionSchema.safeParse({ seed: 2 ** 32, transcript }).success).toBe(false);
  expect(labSubmissionSchema.safeParse({ seed: -1, transcript }).success).toBe(false);
  expect(labSubmissionSchema.safeParse({ seed: 1.5, transcript }).success).toBe(false);
  expect(labSubmissionSchema.safeParse({ seed: 1, transcript: [{ at: -1, line: "x" }] }).success).toBe(false);
  expect(labSubmissionSchema.safeParse({ seed: 1, transcript: [{ at: 0, line: "x".repeat(MAX_LAB_LINE_CHARS + 1) }] }).success).toBe(false);
  const many = Array.from({ length: MAX_LAB_TRANSCRIPT_ENTRIES + 1 }, () => ({ at: 0, line: "kubectl get pods" }));
  expect(labSubmissionSchema.safeParse({ seed: 1, transcript: many }).success).toBe(false);
});
