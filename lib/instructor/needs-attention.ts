/**
 * Who needs an instructor's attention: a member with no activity for INACTIVE_DAYS (counted
 * from when they joined if they never did anything), or whose best score is under
 * LOW_SCORE_PERCENT on LOW_SCORE_QUIZZES or more quizzes.
 */
export const INACTIVE_DAYS = 7;
export const LOW_SCORE_PERCENT = 50;
export const LOW_SCORE_QUIZZES = 2;

export type AttentionReason = "inactive" | "low-scores";

const DAY_MS = 24 * 60 * 60 * 1000;

export function attentionReasons(member: { joinedAt: Date; lastActiveAt: Date | null; bestScores: readonly number[] }, now: Date): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  const since = member.lastActiveAt ?? member.joinedAt;
  if (now.getTime() - since.getTime() > INACTIVE_DAYS * DAY_MS) reasons.push("inactive");
  if (member.bestScores.filter((s) => s < LOW_SCORE_PERCENT).length >= LOW_SCORE_QUIZZES) reasons.push("low-scores");
  return reasons;
}
