import { describe, expect, it } from '@jest/globals';
import { HISTORY_COUNTERS, VELOCITY_COUNTERS } from '@vigil/risk-engine';
import {
  buildVelocityPlan,
  cardIdentity,
  digest,
  ipNetwork,
  readVelocityReply,
  velocityKey,
} from './velocity-plan.js';
import { basketBucket, bucketAmount } from './velocity-ops.js';
import { chunkCall, scriptCall } from './velocity-script.js';
import { type VelocityObservation } from './velocity-store.js';

const observation = (overrides: Partial<VelocityObservation> = {}): VelocityObservation => ({
  at: Date.parse('2026-11-21T10:00:00Z'),
  transactionKey: 'src|tx1',
  eventKey: 'src|evt1',
  email: 'ann@example.com',
  ip: '203.0.113.7',
  deviceId: 'd_9',
  customerId: 'c_1',
  card: 'fp:fp_1',
  ipNetwork: '203.0.113.0/24',
  shippingAddress: 'ie|d02|1mainst',
  basket: 'src|EUR',
  amount: 12999,
  record: true,
  purchase: true,
  failedPayment: false,
  fraudDecline: false,
  customerCreatedAt: null,
  disputed: false,
  fraudWarning: false,
  ...overrides,
});

describe('velocity keys', () => {
  it('live under the instance prefix, one per counter and subject, the subject as a SHA-256', () => {
    const key = velocityKey('vigil:velocity', 'cards-by-ip', '203.0.113.7');
    expect(key).toBe(`vigil:velocity:cards-by-ip:${digest('203.0.113.7')}`);
    expect(key).not.toContain('203.0.113.7');
    expect(key).toMatch(/^vigil:velocity:cards-by-ip:[\w-]{43}$/);
  });

  it('never hold a raw email, IP or card, and stay small for hostile values', () => {
    const key = velocityKey('p:velocity', 'cards-by-email', `${'a'.repeat(5_000)}@example.com`);
    expect(key.length).toBeLessThan(100);
    expect(velocityKey('p', 'c', 'x'.repeat(5_000))).not.toBe(velocityKey('p', 'c', 'y'.repeat(5_000)));
    const { keys, args } = scriptCall(buildVelocityPlan('vt', observation()));
    for (const raw of ['ann@example.com', '203.0.113.7', 'fp_1', 'd_9', 'ie|d02|1mainst']) {
      expect([...keys, ...args].some((part) => part.includes(raw))).toBe(false);
    }
  });

  it('group addresses by network: IPv4 /24, IPv6 /48', () => {
    expect(ipNetwork('203.0.113.7')).toBe('203.0.113.0/24');
    expect(ipNetwork('2001:DB8:0a:1::5')).toBe('2001:db8:a::/48');
    expect(ipNetwork('2001:db8::1')).toBe('2001:db8:0::/48');
    expect(ipNetwork('::1')).toBe('0:0:0::/48');
    expect(ipNetwork('not an ip')).toBeNull();
    expect(ipNetwork(null)).toBeNull();
  });

  it('bucket basket amounts on a log scale, each bucket within ±5 % of its middle', () => {
    for (const amount of [1, 99, 999, 4_999, 12_999, 250_000, 9_999_999]) {
      const middle = bucketAmount(basketBucket(amount));
      expect(Math.abs(middle - amount) / amount).toBeLessThan(0.05 + 1 / amount);
    }
    expect(basketBucket(0)).toBe(0);
  });

  it('follow a card by fingerprint, else by BIN and last 4, never by anything longer', () => {
    expect(cardIdentity({ fingerprint: 'fp_1', bin: '424242', last4: '4242' })).toBe('fp:fp_1');
    expect(cardIdentity({ fingerprint: null, bin: '424242', last4: '4242' })).toBe('bl:424242:4242');
    expect(cardIdentity({ fingerprint: ' ', bin: '424242', last4: null })).toBeNull();
    expect(cardIdentity(null)).toBeNull();
  });
});

