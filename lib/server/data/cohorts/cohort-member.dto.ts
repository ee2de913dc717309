export type CohortMemberDto = { userId: string; name: string | null; email: string; joinedAt: Date };

export const cohortMemberSelect = { userId: true, joinedAt: true, user: { select: { name: true, email: true } } } as const;

export function toCohortMemberDto(row: { userId: string; joinedAt: Date; user: { name: string | null; email: string } }): CohortMemberDto {
  return { userId: row.userId, name: row.user.name, email: row.user.email, joinedAt: row.joinedAt };
}
