import type { ComparisonOperator, Condition, Operand } from './ast.js';
import { ATTRIBUTE_NAMES, findAttribute } from './attributes.js';
import { RuleSyntaxError } from './errors.js';
import { MAX_NESTING_DEPTH } from './limits.js';
import { closestName } from './suggest.js';
import { describeToken, type Token } from './tokenizer.js';

export interface ParseOptions {
  /** When given, `@name` must be one of these (lower-case) list names. */
  knownLists?: ReadonlySet<string>;
}

export interface ParseResult {
  condition: Condition;
  attributes: string[];
  lists: string[];
}

const FUNCTIONS = ['is_missing'];
const KEYWORDS = ['and', 'or', 'not', 'in', 'includes', 'true', 'false'];
const START = "an attribute, a value or '('";
const AFTER_OPERAND = "a comparison operator, 'in', 'not in' or 'includes'";

/**
 * Recursive-descent parser. Grammar (keywords are case-insensitive):
 *   expression := and ('or' and)*
 *   and        := unary ('and' unary)*
 *   unary      := 'not' unary | '(' expression ')' | 'is_missing' '(' attribute ')' | operand tail?
 *   tail       := op operand | ['not'] 'in' ( '(' value (',' value)* ')' | @list ) | 'includes' (operand | tuple)
 * Every token is looked at a bounded number of times, so parsing is linear in the input.
 */
export function parseTokens(tokens: Token[], options: ParseOptions = {}): ParseResult {
  const parser = new Parser(tokens, options);
  const condition = parser.parseOr();
  const end = parser.peek();
  if (end.kind !== 'eof') {
    const guess = end.kind === 'word' ? closestName(end.value, ['and', 'or']) : undefined;
    const hint = end.kind === 'rparen' ? "this ')' has no matching '('" : guess && `did you mean '${guess}'?`;
    parser.fail(end, "'and', 'or' or the end of the expression", hint);
  }
  return { condition, attributes: [...parser.attributes], lists: [...parser.lists] };
}

