import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { ReviewSession } from "@/components/review/review-session";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { listDueToday } from "@/lib/server/review/review-session";

import { reviewCardAction } from "./actions";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?callbackUrl=/review");
  const cards = await listDueToday(user, new Date());
  return (
    <article className="quiz review-page">
      <h1>Spaced review</h1>
      <p>
        Every question you answer in a quiz or an assessment becomes a review card. Each review is graded like the quiz and schedules the card again: the better you
        remember it, the longer until you see it next. See your streak and what is coming on <Link href="/progress#review-heading">your progress page</Link>.
      </p>
      {cards.length === 0 ? (
        <p>
          No cards are due today. Take a <Link href="/learn">quiz</Link> or an <Link href="/interview">interview assessment</Link> to add cards.
        </p>
      ) : (
        <ReviewSession cards={cards} review={reviewCardAction} />
      )}
    </article>
  );
}
