import { expect, test } from "vitest";

import { forecastByDay, isDueToday, reviewStreak } from "./review-days";

const at = (iso: string) => new Date(iso);

test("a card is due today until the UTC day ends", () => {
  const now = at("2026-12-04T09:00:00Z");
  expect(isDueToday(at("2026-12-01T00:00:00Z"), now)).toBe(true);
  expect(isDueToday(at("2026-12-04T23:59:59Z"), now)).toBe(true);
  expect(isDueToday(at("2026-12-05T00:00:00Z"), now)).toBe(false);
});

test("the forecast counts overdue cards for today and ignores cards beyond the window", () => {
  const now = at("2026-12-04T09:00:00Z");
  const dues = ["2026-11-20T08:00:00Z", "2026-12-04T20:00:00Z", "2026-12-05T01:00:00Z", "2026-12-10T23:00:00Z", "2026-12-11T00:00:00Z"].map(at);
  expect(forecastByDay(dues, now, 7)).toEqual([
    { date: "2026-12-04", cards: 2 },
    { date: "2026-12-05", cards: 1 },
    { date: "2026-12-06", cards: 0 },
    { date: "2026-12-07", cards: 0 },
    { date: "2026-12-08", cards: 0 },
    { date: "2026-12-09", cards: 0 },
    { date: "2026-12-10", cards: 1 },
  ]);
});

test("the streak counts consecutive review days up to today, or up to yesterday before today's review", () => {
  const reviews = ["2026-12-01T10:00:00Z", "2026-12-02T23:00:00Z", "2026-12-03T00:30:00Z", "2026-12-03T12:00:00Z"].map(at);
  expect(reviewStreak(reviews, at("2026-12-03T18:00:00Z"))).toBe(3);
  expect(reviewStreak(reviews, at("2026-12-04T08:00:00Z"))).toBe(3);
  expect(reviewStreak(reviews, at("2026-12-05T08:00:00Z"))).toBe(0);
  expect(reviewStreak([], at("2026-12-05T08:00:00Z"))).toBe(0);
});
