/**
 * Default thresholds of the risk engine (libs/risk-engine/ATTRIBUTES.md#outcome): ≥ 75 blocks, ≥ 50 holds for
 * review.
 */
export const REVIEW_SCORE = 50;
export const BLOCK_SCORE = 75;

export type ScoreLevel = 'low' | 'medium' | 'high';

export function scoreLevel(score: number): ScoreLevel {
  if (score >= BLOCK_SCORE) return 'high';
  if (score >= REVIEW_SCORE) return 'medium';
  return 'low';
}
