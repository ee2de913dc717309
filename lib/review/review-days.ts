/**
 * Calendar arithmetic of the review routine. A day is a UTC calendar day: learners have no time
 * zone on record, and one fixed day boundary keeps "due today" the same on every server.
 */
const DAY_MS = 86_400_000;

export function startOfUtcDay(date: Date): Date {
  return new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);
}

/** The first instant of the next UTC day: a card is due today when its due time is before it. */
export function endOfUtcDay(date: Date): Date {
  return new Date(startOfUtcDay(date).getTime() + DAY_MS);
}

export function isDueToday(due: Date, now: Date): boolean {
  return due.getTime() < endOfUtcDay(now).getTime();
}

export type ForecastDay = { date: string; cards: number };

/** Cards due on each of the `days` days from today; overdue cards count for today. */
export function forecastByDay(dues: readonly Date[], now: Date, days: number): ForecastDay[] {
  const today = startOfUtcDay(now).getTime();
  const counts = Array.from({ length: days }, () => 0);
  for (const due of dues) {
    const index = Math.max(0, Math.floor((due.getTime() - today) / DAY_MS));
    if (index < days) counts[index]! += 1;
  }
  return counts.map((cards, i) => ({ date: new Date(today + i * DAY_MS).toISOString().slice(0, 10), cards }));
}

/**
 * Consecutive days with at least one review, ending today, or yesterday when the learner has not
 * reviewed yet today (the streak is still alive until the day ends).
 */
export function reviewStreak(reviewedAt: readonly Date[], now: Date): number {
  const days = new Set(reviewedAt.map((d) => startOfUtcDay(d).getTime()));
  let day = startOfUtcDay(now).getTime();
  if (!days.has(day)) day -= DAY_MS;
  let streak = 0;
  while (days.has(day)) {
    streak += 1;
    day -= DAY_MS;
  }
  return streak;
}
