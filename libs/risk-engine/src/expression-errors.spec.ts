import { describe, expect, it } from '@jest/globals';
import { RuleSyntaxError } from './errors.js';
import { compileExpression, validateExpression } from './expression.js';
import { MAX_EXPRESSION_LENGTH, MAX_NESTING_DEPTH, MAX_STRING_LITERAL_LENGTH } from './limits.js';

function failure(source: string, options = {}): { position: number; expected: string; message: string } {
  const result = validateExpression(source, options);
  if (result.ok) throw new Error(`expected ${JSON.stringify(source)} to be invalid`);
  return result;
}

describe('malformed expressions', () => {
  it.each([
    [':amount: > 50000 or and', 20, "at position 20: expected an attribute, a value or '(' but found 'and'"],
    ['', 0, "at position 0: expected an attribute, a value or '(' but found the end of the expression"],
    ['not', 3, "expected an attribute, a value or '(' but found the end of the expression"],
    ['(:amount: > 5', 13, "expected 'and', 'or' or ')' but found the end of the expression"],
    [':amount: > 5)', 12, "expected 'and', 'or' or the end of the expression but found ')' (this ')' has no"],
    [':amount: > 5 adn :amount: < 9', 13, "but found 'adn' (did you mean 'and'?)"],
    [':amount: >', 10, 'expected an attribute or a value but found the end of the expression'],
    [':amount:', 8, "expected a comparison operator, 'in', 'not in' or 'includes' but found the end"],
    [':amount: 5', 9, "expected a comparison operator, 'in', 'not in' or 'includes' but found '5'"],
    [':email: not :email:', 12, "expected 'in' after 'not' but found ':email:'"],
    [':amount: in ()', 13, "expected a value but found ')'"],
    [":billing_country: in ('IE' 'FR')", 27, "expected ',' or ')' but found the string 'FR'"],
    [
      ":billing_country: in 'IE'",
      21,
      "expected '(' or a list like '@blocked_emails' but found the string 'IE'",
    ],
    [':billing_country: in (:ip_country:)', 22, "expected a value but found ':ip_country:'"],
    ["is_missing('x')", 11, "expected an attribute but found the string 'x'"],
    ['is_missing(:email:', 18, "expected ')' but found the end of the expression"],
    ['is_mising(:email:)', 0, "expected a known function (is_missing) but found 'is_mising' (did you mean"],
    ["in ('a')", 0, "expected an attribute, a value or '(' but found 'in'"],
    ['amount > 5', 0, "but found 'amount' (attributes are written ':amount:')"],
    [':email: = ann', 10, "but found 'ann' (strings need quotes)"],
    [":email: = ''", 10, "expected a non-empty string but found the string '' (use is_missing"],
  ])('%j fails at %i', (source, position, message) => {
    const result = failure(source);
    expect(result.position).toBe(position);
    expect(result.message).toContain(message);
    expect(result.message.startsWith(`at position ${position}: expected ${result.expected} but found`)).toBe(
      true,
    );
  });

  it.each([
    [':email: > 5', 0, "expected a number before '>' but found ':email:' (a string attribute)"],
    [':amount: < :email:', 11, "expected a number after '<' but found ':email:' (a string attribute)"],
    [':email: = 5', 10, 'expected a string but found the number 5'],
    [":amount: = '5'", 11, "expected a number but found the string '5'"],
    ['5 = :email:', 0, 'expected a string but found the number 5'],
    [':is_new_customer: = 1', 20, 'expected a boolean but found the number 1'],
    [":billing_country: in ('IE', 3)", 28, 'expected a string but found the number 3'],
    [':amount: in @blocked_bins', 0, "expected a string attribute before 'in @list'"],
    [":amount: includes '5'", 0, "expected a string attribute before 'includes'"],
  ])('type error %j at %i', (source, position, message) => {
    const result = failure(source);
    expect(result.position).toBe(position);
    expect(result.message).toContain(message);
  });

  it('rejects unknown attributes with the position and a suggestion when one is close', () => {
    expect(failure(':amount: > 5 and :biling_country: = "IE"')).toMatchObject({
      position: 17,
      expected: 'a known attribute',
      message:
        "at position 17: expected a known attribute but found ':biling_country:' (did you mean ':billing_country:'?)",
    });
    expect(failure(':zzzzzz: = 1').message).toBe(
      "at position 0: expected a known attribute but found ':zzzzzz:'",
    );
  });

  it('rejects unknown lists only when the known lists are given', () => {
    expect(validateExpression(':email: in @blocked_emailz')).toEqual({ ok: true });
    const result = failure(':email: in @blocked_emailz', { knownLists: new Set(['blocked_emails']) });
    expect(result).toMatchObject({ position: 11, expected: 'a known list' });
    expect(result.message).toContain("did you mean '@blocked_emails'?");
  });

  it('throws RuleSyntaxError from compileExpression with position and expected', () => {
    expect(() => compileExpression(':amount: >')).toThrow(RuleSyntaxError);
    try {
      compileExpression(':amount: > 5 and and');
    } catch (error) {
      expect(error).toMatchObject({
        name: 'RuleSyntaxError',
        position: 17,
        expected: "an attribute, a value or '('",
      });
    }
  });

  it('accepts valid expressions', () => {
    expect(validateExpression(':amount: > 50000 and :billing_country: != :shipping_country:')).toEqual({
      ok: true,
    });
    expect(validateExpression(':ip_country: in @blocked_countries')).toEqual({ ok: true });
    expect(validateExpression(':card_count_for_ip_1h: >= 3')).toEqual({ ok: true });
    expect(validateExpression('is_missing(:email:)')).toEqual({ ok: true });
  });
});

