import "server-only";

import { loadLabs } from "@/lib/server/content/labs/load-labs";
import { listLessons } from "@/lib/server/content/list-lessons";
import type { CohortDto } from "@/lib/server/data/cohorts/cohort.dto";
import type { CohortSummary, NamedSlug } from "@/lib/instructor/cohort.types";

export async function courseCatalog(): Promise<{ lessons: NamedSlug[]; labs: NamedSlug[] }> {
  const [lessons, labs] = await Promise.all([listLessons(), loadLabs()]);
  return { lessons: lessons.map((l) => ({ slug: l.frontmatter.slug, title: l.frontmatter.title })), labs: labs.map((l) => ({ slug: l.slug, title: l.title })) };
}

function named(slugs: readonly string[], catalog: readonly NamedSlug[]): NamedSlug[] {
  return slugs.map((slug) => catalog.find((c) => c.slug === slug) ?? { slug, title: slug });
}

export function summarizeCohort(cohort: CohortDto, catalog: { lessons: NamedSlug[]; labs: NamedSlug[] }): CohortSummary {
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
