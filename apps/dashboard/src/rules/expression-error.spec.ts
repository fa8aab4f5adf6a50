import { describe, expect, it } from '@jest/globals';
import { parseExpressionProblem, sliceAtProblem } from './expression-error';

describe('parseExpressionProblem', () => {
  it('reads the position and cause from the api message', () => {
    const expression = ':amount: > ';
    const problem = parseExpressionProblem(
      'Invalid expression at position 11: expected a number, a string or an attribute but found the end',
      expression,
    );
    expect(problem).toEqual({
      position: 11,
      message: 'at position 11: expected a number, a string or an attribute but found the end',
      line: 1,
      column: 12,
      length: 1,
    });
  });

  it('counts lines and columns in a multi-line expression', () => {
    const expression = ':amount: > 5\nand :foo:';
    const problem = parseExpressionProblem(
      'Invalid expression at position 17: expected an attribute',
      expression,
    );
    expect(problem.line).toBe(2);
    expect(problem.column).toBe(5);
  });

  it('keeps a message without a position as the reason', () => {
    expect(parseExpressionProblem('expression is required', '')).toEqual({
      position: null,
      message: 'expression is required',
      line: null,
      column: null,
      length: 1,
    });
  });
});

describe('highlighting', () => {
  it('covers the whole token the engine found', () => {
    const problem = parseExpressionProblem(
      "Invalid expression at position 0: expected a known attribute but found ':nope:'",
      ':nope: = 1',
    );
    expect(problem.length).toBe(6);
    expect(sliceAtProblem(':nope: = 1', 0, problem.length)).toEqual({
      before: '',
      at: ':nope:',
      after: ' = 1',
    });
  });
});

describe('sliceAtProblem', () => {
  it('cuts around the offending character', () => {
    expect(sliceAtProblem(':amount: >> 5', 10)).toEqual({ before: ':amount: >', at: '>', after: ' 5' });
  });

  it('shows a space where the expression ended too early', () => {
    expect(sliceAtProblem(':amount: >', 10)).toEqual({ before: ':amount: >', at: ' ', after: '' });
  });
});
