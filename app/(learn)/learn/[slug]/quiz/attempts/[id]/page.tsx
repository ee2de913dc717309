import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { QuizResults } from "@/components/quiz/quiz-results";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { ApiError } from "@/lib/server/http/api-error";
import { getAttemptView } from "@/lib/server/quizzes/attempts";
import { getPublicQuiz } from "@/lib/server/quizzes/public-quiz";

type Props = { params: Promise<{ slug: string; id: string }> };

export const metadata: Metadata = { title: "Quiz results" };

export default async function AttemptResultsPage({ params }: Props) {
  const { slug, id } = await params;
  const viewer = await getCurrentUser();
  if (!viewer) notFound();
  const view = await getAttemptView(viewer, id).catch((error: unknown) => {
    if (error instanceof ApiError) return null;
    throw error;
  });
  if (!view || view.quiz !== slug || !view.result) notFound();
  const quiz = await getPublicQuiz(slug, view.seed);
  return (
    <article className="quiz">
      <p className="lesson__eyebrow">
        <Link href="/learn">Course</Link> · <Link href={`/learn/${slug}`}>{quiz.title}</Link> · <Link href={`/learn/${slug}/quiz`}>Quiz</Link> · Results
      </p>
      <h1>Results: {quiz.title}</h1>
      <p>
        Submitted {new Date(view.result.submittedAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC.{" "}
        <Link href={`/learn/${slug}/quiz`}>Take the quiz again</Link>
      </p>
      <QuizResults result={view.result} items={quiz.items} title={quiz.title} />
    </article>
  );
}
