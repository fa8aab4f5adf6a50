import { describe, expect, it } from '@jest/globals';
import { DetectionMetrics, RuleHits } from './detection-metrics.js';

describe('DetectionMetrics', () => {
  it('fills the matrix by count and by value per currency, ratios in the main currency', () => {
    const metrics = new DetectionMetrics();
    metrics.add(true, 'blocked', 'EUR', 10_000);
    metrics.add(true, 'held', 'EUR', 5_000);
    metrics.add(true, 'approved', 'EUR', 5_000);
    metrics.add(true, 'approved', 'USD', 1_000_000);
    metrics.add(false, 'approved', 'EUR', 100, 97);
    metrics.add(false, 'held', 'EUR', 300, 2);
    metrics.add(false, 'blocked', 'EUR', 50);
    const json = metrics.toJson();
    expect(json.total).toBe(104);
    expect(json.mainCurrency).toBe('EUR');
    expect(json.matrix).toEqual({
      fraud: { approved: 2, held: 1, blocked: 1 },
      good: { approved: 97, held: 2, blocked: 1 },
    });
    expect(json.recall.count).toBe(0.5);
    // 15,000 of 20,000 EUR: the USD order is not added to euros.
    expect(json.recall.value).toBe(0.75);
    expect(json.goodHeldOrBlockedRate).toBe(0.03);
    expect(json.goodBlockedRate).toBe(0.01);
    expect(json.fraudValueStopped).toEqual({ EUR: 15_000 });
    expect(json.fraudValueMissed).toEqual({ EUR: 5_000, USD: 1_000_000 });
    expect(json.goodValueStopped).toEqual({ EUR: 350 });
  });

  it('answers null ratios when there is nothing to divide by', () => {
    const json = new DetectionMetrics().toJson();
    expect(json).toMatchObject({
      total: 0,
      mainCurrency: null,
      recall: { count: null, value: null },
      goodHeldOrBlockedRate: null,
    });
  });
});

describe('RuleHits', () => {
  it('gives each rule its hits and precision, most hits first', () => {
    const hits = new RuleHits();
    hits.add('cvc_fail', true, 'EUR', 100);
    hits.add('cvc_fail', false, 'EUR', 100);
    hits.add('high_amount', false, 'EUR', 100, 3);
    expect(hits.toJson(new Map([['cvc_fail', 'CVC failed']]))).toEqual([
      { ruleId: 'high_amount', name: null, hits: 3, fraudHits: 0, precision: 0, fraudValue: {} },
      {
        ruleId: 'cvc_fail',
        name: 'CVC failed',
        hits: 2,
        fraudHits: 1,
        precision: 0.5,
        fraudValue: { EUR: 100 },
      },
    ]);
  });
});
