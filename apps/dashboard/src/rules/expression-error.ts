/** Where and why an expression was refused, from the api's message. */
export interface ExpressionProblem {
  /** 0-based offset into the expression (UTF-16 code units), or null when the message names none. */
  position: number | null;
  /** The message without the "Invalid expression" prefix, e.g. "at position 9: expected a value but found end". */
  message: string;
  /** 1-based line and column of `position`, for people. */
  line: number | null;
  column: number | null;
  /** How many characters to highlight: the token the engine found there, else 1. */
  length: number;
}

const POSITION = /at position (\d+)/;
const FOUND = /but found '(.+)'/;

/** Reads "Invalid expression at position N: expected … but found …" (any other text is kept as the reason). */
export function parseExpressionProblem(message: string, expression: string): ExpressionProblem {
  const match = POSITION.exec(message);
  const text = message.replace(/^Invalid expression\s*/i, '');
  if (!match) return { position: null, message: text, line: null, column: null, length: 1 };
  const position = Math.min(Number(match[1]), expression.length);
  const before = expression.slice(0, position);
  const line = before.split('\n').length;
  const column = position - (before.lastIndexOf('\n') + 1) + 1;
  const found = FOUND.exec(text)?.[1];
  const length = found && expression.startsWith(found, position) ? found.length : 1;
  return { position, message: text, line, column, length };
}

export interface ExpressionSlices {
  before: string;
  /** The character at the position (a space when the expression ended there). */
  at: string;
  after: string;
}

/** The expression cut around the problem, so the offending character can be highlighted. */
export function sliceAtProblem(expression: string, position: number, length = 1): ExpressionSlices {
  const at = expression.slice(position, position + length);
  if (at === '' || at.startsWith('\n')) {
    return { before: expression.slice(0, position), at: ' ', after: expression.slice(position) };
  }
  return { before: expression.slice(0, position), at, after: expression.slice(position + length) };
}
