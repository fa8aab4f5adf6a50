import { RuleSyntaxError } from './errors.js';
import { MAX_STRING_LITERAL_LENGTH } from './limits.js';

export type TokenKind =
  | 'attribute' // :name:
  | 'list' // @name
  | 'number'
  | 'string'
  | 'word' // keywords, booleans and function names (lower-cased in `value`)
  | 'operator' // = == != < <= > >=
  | 'lparen'
  | 'rparen'
  | 'comma'
  | 'eof';

export interface Token {
  kind: TokenKind;
  /** Lower-cased name for attributes, lists and words; decoded text for strings; the operator itself. */
  value: string;
  /** Parsed value of a number token. */
  number: number;
  /** 0-based offset of the token's first character. */
  position: number;
  /** The token exactly as written, for error messages. */
  text: string;
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isNameChar = (c: string): boolean =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c === '_';
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Describes a token for "but found …" in error messages. */
export function describeToken(token: Token): string {
  if (token.kind === 'eof') return 'the end of the expression';
  const text = token.text.length > 40 ? `${token.text.slice(0, 37)}...` : token.text;
  return token.kind === 'string' ? `the string ${text}` : `'${text}'`;
}

function token(kind: TokenKind, value: string, position: number, text: string, number = 0): Token {
  return { kind, value, number, position, text };
}

/** Splits an expression into tokens in one linear pass; throws RuleSyntaxError on the first bad character. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i] as string;
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === ':') {
      i = readName(source, i + 1);
      if (i === start + 1 || source[i] !== ':') {
        throw new RuleSyntaxError(start, "an attribute like ':amount:'", `'${source.slice(start, i)}'`);
      }
      i++;
      tokens.push(
        token('attribute', source.slice(start + 1, i - 1).toLowerCase(), start, source.slice(start, i)),
      );
    } else if (c === '@') {
      i = readName(source, i + 1);
      if (i === start + 1) throw new RuleSyntaxError(start, "a list name like '@blocked_emails'", "'@'");
      tokens.push(token('list', source.slice(start + 1, i).toLowerCase(), start, source.slice(start, i)));
    } else if (isDigit(c) || (c === '-' && isDigit(source[i + 1] ?? ''))) {
      i = readNumber(source, i);
      const text = source.slice(start, i);
      tokens.push(token('number', text, start, text, Number(text)));
    } else if (c === "'" || c === '"') {
      i = readString(source, i, tokens);
    } else if (isNameChar(c)) {
      i = readName(source, i);
      const text = source.slice(start, i);
      tokens.push(token('word', text.toLowerCase(), start, text));
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push(token(c === '(' ? 'lparen' : c === ')' ? 'rparen' : 'comma', c, start, c));
      i++;
    } else {
      i = readOperator(source, i, tokens);
    }
  }
  tokens.push(token('eof', '', n, ''));
  return tokens;
}

function readName(source: string, i: number): number {
  while (i < source.length && isNameChar(source[i] as string)) i++;
  return i;
}

function readNumber(source: string, i: number): number {
  const start = i;
  if (source[i] === '-') i++;
  while (isDigit(source[i] ?? '')) i++;
  if (source[i] === '.') {
    if (!isDigit(source[i + 1] ?? '')) {
      throw new RuleSyntaxError(i + 1, 'a digit after the decimal point', found(source, i + 1));
    }
    i++;
    while (isDigit(source[i] ?? '')) i++;
  }
  // "12abc" is a typo, not a number followed by a word.
  if (isNameChar(source[i] ?? '')) {
    throw new RuleSyntaxError(start, 'a number', `'${source.slice(start, readName(source, i))}'`);
  }
  return i;
}

/** Reads a quoted string; a backslash escapes the next character (so \' and \\ work). */
function readString(source: string, start: number, tokens: Token[]): number {
  const quote = source[start] as string;
  let i = start + 1;
  let value = '';
  let chunk = i;
  while (i < source.length && source[i] !== quote) {
    if (source[i] === '\\') {
      value += source.slice(chunk, i);
      i++;
      chunk = i;
      if (i >= source.length) break;
    }
    i++;
  }
  if (i >= source.length) {
    throw new RuleSyntaxError(start, `a closing ${quote} for the string`, 'the end of the expression');
  }
  value += source.slice(chunk, i);
  if (value.length > MAX_STRING_LITERAL_LENGTH) {
    throw new RuleSyntaxError(
      start,
      `a string of at most ${MAX_STRING_LITERAL_LENGTH} characters`,
      `one of ${value.length} characters`,
    );
  }
  i++;
  tokens.push(token('string', value, start, source.slice(start, i)));
  return i;
}

function readOperator(source: string, i: number, tokens: Token[]): number {
  const two = source.slice(i, i + 2);
  const op = two === '==' || two === '!=' || two === '<=' || two === '>=' ? two : (source[i] as string);
  if (op === '=' || op === '<' || op === '>' || op.length === 2) {
    tokens.push(token('operator', op === '==' ? '=' : op, i, op));
    return i + op.length;
  }
  throw new RuleSyntaxError(i, 'an attribute, a value, an operator or a keyword', found(source, i));
}

function found(source: string, i: number): string {
  if (i >= source.length) return 'the end of the expression';
  const cp = source.codePointAt(i) ?? 0;
  return `'${String.fromCodePoint(cp)}'`;
}
