import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";

import { QuizPlayer, type ResumedAttempt } from "@/components/quiz/quiz-player";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { loadQuizzes } from "@/lib/server/content/quizzes/load-banks";
import { ApiError } from "@/lib/server/http/api-error";
import { getAttemptView } from "@/lib/server/quizzes/attempts";
import { getPublicQuiz } from "@/lib/server/quizzes/public-quiz";

import { answerItemAction, startAttemptAction, submitAttemptAction } from "./actions";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ attempt?: string | string[] }> };

export const dynamicParams = false;

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return (await loadQuizzes()).map((q) => ({ slug: q.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const quiz = (await loadQuizzes()).find((q) => q.slug === slug);
  return quiz ? { title: `Quiz: ${quiz.title}` } : {};
}

// An open attempt of this viewer named in the address picks up where it was left; a submitted one shows its results.
async function resumeAttempt(slug: string, attemptId: string | undefined): Promise<ResumedAttempt | undefined> {
  if (!attemptId) return undefined;
  const viewer = await getCurrentUser();
  if (!viewer) return undefined;
  try {
    const view = await getAttemptView(viewer, attemptId);
    if (view.quiz !== slug) return undefined;
    if (view.submittedAt) redirect(`/learn/${slug}/quiz/attempts/${view.attemptId}`);
    return { attemptId: view.attemptId, mode: view.mode, quiz: await getPublicQuiz(slug, view.seed), answers: view.answers as ResumedAttempt["answers"], reviews: view.reviews };
  } catch (error) {
    if (error instanceof ApiError) return undefined;
    throw error;
  }
}

export default async function QuizPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const quiz = (await loadQuizzes()).find((q) => q.slug === slug);
  if (!quiz) notFound();
  const { attempt } = await searchParams;
  const viewer = await getCurrentUser();
  const resume = await resumeAttempt(slug, typeof attempt === "string" ? attempt : undefined);
  return (
    <article className="quiz">
      <p className="lesson__eyebrow">
        <Link href="/learn">Course</Link> · <Link href={`/learn/${slug}`}>Lesson {quiz.order}: {quiz.title}</Link> · Quiz
      </p>
      <h1>Quiz: {quiz.title}</h1>
      <QuizPlayer
        key={resume?.attemptId ?? "new"}
        slug={slug}
        title={quiz.title}
        itemCount={quiz.items.length}
        signedIn={viewer !== null}
        actions={{ start: startAttemptAction, answer: answerItemAction, submit: submitAttemptAction }}
        resume={resume}
      />
    </article>
  );
}
