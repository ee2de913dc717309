import "server-only";

import { loadLabs } from "@/lib/server/content/labs/load-labs";
import { listLessons } from "@/lib/server/content/list-lessons";
import type { CohortDto } from "@/lib/server/data/cohorts/cohort.dto";
import type { CohortSummary, NamedSlug } from "@/lib/instructor/cohort.types";

export type CourseCatalog = { lessons: NamedSlug[]; labs: NamedSlug[] };

async function readCatalog(): Promise<CourseCatalog> {
  const [lessons, labs] = await Promise.all([listLessons(), loadLabs()]);
  return { lessons: lessons.map((l) => ({ slug: l.frontmatter.slug, title: l.frontmatter.title })), labs: labs.map((l) => ({ slug: l.slug, title: l.title })) };
}

let catalog: Promise<CourseCatalog> | undefined;

/**
 * Lesson and lab titles in course order, read once per process as the quiz banks and labs are
 * (content is part of the build). Parsing every lesson file cost each dashboard load tens of ms.
 */
export async function courseCatalog(): Promise<CourseCatalog> {
  catalog ??= readCatalog();
  catalog.catch(() => {
    catalog = undefined;
  });
  const { lessons, labs } = await catalog;
  // Copies, so no caller can change the lists every later request reads.
  return { lessons: [...lessons], labs: [...labs] };
}

function named(slugs: readonly string[], catalog: readonly NamedSlug[]): NamedSlug[] {
  return slugs.map((slug) => catalog.find((c) => c.slug === slug) ?? { slug, title: slug });
}

export function summarizeCohort(cohort: CohortDto, catalog: CourseCatalog): CohortSummary {
  return {
    id: cohort.id,
    name: cohort.name,
    startsOn: cohort.startsOn,
    endsOn: cohort.endsOn,
    joinCode: cohort.joinCode,
    archived: cohort.archivedAt !== null,
    members: cohort.members,
    requiredLessons: named(cohort.requiredLessons, catalog.lessons),
    requiredLabs: named(cohort.requiredLabs, catalog.labs),
    createdAt: cohort.createdAt.toISOString(),
  };
}
