import { describe, expect, it } from '@jest/globals';
import { RuleSyntaxError } from './errors.js';
import { tokenize } from './tokenizer.js';

const kinds = (source: string): string[] => tokenize(source).map((t) => `${t.kind}:${t.value}`);

describe('tokenize', () => {
  it('reads attributes, lists, numbers, strings, words and operators with positions', () => {
    const tokens = tokenize(':Amount: >= 12.5 AND :email: in @Blocked_Emails');
    expect(tokens.map((t) => [t.kind, t.value, t.position])).toEqual([
      ['attribute', 'amount', 0],
      ['operator', '>=', 9],
      ['number', '12.5', 12],
      ['word', 'and', 17],
      ['attribute', 'email', 21],
      ['word', 'in', 29],
      ['list', 'blocked_emails', 32],
      ['eof', '', 47],
    ]);
    expect(tokens[2]?.number).toBe(12.5);
  });

  it('reads every comparison operator and treats == as =', () => {
    expect(kinds('= == != < <= > >=')).toEqual([
      'operator:=',
      'operator:=',
      'operator:!=',
      'operator:<',
      'operator:<=',
      'operator:>',
      'operator:>=',
      'eof:',
    ]);
  });

  it('decodes single- and double-quoted strings with backslash escapes', () => {
    expect(tokenize(`'it\\'s' "say \\"hi\\"" 'a\\\\b'`).map((t) => t.value)).toEqual([
      "it's",
      'say "hi"',
      'a\\b',
      '',
    ]);
  });

  it('reads negative numbers and punctuation', () => {
    expect(kinds('(-5, 3)')).toEqual(['lparen:(', 'number:-5', 'comma:,', 'number:3', 'rparen:)', 'eof:']);
  });

  it.each([
    [':amount', 0, "expected an attribute like ':amount:' but found ':amount'"],
    ['@', 0, "expected a list name like '@blocked_emails' but found '@'"],
    ["'open", 0, "expected a closing ' for the string but found the end of the expression"],
    ['1.', 2, 'expected a digit after the decimal point but found the end of the expression'],
    ['12abc', 0, "expected a number but found '12abc'"],
    ['a ! b', 2, "but found '!'"],
    ['a # b', 2, "but found '#'"],
  ])('rejects %j at position %i', (source, position, message) => {
    const error = (() => {
      try {
        tokenize(source);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(RuleSyntaxError);
    expect((error as RuleSyntaxError).position).toBe(position);
    expect((error as RuleSyntaxError).message).toContain(message);
  });
});
