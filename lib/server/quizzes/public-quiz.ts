import "server-only";

import { findQuiz, type Quiz } from "@/lib/server/content/quizzes/load-banks";
import { publicView } from "@/lib/server/grading/public-item";
import { notFound } from "@/lib/server/http/api-error";
import type { PublicQuiz } from "@/lib/quiz/types";

export async function requireQuiz(slug: string): Promise<Quiz> {
  const quiz = await findQuiz(slug);
  if (!quiz) throw notFound(`quiz "${slug}"`);
  return quiz;
}

/** The quiz without keys or explanations, options in the order of `seed`. */
export async function getPublicQuiz(slug: string, seed: number): Promise<PublicQuiz> {
  const quiz = await requireQuiz(slug);
  return { slug: quiz.slug, title: quiz.title, seed, items: quiz.items.map((item) => publicView(item, seed).item) };
}
