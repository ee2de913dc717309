import "server-only";

import { getDb } from "@/lib/server/db";

/**
 * Marks several lessons done in one transaction (guest progress brought into an
 * account). Lessons already done keep their completion time. Returns how many changed.
 */
export async function mergeDoneLessons(options: { userId: string; lessonSlugs: readonly string[]; at?: Date }): Promise<number> {
  const at = options.at ?? new Date();
  const slugs = [...new Set(options.lessonSlugs)];
  if (slugs.length === 0) return 0;
  return getDb().$transaction(async (tx) => {
    const done = await tx.lessonProgress.findMany({
      where: { userId: options.userId, lessonSlug: { in: slugs }, status: "DONE" },
      select: { lessonSlug: true },
    });
    const alreadyDone = new Set(done.map((d) => d.lessonSlug));
    const toMark = slugs.filter((s) => !alreadyDone.has(s));
    for (const lessonSlug of toMark) {
      await tx.lessonProgress.upsert({
        where: { userId_lessonSlug: { userId: options.userId, lessonSlug } },
        create: { userId: options.userId, lessonSlug, status: "DONE", completedAt: at },
        update: { status: "DONE", completedAt: at },
      });
    }
    return toMark.length;
  });
}