describe('velocity plan', () => {
  it('reads every counter of the engine for a fully known transaction, in one script call', () => {
    const plan = buildVelocityPlan('vt', observation());
    expect([...plan.outputs].sort()).toEqual(
      [
        ...VELOCITY_COUNTERS,
        ...HISTORY_COUNTERS,
        'customer_since',
        ...['device', 'ip_network', 'shipping_address', 'card'].flatMap((s) => [
          `novelty:${s}:seen`,
          `novelty:${s}:others`,
        ]),
      ].sort(),
    );
    const { keys, args } = scriptCall(plan);
    expect(args[0]).toBe(String(Date.parse('2026-11-21T10:00:00Z')));
    expect(keys).toContain(velocityKey('vt:velocity', 'cards-by-ip', '203.0.113.7'));
    expect(keys).toContain(velocityKey('vt:history', 'disputes-by-card', 'fp:fp_1'));
    expect(keys.every((key) => key.startsWith('vt:velocity:') || key.startsWith('vt:history:'))).toBe(true);
  });

  it('records a payment declined as stolen under its email and device, an everyday decline only as failed', () => {
    const recorded = (obs: VelocityObservation): string[] =>
      buildVelocityPlan('vt', obs).ops.flatMap((op) => (op.op === 'C' && op.record ? [op.key] : []));
    const fraudKeys = [
      velocityKey('vt:velocity', 'fraud-declines-by-email', 'ann@example.com'),
      velocityKey('vt:velocity', 'fraud-declines-by-device', 'd_9'),
    ];
    const stolen = recorded(observation({ purchase: false, failedPayment: true, fraudDecline: true }));
    expect(stolen).toEqual(expect.arrayContaining(fraudKeys));
    expect(stolen).toContain(velocityKey('vt:velocity', 'failed-by-email', 'ann@example.com'));
    const funds = recorded(observation({ purchase: false, failedPayment: true }));
    expect(funds).toContain(velocityKey('vt:velocity', 'failed-by-email', 'ann@example.com'));
    expect(funds.filter((key) => fraudKeys.includes(key))).toEqual([]);
  });

  it('leaves counters about unknown subjects out (they stay missing, so no rule fires on them)', () => {
    const plan = buildVelocityPlan(
      'vt',
      observation({ ip: null, ipNetwork: null, deviceId: null, card: null }),
    );
    expect(plan.outputs.some((o) => o.includes('_ip_'))).toBe(false);
    expect(plan.outputs.some((o) => o.includes('device'))).toBe(false);
    expect(plan.outputs.some((o) => o.includes('for_card'))).toBe(false);
    // Cards per email can still be read: the email has history even when this event has no card.
    expect(plan.outputs).toContain('card_count_for_email_1h');
  });

  it('maps the reply back to counters and history', () => {
    const plan = buildVelocityPlan('vt', observation({ ip: null, deviceId: null, customerId: null }));
    const reply = plan.outputs.map((_, i) => i + 1);
    const reading = readVelocityReply(plan, reply);
    expect(reading.velocity.card_count_for_email_1h).toBe(1);
    expect(reading.velocity.card_count_for_ip_1h).toBeUndefined();
    expect(reading.history.prior_disputes_for_card).toBeGreaterThan(0);
    expect(reading.customerSince).toBe(plan.outputs.indexOf('customer_since') + 1);
  });

  it('sends each op’s fixed part once per chunk: events carry shape numbers and their own values', () => {
    const plans = Array.from({ length: 32 }, (_, i) =>
      buildVelocityPlan(
        'vt',
        observation({ transactionKey: `src|tx${i}`, at: Date.parse('2026-11-21T10:00:00Z') + i }),
      ),
    );
    const one = chunkCall(plans.slice(0, 1));
    const all = chunkCall(plans);
    // Same shapes for every event (same subjects known, same flags): the shape list does not grow.
    expect(all.args[0]).toBe(one.args[0]);
    const perEvent = (all.args.length - one.args.length) / 31;
    expect(perEvent).toBeLessThan(scriptCall(plans[0] as (typeof plans)[0]).args.length / 2);
    // The same subjects in every event: each key is passed once for the chunk.
    expect(all.keys).toEqual(one.keys);
    // A window length appears in the shapes only, not per event.
    const shapesEnd = all.args.indexOf('32', 1);
    expect(all.args.slice(shapesEnd).includes(String(7 * 24 * 3_600_000))).toBe(false);
  });

  it('passes each key and each value once per chunk, and every op still names what the plan says', () => {
    // Two customers taking turns (their keys and digests recur), the basket's keys shared by all.
    const plans = Array.from({ length: 8 }, (_, i) =>
      buildVelocityPlan(
        'vt',
        observation({
          transactionKey: `src|tx${i}`,
          eventKey: `src|evt${i}`,
          at: Date.parse('2026-11-21T10:00:00Z') + i,
          email: `c${i % 2}@example.com`,
          customerId: `c_${i % 2}`,
          card: `fp:fp_${i % 2}`,
          deviceId: i === 3 ? null : 'd_9',
        }),
      ),
    );
    const { keys, args } = chunkCall(plans);
    expect(new Set(keys).size).toBe(keys.length);
    const perEvent = plans.map((plan) => scriptCall(plan));
    expect(keys.length).toBeLessThan(perEvent.reduce((n, call) => n + call.keys.length, 0) / 3);
    expect([...keys].sort()).toEqual([...new Set(perEvent.flatMap((call) => call.keys))].sort());
    // Decoded as the script reads it, every event's ops name the keys, members and numbers of its plan.
    const shapes: string[][] = [];
    let a = 1;
    for (let s = 0; s < Number(args[0]); s += 1) {
      const op = args[a] as string;
      const size = { D: 4, C: 4, M: 4, S: 4, H: 3, F: 2, A: 5, K: 6, B: 4 }[op] ?? 0;
      const n = op === 'D' || op === 'C' ? Number(args[a + 3]) : op === 'M' ? 2 * Number(args[a + 3]) : 0;
      const extra = op === 'H' ? Number(args[a + 1]) : op === 'K' ? Number(args[a + 5]) : n;
      shapes.push(args.slice(a, a + size + extra));
      a += size + extra;
    }
    const values = args.slice(a + 1, a + 1 + Number(args[a]));
    expect(new Set(values).size).toBe(values.length);
    a += 1 + values.length;
    expect(args[a]).toBe(String(plans.length));
    plans.forEach((plan, e) => {
      expect(args[a + 1 + 2 * e]).toBe(String(plan.at));
      const tokens = (args[a + 2 + 2 * e] as string).split(' ');
      const usedKeys: string[] = [];
      const usedValues: string[] = [];
      const numbers: string[] = [];
      let t = 0;
      const next = (): string => tokens[t++] as string;
      const key = (): void => void usedKeys.push(keys[Number(next()) - 1] as string);
      const value = (): void => void usedValues.push(values[Number(next()) - 1] as string);
      while (t < tokens.length) {
        const shape = shapes[Number(next()) - 1] as string[];
        const count = Number(shape[shape[0] === 'H' || shape[0] === 'B' ? 1 : shape[0] === 'K' ? 5 : 3]);
        switch (shape[0]) {
          case 'D':
          case 'C':
          case 'F':
            key();
            if (shape[0] === 'F') numbers.push(next());
            else value();
            break;
          case 'M':
            key();
            for (let i = 0; i < count; i += 1) value();
            break;
          case 'S':
          case 'A':
            key();
            key();
            value();
            numbers.push(next());
            break;
          case 'H':
            for (let i = 0; i < count; i += 1) key();
            value();
            break;
          case 'K':
            key();
            value();
            for (let i = 0; i < count; i += 1) value();
            break;
          case 'B':
            for (let i = 0; i < 2 * count; i += 1) key();
            value();
            numbers.push(next());
            break;
        }
      }
      expect(usedKeys).toEqual(perEvent[e]?.keys);
      const expected: string[] = [];
      const expectedNumbers: string[] = [];
      for (const op of plan.ops) {
        if (op.op === 'M') expected.push(...op.kinds.map((k) => k.member));
        else if (op.op === 'K') expected.push(op.member, ...op.values.map((v) => v.value));
        else if (op.op !== 'F') expected.push(op.member);
        if (op.op === 'S' || op.op === 'A') expectedNumbers.push(String(op.amount));
        if (op.op === 'F') expectedNumbers.push(String(op.candidate));
        if (op.op === 'B') expectedNumbers.push(String(op.bucket));
      }
      expect(usedValues).toEqual(expected);
      expect(numbers).toEqual(expectedNumbers);
    });
  });
});
