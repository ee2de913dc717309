export type CohortDto = {
  id: string;
  ownerId: string;
  name: string;
  /** calendar dates as YYYY-MM-DD */
  startsOn: string | null;
  endsOn: string | null;
  requiredLessons: string[];
  requiredLabs: string[];
  joinCode: string;
  archivedAt: Date | null;
  createdAt: Date;
  members: number;
};

export const cohortDtoSelect = {
  id: true,
  ownerId: true,
  name: true,
  startsOn: true,
  endsOn: true,
  requiredLessons: true,
  requiredLabs: true,
  joinCode: true,
  archivedAt: true,
  createdAt: true,
  _count: { select: { members: true } },
} as const;

type Row = Omit<CohortDto, "startsOn" | "endsOn" | "members"> & { startsOn: Date | null; endsOn: Date | null; _count: { members: number } };

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function toCohortDto({ _count, ...row }: Row): CohortDto {
  return { ...row, startsOn: isoDay(row.startsOn), endsOn: isoDay(row.endsOn), members: _count.members };
}

/** Whether an error is Postgres refusing a duplicate join code. */
export function isJoinCodeClash(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}

// A clash among 31^8 codes is rare; a few retries make it practically impossible.
export const JOIN_CODE_RETRIES = 5;
