import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";

import type { RatingName } from "@/lib/review/types";

/**
 * Spaced-review scheduling with FSRS through ts-fsrs. Short-term (minute) learning steps are off:
 * every review moves a card to a later day, which is what a daily review routine needs. No fuzz,
 * so the same history gives the same schedule on every server and in tests.
 */
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

/** A card's memory state as it is stored (ts-fsrs's Card without its deprecated elapsed_days). */
export type CardState = {
  due: Date;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

export const RATING_NAMES: Record<Grade, RatingName> = { [Rating.Again]: "again", [Rating.Hard]: "hard", [Rating.Good]: "good", [Rating.Easy]: "easy" };

/**
 * The FSRS rating of a graded answer: fully right is Good; at least half the credit (a partly
 * right multiple-choice, ordering or matching answer) is Hard; less is Again. Easy is never
 * given: a grader sees whether an answer is right, not how easily it came.
 */
export function ratingForGrade(grade: { score: number; correct: boolean }): Grade {
  if (grade.correct) return Rating.Good;
  if (grade.score >= 0.5) return Rating.Hard;
  return Rating.Again;
}

function toCard(state: CardState): Card {
  return {
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: 0,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
    last_review: state.lastReview ?? undefined,
  };
}

function fromCard(card: Card): CardState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

/** The state of a new card after its first answer. */
export function scheduleFirstAnswer(rating: Grade, now: Date): CardState {
  return fromCard(scheduler.next(createEmptyCard(now), now, rating).card);
}

/** The state of a card after one more review. */
export function scheduleReview(state: CardState, rating: Grade, now: Date): CardState {
  return fromCard(scheduler.next(toCard(state), now, rating).card);
}
