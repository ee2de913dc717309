import { Rating } from "ts-fsrs";
import { expect, test } from "vitest";

import { ratingForGrade, scheduleFirstAnswer, scheduleReview } from "./fsrs-schedule";

const now = new Date("2026-12-04T10:00:00Z");
const DAY = 86_400_000;

test("a right answer rates Good, half credit or more Hard, anything less Again", () => {
  expect(ratingForGrade({ score: 1, correct: true })).toBe(Rating.Good);
  expect(ratingForGrade({ score: 0.5, correct: false })).toBe(Rating.Hard);
  expect(ratingForGrade({ score: 0.49, correct: false })).toBe(Rating.Again);
  expect(ratingForGrade({ score: 0, correct: false })).toBe(Rating.Again);
});

test("a first answer schedules the card at least a day later, and later for better ratings", () => {
  const again = scheduleFirstAnswer(Rating.Again, now);
  const good = scheduleFirstAnswer(Rating.Good, now);
  expect(again.due.getTime() - now.getTime()).toBeGreaterThanOrEqual(DAY);
  expect(good.due.getTime()).toBeGreaterThan(again.due.getTime());
  expect(good).toMatchObject({ reps: 1, lapses: 0, lastReview: now });
});

test("reviewing a card on time with Good lengthens its interval; Again counts a lapse and shortens it", () => {
  const first = scheduleFirstAnswer(Rating.Good, now);
  const good = scheduleReview(first, Rating.Good, first.due);
  const again = scheduleReview(first, Rating.Again, first.due);
  expect(good.scheduledDays).toBeGreaterThan(first.scheduledDays);
  expect(again.lapses).toBe(1);
  expect(again.scheduledDays).toBeLessThan(good.scheduledDays);
  expect(scheduleReview(first, Rating.Good, first.due)).toEqual(good);
});
