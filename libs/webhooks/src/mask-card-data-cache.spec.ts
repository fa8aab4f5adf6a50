import { describe, expect, it } from '@jest/globals';
import { loadRealworldCorpus } from '@vigil/testing';
import { clearMaskingKeyCache, maskCardData } from './mask-card-data.js';

/** Every real-world payload, parsed, plus each with a card number planted in its deepest object. */
function payloads(): Array<{ name: string; value: unknown }> {
  const out: Array<{ name: string; value: unknown }> = [];
  for (const payload of loadRealworldCorpus()) {
    out.push({ name: payload.id, value: JSON.parse(payload.body) as unknown });
    const planted = JSON.parse(payload.body) as Record<string, unknown>;
    let deepest: Record<string, unknown> = planted;
    for (;;) {
      const next = Object.values(deepest).find(
        (v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v),
      );
      if (!next) break;
      deepest = next;
    }
    deepest['note'] = 'card 4242 4242 4242 4242';
    deepest['cardNumber'] = '4000 0000 0000 0002';
    deepest['cvc'] = '123';
    out.push({ name: `${payload.id} (planted)`, value: planted });
  }
  return out;
}

describe('maskCardData: process-wide key cache and no copy when nothing is masked', () => {
  const corpus = payloads();

  it('gives the same results with a warm key cache as with a cold one, on the real-world corpus', () => {
    const cold = corpus.map(({ value }) => {
      clearMaskingKeyCache();
      return JSON.stringify(maskCardData(structuredClone(value)));
    });
    clearMaskingKeyCache();
    for (let round = 0; round < 2; round++) {
      const warm = corpus.map(({ value }) => JSON.stringify(maskCardData(structuredClone(value))));
      expect(warm).toEqual(cold);
    }
  });

  it('returns an unmasked payload itself, and copies (leaving the input alone) when anything is masked', () => {
    for (const { name, value } of corpus) {
      const before = JSON.stringify(value);
      const masked = maskCardData(value);
      expect(JSON.stringify(value)).toBe(before);
      if (name.endsWith('(planted)')) {
        expect(masked).not.toBe(value);
        const text = JSON.stringify(masked);
        expect(text).not.toContain('4242 4242 4242 4242');
        expect(text).not.toContain('4000 0000 0000 0002');
        expect(text).not.toContain('"cvc":"123"');
      } else if (JSON.stringify(masked) === before) {
        expect(masked).toBe(value);
      } else {
        expect(masked).not.toBe(value);
      }
    }
  });

  it('copies when only a key, a card-number field or a CVC needs masking', () => {
    const cases: unknown[] = [
      { '4242424242424242': 'key' },
      { card: { number: '4242424242424241' } },
      { card: { number: 4242424242424242 } },
      { card: { cvc: '123' } },
      { deep: [[{ pan: ['1234567890123'] }]] },
      { text: 'lone \ud800 surrogate' },
    ];
    for (const input of cases) expect(maskCardData(input)).not.toBe(input);
    const unchanged = {
      card: { cvc: 'pass', last4: '4242' },
      id: '4242424242424242',
      amount: 4242424242424242,
    };
    expect(maskCardData(unchanged)).toBe(unchanged);
  });

  it('bounds the cache: more distinct keys than it holds still mask correctly', () => {
    const wide: Record<string, string> = {};
    for (let i = 0; i < 10_000; i++) wide[`k${i}`] = i === 9_999 ? '4242 4242 4242 4242' : 'x';
    const masked = maskCardData(wide);
    expect(masked['k9999']).toBe('424242******4242');
    expect(masked['k0']).toBe('x');
  });
});
