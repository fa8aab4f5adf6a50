import { buildRiskContext, type RiskInput } from './build-context.js';
import { DEFAULT_RULES } from './default-rules.js';
import { evaluate, type RiskOutcome } from './evaluate.js';
import { buildRiskLists } from './lists.js';
import type { RiskContext } from './risk-context.js';
import { compileRuleSet } from './rule-set.js';

export interface RiskEngineBenchResult {
  evaluationsPerSecond: number;
  iterations: number;
  /** Outcomes over the sample mix (one pass), so a reader can see the timed work is the real rule set. */
  outcomes: Record<RiskOutcome, number>;
}

const COUNTRIES = ['IE', 'DE', 'FR', 'US', 'GB', 'NG', 'BR'];

/** A deterministic mix of ordinary orders, soft signals, velocity bursts and list hits. */
function sampleInputs(count: number): RiskInput[] {
  const lists = buildRiskLists([
    { name: 'blocked_emails', kind: 'email', items: ['fraud@example.com'] },
    { name: 'blocked_countries', kind: 'country', items: ['KP'] },
    { name: 'blocked_ips', kind: 'ip', items: ['198.51.100.66'] },
    { name: 'blocked_cards', kind: 'card_fingerprint', items: ['fp_bad'] },
  ]);
  return Array.from({ length: count }, (_, i): RiskInput => {
    const home = COUNTRIES[i % COUNTRIES.length] as string;
    const away = i % 5 === 0 ? (COUNTRIES[(i + 2) % COUNTRIES.length] as string) : home;
    return {
      eventType: i % 3 === 0 ? 'payment.succeeded' : 'order.created',
      amount: (i * 7919) % (i % 11 === 0 ? 900_000 : 60_000),
      currency: 'EUR',
      customer: { id: `c_${i % 97}`, email: i % 50 === 0 ? 'fraud@example.com' : `buyer${i}@example.com` },
      billing: { country: home },
      shipping: { country: i % 13 === 0 ? 'KP' : home },
      ip: `203.0.113.${i % 250}`,
      ipCountry: away,
      deviceId: `d_${i % 41}`,
      card: { bin: '424242', last4: '4242', brand: 'visa', country: home, fingerprint: `fp_${i % 61}` },
      checks: { avs: i % 17 === 0 ? 'fail' : 'pass', cvc: i % 19 === 0 ? 'fail' : 'pass' },
      providerRisk: { level: i % 23 === 0 ? 'elevated' : 'normal', score: (i * 13) % 100 },
      disposableEmail: i % 29 === 0,
      customerAgeDays: i % 4 === 0 ? 1 : 400,
      velocity: {
        card_count_for_ip_1h: i % 31 === 0 ? 4 : 0,
        attempts_for_card_1h: i % 7,
        amount_for_customer_24h: 0,
      },
      history: { prior_disputes_for_card: i % 37 === 0 ? 1 : 0 },
      lists,
    };
  });
}

/**
 * Evaluates the default rule set against prebuilt contexts on the calling thread (one core). Context building is
 * not timed: the worker builds each context once, and the engine's cost is the evaluation.
 */
export function runRiskEngineBench(iterations: number): RiskEngineBenchResult {
  const ruleSet = compileRuleSet(DEFAULT_RULES);
  const contexts: RiskContext[] = sampleInputs(256).map(buildRiskContext);
  const mask = contexts.length - 1;
  const outcomes: Record<RiskOutcome, number> = { approve: 0, review: 0, block: 0 };
  for (const context of contexts) outcomes[evaluate(ruleSet, context).outcome] += 1;
  let sink = 0;
  // Warm up so the JIT has optimized the closures before timing.
  for (let i = 0; i < Math.min(iterations, 20_000); i++)
    sink += evaluate(ruleSet, contexts[i & mask] as RiskContext).score;
  const start = Date.now();
  for (let i = 0; i < iterations; i++) sink += evaluate(ruleSet, contexts[i & mask] as RiskContext).score;
  const elapsedMs = Math.max(1, Date.now() - start);
  if (sink < 0) throw new Error('unreachable: scores are never negative');
  return { evaluationsPerSecond: Math.round((iterations / elapsedMs) * 1000), iterations, outcomes };
}