class Parser {
  readonly attributes = new Set<string>();
  readonly lists = new Set<string>();
  private index = 0;
  private depth = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly options: ParseOptions,
  ) {}

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.index++;
    return t;
  }

  private isWord(word: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === 'word' && t.value === word;
  }

  fail(at: Token, expected: string, hint?: string): never {
    throw new RuleSyntaxError(at.position, expected, describeToken(at), hint);
  }

  parseOr(): Condition {
    const first = this.parseAnd();
    if (!this.isWord('or')) return first;
    const operands = [first];
    while (this.isWord('or')) {
      this.next();
      operands.push(this.parseAnd());
    }
    return { kind: 'or', operands };
  }

  private parseAnd(): Condition {
    const first = this.parseUnary();
    if (!this.isWord('and')) return first;
    const operands = [first];
    while (this.isWord('and')) {
      this.next();
      operands.push(this.parseUnary());
    }
    return { kind: 'and', operands };
  }

  private enter(at: Token): void {
    if (++this.depth > MAX_NESTING_DEPTH) {
      this.fail(
        at,
        `at most ${MAX_NESTING_DEPTH} levels of parentheses or 'not'`,
        'the expression is nested too deeply',
      );
    }
  }

  private parseUnary(): Condition {
    const t = this.peek();
    if (this.isWord('not')) {
      this.enter(this.next());
      const operand = this.parseUnary();
      this.depth--;
      return { kind: 'not', operand };
    }
    if (t.kind === 'lparen') {
      this.enter(this.next());
      const inner = this.parseOr();
      if (this.peek().kind !== 'rparen') this.fail(this.peek(), "'and', 'or' or ')'");
      this.next();
      this.depth--;
      return inner;
    }
    if (t.kind === 'word' && !KEYWORDS.includes(t.value) && this.peek(1).kind === 'lparen') {
      return this.parseCall();
    }
    const subject = this.parseOperand(START);
    return this.parseTail(subject);
  }

  private parseCall(): Condition {
    const name = this.next();
    if (!FUNCTIONS.includes(name.value)) {
      const guess = closestName(name.value, FUNCTIONS);
      this.fail(name, `a known function (${FUNCTIONS.join(', ')})`, guess && `did you mean '${guess}'?`);
    }
    this.next(); // '('
    const argument = this.parseOperand('an attribute');
    if (argument.kind !== 'attribute') this.fail(this.tokens[this.index - 1] as Token, 'an attribute');
    if (this.peek().kind !== 'rparen') this.fail(this.peek(), "')'");
    this.next();
    return { kind: 'is_missing', attribute: argument.name };
  }

  private parseOperand(expected: string): Operand {
    const t = this.peek();
    switch (t.kind) {
      case 'attribute': {
        const definition = findAttribute(t.value);
        if (!definition) {
          const guess = closestName(t.value, ATTRIBUTE_NAMES);
          this.fail(t, 'a known attribute', guess && `did you mean ':${guess}:'?`);
        }
        this.next();
        this.attributes.add(t.value);
        return { kind: 'attribute', name: t.value, type: definition.type, position: t.position };
      }
      case 'number':
        this.next();
        return { kind: 'literal', value: t.number, type: 'number', position: t.position };
      case 'string':
        // '' is how a missing value reads, so comparing with it could never match: point at is_missing() instead.
        if (t.value === '')
          this.fail(t, 'a non-empty string', 'use is_missing(:attribute:) to test for a missing value');
        this.next();
        return { kind: 'literal', value: t.value, type: 'string', position: t.position };
      case 'word':
        if (t.value === 'true' || t.value === 'false') {
          this.next();
          return { kind: 'literal', value: t.value === 'true', type: 'boolean', position: t.position };
        }
        if (findAttribute(t.value)) this.fail(t, expected, `attributes are written ':${t.value}:'`);
        if (KEYWORDS.includes(t.value)) this.fail(t, expected);
        return this.fail(t, expected, 'strings need quotes');
      default:
        return this.fail(t, expected);
    }
  }

  private parseTail(subject: Operand): Condition {
    const t = this.peek();
    if (t.kind === 'operator') {
      this.next();
      const right = this.parseOperand('an attribute or a value');
      return checkCompare(t.value as ComparisonOperator, subject, right);
    }
    if (this.isWord('in') || (this.isWord('not') && this.isWord('in', 1))) {
      const negated = this.next().value === 'not';
      if (negated) this.next();
      return this.parseIn(subject, negated);
    }
    if (this.isWord('includes')) {
      this.next();
      requireType(subject, 'string', "a string attribute before 'includes'");
      const needles =
        this.peek().kind === 'lparen' ? this.parseTuple(subject) : [this.parseOperand('a string')];
      for (const needle of needles) requireType(needle, 'string', 'a string');
      return { kind: 'includes', subject, needles };
    }
    if (this.isWord('not')) this.fail(this.peek(1), "'in' after 'not'");
    if (subject.type === 'boolean') return { kind: 'truthy', operand: subject };
    const guess = t.kind === 'word' ? closestName(t.value, KEYWORDS) : undefined;
    return this.fail(t, AFTER_OPERAND, guess && `did you mean '${guess}'?`);
  }

  private parseIn(subject: Operand, negated: boolean): Condition {
    const t = this.peek();
    if (t.kind === 'list') {
      requireType(subject, 'string', "a string attribute before 'in @list'");
      const known = this.options.knownLists;
      if (known && !known.has(t.value)) {
        const guess = closestName(t.value, [...known]);
        this.fail(t, 'a known list', guess && `did you mean '@${guess}'?`);
      }
      this.next();
      this.lists.add(t.value);
      return { kind: 'in_list', negated, subject, list: t.value, position: t.position };
    }
    if (t.kind !== 'lparen') this.fail(t, "'(' or a list like '@blocked_emails'");
    return { kind: 'in_values', negated, subject, values: this.parseTuple(subject) };
  }

  /** `( value, value, … )` of literals of the subject's type. */
  private parseTuple(subject: Operand): Operand[] {
    this.next(); // '('
    const values: Operand[] = [];
    for (;;) {
      const value = this.parseOperand('a value');
      if (value.kind !== 'literal') this.fail(this.tokens[this.index - 1] as Token, 'a value');
      requireType(value, subject.type, `a ${subject.type}`);
      values.push(value);
      const t = this.next();
      if (t.kind === 'rparen') return values;
      if (t.kind !== 'comma') this.fail(t, "',' or ')'");
    }
  }
}

function describeOperand(operand: Operand): string {
  if (operand.kind === 'attribute') return `':${operand.name}:' (a ${operand.type} attribute)`;
  return typeof operand.value === 'string'
    ? `the string '${operand.value}'`
    : `the ${operand.type} ${operand.value}`;
}

function requireType(operand: Operand, type: Operand['type'], expected: string): void {
  if (operand.type !== type) throw new RuleSyntaxError(operand.position, expected, describeOperand(operand));
}

function checkCompare(operator: ComparisonOperator, left: Operand, right: Operand): Condition {
  if (operator !== '=' && operator !== '!=') {
    requireType(left, 'number', `a number before '${operator}'`);
    requireType(right, 'number', `a number after '${operator}'`);
  } else if (left.kind === 'literal' && right.kind === 'attribute') {
    requireType(left, right.type, `a ${right.type}`);
  } else {
    requireType(right, left.type, `a ${left.type}`);
  }
  return { kind: 'compare', operator, left, right };
}
