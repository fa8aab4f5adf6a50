import { type ApiClient } from './api-client.js';

/**
 * Over 5,000 euros (in minor units). The default rules no longer hold an order for its amount alone
 * (docs/detection.md), so tests of the review queue add REVIEW_LIMIT_RULE: every order this size is held.
 */
export const HELD_AMOUNT = 600_000;

/** The review tests' hold: a `review` rule on amounts over 5,000 euros. */
export const REVIEW_LIMIT_RULE = {
  name: 'Test review limit: hold orders over 5,000 euros',
  expression: ':amount_eur: > 5000',
  action: 'review',
  points: 0,
  enabled: true,
} as const;

/** Adds REVIEW_LIMIT_RULE through the public API as the signed-in owner. */
export async function addReviewLimitRule(owner: ApiClient): Promise<void> {
  await owner.json('/api/rules', { method: 'POST', body: JSON.stringify(REVIEW_LIMIT_RULE) });
}