describe('hostile input', () => {
  // A blow-up (exponential backtracking, deep recursion) would overrun the test timeout; speed is in `npm run bench`.
  const quickly = (fn: () => void): void => fn();

  it('rejects a 100 KB expression by its length before parsing', () => {
    const source = ':amount: > 1 or '.repeat(6400) + 'true';
    quickly(() => {
      const result = failure(source);
      expect(result.position).toBe(MAX_EXPRESSION_LENGTH);
      expect(result.message).toBe(
        `at position ${MAX_EXPRESSION_LENGTH}: expected an expression of at most ${MAX_EXPRESSION_LENGTH} characters but found one of ${source.length} characters`,
      );
    });
  });

  it('rejects 10,000 nested parentheses', () => {
    quickly(() =>
      expect(failure('('.repeat(10_000) + 'true' + ')'.repeat(10_000)).expected).toContain('at most'),
    );
  });

  it('rejects nesting deeper than the limit within the length cap, at the first bracket too deep', () => {
    const source = '('.repeat(MAX_NESTING_DEPTH + 1) + 'true' + ')'.repeat(MAX_NESTING_DEPTH + 1);
    const result = failure(source);
    expect(result.position).toBe(MAX_NESTING_DEPTH);
    expect(result.message).toContain(`expected at most ${MAX_NESTING_DEPTH} levels of parentheses or 'not'`);
    expect(failure('not '.repeat(MAX_NESTING_DEPTH + 1) + 'true').message).toContain('nested too deeply');
    const deepest = '('.repeat(MAX_NESTING_DEPTH) + 'true' + ')'.repeat(MAX_NESTING_DEPTH);
    expect(compileExpression(deepest).evaluate({ attributes: {}, lists: {} })).toBe(true);
  });

  it('rejects a very long string literal', () => {
    quickly(() => expect(failure(`:email: = '${'a'.repeat(100_000)}'`).position).toBe(MAX_EXPRESSION_LENGTH));
    const result = failure(`:email: = '${'a'.repeat(MAX_STRING_LITERAL_LENGTH + 1)}'`);
    expect(result).toMatchObject({
      position: 10,
      expected: `a string of at most ${MAX_STRING_LITERAL_LENGTH} characters`,
    });
  });

  it('handles a pathological but legal maximum-size expression in linear time', () => {
    const unit = '(:amount: > 1 and not :email: in @x) or ';
    const source = unit.repeat(Math.floor((MAX_EXPRESSION_LENGTH - 10) / unit.length)) + 'false';
    quickly(() =>
      expect(compileExpression(source).evaluate({ attributes: { amount: 0 }, lists: {} })).toBe(false),
    );
  });

  it('does not suggest for absurdly long unknown names, and rejects non-strings', () => {
    expect(failure(`:${'x'.repeat(3000)}: = 1`).message).not.toContain('did you mean');
    expect(failure(42 as unknown as string).expected).toBe('an expression string');
  });

  it('rejects control and non-ASCII characters outside strings, but allows them inside', () => {
    expect(failure(':email: = \u0000').message).toContain("but found '\u0000'");
    expect(failure(':email: ≠ "x"').position).toBe(8);
    expect(validateExpression(':email: = "zoë@exämple.com"')).toEqual({ ok: true });
  });
});
