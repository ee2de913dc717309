import "server-only";

import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/server/db";

export async function recordLabSubmission(options: {
  userId: string;
  labSlug: string;
  seed: number;
  transcript: unknown;
  passed: boolean;
  results: unknown;
}): Promise<{ id: string; createdAt: Date }> {
  return getDb().labSubmission.create({
    data: {
      userId: options.userId,
      labSlug: options.labSlug,
      seed: options.seed,
      transcript: options.transcript as Prisma.InputJsonValue,
      passed: options.passed,
      results: options.results as Prisma.InputJsonValue,
    },
    select: { id: true, createdAt: true },
  });
}
