import "server-only";

import { getQuizAttempt } from "@/lib/server/data/quiz-attempts/get-quiz-attempt";
import type { UserDto } from "@/lib/server/data/users/user.dto";
import { notFound } from "@/lib/server/http/api-error";
import { getAttemptView } from "@/lib/server/quizzes/attempts";
import type { AttemptView } from "@/lib/quiz/types";

import { requireOwnCohortMember } from "./access";

/** One attempt of one member, for the drill-down; an attempt of anyone else is "not found" here. */
export async function loadLearnerAttempt(viewer: UserDto | null, cohortId: string, userId: string, attemptId: string) {
  const { cohort, member } = await requireOwnCohortMember(viewer, cohortId, userId);
  const attempt = attemptId.length <= 40 ? await getQuizAttempt({ id: attemptId }) : null;
  if (!attempt || attempt.userId !== member.userId) throw notFound("attempt");
  const view: AttemptView = await getAttemptView(viewer, attempt.id);
  return { cohort: { id: cohort.id, name: cohort.name }, learner: member.name ?? member.email, view };
}
