/** Scores 0-100 counted in ten bins of ten points: [0,10), [10,20) … [90,100], so 100 falls in the last. */
export type ScoreBin = { from: number; to: number; count: number };

export function binScores(scores: readonly number[]): ScoreBin[] {
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i * 10 + 10, count: 0 }));
  for (const score of scores) bins[Math.min(9, Math.max(0, Math.floor(score / 10)))]!.count++;
  return bins;
}
