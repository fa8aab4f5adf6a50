import { describe, expect, it } from '@jest/globals';
import { compileExpression } from './expression.js';
import type { AttributeValue, RiskContext } from './risk-context.js';

const base: Record<string, AttributeValue> = {
  amount: 60000,
  email: 'ann@example.com',
  email_domain: 'example.com',
  billing_country: 'IE',
  shipping_country: 'IE',
  ip_country: 'DE',
  is_new_customer: false,
  is_disposable_email: true,
  avs_result: 'pass',
  card_fingerprint: 'fp_AbC',
  customer_id: null,
  device_id: '',
};

function ctx(
  attributes: Record<string, AttributeValue> = {},
  lists: Record<string, string[]> = {},
): RiskContext {
  const sets = Object.fromEntries(Object.entries(lists).map(([name, items]) => [name, new Set(items)]));
  return { attributes: { ...base, ...attributes }, lists: sets };
}

const run = (source: string, c: RiskContext = ctx()): boolean => compileExpression(source).evaluate(c);

describe('compileExpression: comparisons', () => {
  it.each([
    [':amount: > 50000', true],
    [':amount: > 60000', false],
    [':amount: >= 60000', true],
    [':amount: < 60000.5', true],
    [':amount: <= 59999', false],
    [':amount: = 60000', true],
    [':amount: == 60000', true],
    [':amount: != 60000', false],
    ['50000 < :amount:', true],
    ['70000 <= :amount:', false],
    [':amount: > -1', true],
  ])('numbers: %s → %s', (source, expected) => expect(run(source)).toBe(expected));

  it.each([
    [":billing_country: = 'IE'", true],
    [':billing_country: = "ie"', true], // literals are normalized like the attribute (countries upper-case)
    [":email: = 'ANN@example.com'", true],
    [":email: != 'bob@example.com'", true],
    [":card_fingerprint: = 'fp_abc'", false], // identifiers stay case-sensitive
    [":card_fingerprint: = 'fp_AbC'", true],
    ["'IE' = :billing_country:", true],
  ])('strings: %s → %s', (source, expected) => expect(run(source)).toBe(expected));

  it('compares booleans and bare boolean attributes', () => {
    expect(run(':is_disposable_email: = true')).toBe(true);
    expect(run(':is_new_customer: = TRUE')).toBe(false);
    expect(run(':is_new_customer: != true')).toBe(true);
    expect(run(':is_disposable_email:')).toBe(true);
    expect(run('not :is_new_customer:')).toBe(true);
    expect(run('true')).toBe(true);
    expect(run('false or :is_disposable_email:')).toBe(true);
  });

  it('compares one attribute with another', () => {
    expect(run(':billing_country: != :shipping_country:')).toBe(false);
    expect(run(':ip_country: != :billing_country:')).toBe(true);
    expect(run(':billing_country: = :shipping_country:')).toBe(true);
    expect(run(':amount: > :amount_for_customer_24h:', ctx({ amount_for_customer_24h: 100 }))).toBe(true);
  });

  it('is false for every comparison with a missing value, including != and not in', () => {
    for (const missing of [null, undefined, '']) {
      const c = ctx({ shipping_country: missing as AttributeValue, amount: missing as AttributeValue });
      expect(run(':billing_country: != :shipping_country:', c)).toBe(false);
      expect(run(":shipping_country: != 'US'", c)).toBe(false);
      expect(run(":shipping_country: not in ('US')", c)).toBe(false);
      expect(run(':shipping_country: not in @blocked_countries', c)).toBe(false);
      expect(run(":shipping_country: includes 'U'", c)).toBe(false);
      expect(run(':amount: < 10', c)).toBe(false);
      expect(run(':amount: != 10', c)).toBe(false);
      expect(run('not (:amount: < 10)', c)).toBe(true);
    }
  });

  it('treats a value of the wrong type as missing', () => {
    expect(run(':amount: > 5', ctx({ amount: '600' }))).toBe(false);
  });
});

describe('compileExpression: in, lists, includes and is_missing', () => {
  it('checks membership in a value list', () => {
    expect(run(":billing_country: in ('FR', 'ie')")).toBe(true);
    expect(run(":billing_country: not in ('FR', 'DE')")).toBe(true);
    expect(run(":billing_country: NOT IN ('IE')")).toBe(false);
    expect(run(':amount: in (1, 60000)')).toBe(true);
  });

  it('resolves named lists from the context, treating an absent list as empty', () => {
    const c = ctx({}, { blocked_emails: ['ann@example.com'], blocked_countries: ['RU'] });
    expect(run(':email: in @blocked_emails', c)).toBe(true);
    expect(run(':email: in @BLOCKED_EMAILS', c)).toBe(true);
    expect(run(':billing_country: in @blocked_countries', c)).toBe(false);
    expect(run(':billing_country: not in @blocked_countries', c)).toBe(true);
    expect(run(':email: in @no_such_list', c)).toBe(false);
    expect(run(':email: not in @no_such_list', c)).toBe(true);
  });

  it('tests substrings with includes, with one needle or any of several', () => {
    expect(run(":email: includes 'EXAMPLE'")).toBe(true);
    expect(run(":email: includes 'nope'")).toBe(false);
    expect(run(":email: includes ('nope', '@example.')")).toBe(true);
    expect(run(':email: includes :email_domain:')).toBe(true);
  });

  it('tests missing values with is_missing', () => {
    expect(run('is_missing(:customer_id:)')).toBe(true);
    expect(run('is_missing(:device_id:)')).toBe(true); // '' is missing
    expect(
      run('IS_MISSING(:shipping_country:)', ctx({ shipping_country: undefined as unknown as null })),
    ).toBe(true);
    expect(run('is_missing(:email:)')).toBe(false);
    expect(run('not is_missing(:email:)')).toBe(true);
  });
});

describe('compileExpression: boolean logic', () => {
  it('gives and precedence over or, and honours parentheses and not', () => {
    expect(run(':amount: > 1 or :amount: < 0 and false')).toBe(true);
    expect(run('(:amount: > 1 or :amount: < 0) and false')).toBe(false);
    expect(run('not (:amount: > 1 and :amount: < 0)')).toBe(true);
    expect(run('not not :is_disposable_email:')).toBe(true);
    expect(run(':amount: > 1 AnD :email: In @x Or tRuE')).toBe(true);
  });

  it('handles long and/or chains', () => {
    const chain = Array.from({ length: 200 }, (_, i) => `:amount: = ${i}`).join(' or ');
    expect(run(chain)).toBe(false);
    expect(run(`${chain} or :amount: = 60000`)).toBe(true);
  });

  it('reports the attributes and lists referenced', () => {
    const e = compileExpression(
      ':Amount: > 5 and (:email: in @Blocked_Emails or :amount: < 2) and is_missing(:ip:)',
    );
    expect(e.attributes).toEqual(['amount', 'email', 'ip']);
    expect(e.lists).toEqual(['blocked_emails']);
    expect(e.source).toContain(':Amount:');
  });

  it('spans several lines', () => {
    expect(run(':amount: > 5\n  and\t:billing_country: = "IE"\r\n')).toBe(true);
  });
});
