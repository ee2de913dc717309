import type { Metadata } from "next";

import { QuizResults } from "@/components/quiz/quiz-results";
import { loadOrRefuse, requirePageRole } from "@/lib/server/auth/page-access";
import { loadLearnerAttempt } from "@/lib/server/cohorts/learner-attempt";
import { getPublicQuiz } from "@/lib/server/quizzes/public-quiz";

import { CohortNav } from "../../../../_components/cohort-nav";

import "../../../../../../instructor.css";

export const metadata: Metadata = { title: "Quiz attempt" };

type Props = { params: Promise<{ id: string; userId: string; attemptId: string }> };

export default async function LearnerAttemptPage({ params }: Props) {
  const { id, userId, attemptId } = await params;
  const instructor = await requirePageRole("instructor", `/instructor/cohorts/${id}/learners/${userId}/attempts/${attemptId}`);
  const { cohort, learner, view } = await loadOrRefuse(() => loadLearnerAttempt(instructor, id, userId, attemptId));
  const quiz = await getPublicQuiz(view.quiz, view.seed);
  const answered = Object.keys(view.answers).length;
  return (
    <div className="instructor-page">
      <CohortNav cohortId={cohort.id} cohortName={cohort.name} />
      <h1>
        {learner}: {quiz.title}
      </h1>
      {view.result ? (
        <QuizResults result={view.result} items={quiz.items} title={quiz.title} />
      ) : (
        <p>
          This {view.mode} attempt is still open: {answered} of {quiz.items.length} items answered, not graded yet.
        </p>
      )}
    </div>
  );
}
