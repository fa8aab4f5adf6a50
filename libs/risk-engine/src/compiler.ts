import type { ComparisonOperator, Condition, Operand } from './ast.js';
import { findAttribute, type AttributeType } from './attributes.js';
import type { AttributeValue, RiskContext } from './risk-context.js';

/** A compiled condition: a tree of small closures built once, so evaluation does no parsing or dispatch on AST kinds. */
export type Predicate = (ctx: RiskContext) => boolean;
type Literal = string | number | boolean;
type Test = (a: Literal, b: Literal) => boolean;

const TESTS: Record<ComparisonOperator, Test> = {
  '=': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

/** `5 < :amount:` is `:amount: > 5`: lets every attribute-vs-literal comparison keep the attribute on the left. */
const FLIPPED: Record<ComparisonOperator, ComparisonOperator> = {
  '=': '=',
  '!=': '!=',
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
};

const ALWAYS: Predicate = () => true;
const NEVER: Predicate = () => false;
const constant = (value: boolean): Predicate => (value ? ALWAYS : NEVER);

/** Missing means null/undefined, '' or a value of the wrong type; every comparison with a missing value is false. */
function isPresent(value: AttributeValue | undefined, type: AttributeType): value is Literal {
  return typeof value === type && value !== '';
}

/** Normalizes a string literal the way buildRiskContext normalizes the attribute it is compared with. */
function normalizeFor(attribute: string, value: Literal): Literal {
  if (typeof value !== 'string') return value;
  const c = findAttribute(attribute)?.case;
  return c === 'lower' ? value.toLowerCase() : c === 'upper' ? value.toUpperCase() : value;
}

function literalValue(operand: Operand): Literal {
  return operand.kind === 'literal' ? operand.value : '';
}

export function compileCondition(node: Condition): Predicate {
  switch (node.kind) {
    case 'and':
      return compileAnd(node.operands.map(compileCondition));
    case 'or':
      return compileOr(node.operands.map(compileCondition));
    case 'not': {
      const inner = compileCondition(node.operand);
      return (ctx) => !inner(ctx);
    }
    case 'compare':
      return compileCompare(node.operator, node.left, node.right);
    case 'in_values':
      return compileInValues(node.subject, node.values, node.negated);
    case 'in_list':
      return compileInList(node.subject, node.list, node.negated);
    case 'includes':
      return compileIncludes(node.subject, node.needles);
    case 'is_missing': {
      const name = node.attribute;
      return (ctx) => {
        const v = ctx.attributes[name];
        return v === null || v === undefined || v === '';
      };
    }
    case 'truthy': {
      const operand = node.operand;
      if (operand.kind === 'literal') return constant(operand.value === true);
      const name = operand.name;
      return (ctx) => ctx.attributes[name] === true;
    }
  }
}

function compileAnd(parts: Predicate[]): Predicate {
  if (parts.length === 2) {
    const [a, b] = parts as [Predicate, Predicate];
    return (ctx) => a(ctx) && b(ctx);
  }
  return (ctx) => {
    for (const part of parts) if (!part(ctx)) return false;
    return true;
  };
}

function compileOr(parts: Predicate[]): Predicate {
  if (parts.length === 2) {
    const [a, b] = parts as [Predicate, Predicate];
    return (ctx) => a(ctx) || b(ctx);
  }
  return (ctx) => {
    for (const part of parts) if (part(ctx)) return true;
    return false;
  };
}

function compileCompare(operator: ComparisonOperator, left: Operand, right: Operand): Predicate {
  if (left.kind === 'literal' && right.kind === 'literal') {
    return constant(TESTS[operator](left.value, right.value));
  }
  if (left.kind === 'literal') return compileCompare(FLIPPED[operator], right, left);
  const name = left.name;
  const type = left.type;
  if (right.kind === 'attribute') {
    const other = right.name;
    const test = TESTS[operator];
    return (ctx) => {
      const a = ctx.attributes[name];
      const b = ctx.attributes[other];
      return isPresent(a, type) && isPresent(b, type) && test(a, b);
    };
  }
  return compileAgainstLiteral(name, type, operator, normalizeFor(name, right.value));
}

/** The hot path of most rules: one attribute against one literal, specialized per operator. */
function compileAgainstLiteral(
  name: string,
  type: AttributeType,
  op: ComparisonOperator,
  value: Literal,
): Predicate {
  if (type === 'number') {
    const n = value as number;
    switch (op) {
      case '>':
        return (ctx) => {
          const v = ctx.attributes[name];
          return typeof v === 'number' && v > n;
        };
      case '>=':
        return (ctx) => {
          const v = ctx.attributes[name];
          return typeof v === 'number' && v >= n;
        };
      case '<':
        return (ctx) => {
          const v = ctx.attributes[name];
          return typeof v === 'number' && v < n;
        };
      case '<=':
        return (ctx) => {
          const v = ctx.attributes[name];
          return typeof v === 'number' && v <= n;
        };
    }
  }
  if (op === '=') return (ctx) => ctx.attributes[name] === value;
  return (ctx) => {
    const v = ctx.attributes[name];
    return isPresent(v, type) && v !== value;
  };
}

function compileInValues(subject: Operand, values: Operand[], negated: boolean): Predicate {
  if (subject.kind === 'literal') {
    return constant(values.some((v) => literalValue(v) === subject.value) !== negated);
  }
  const name = subject.name;
  const type = subject.type;
  const set = new Set<Literal>(values.map((v) => normalizeFor(name, literalValue(v))));
  return (ctx) => {
    const v = ctx.attributes[name];
    return isPresent(v, type) && set.has(v) !== negated;
  };
}

function compileInList(subject: Operand, list: string, negated: boolean): Predicate {
  if (subject.kind === 'literal') {
    const value = String(subject.value);
    return (ctx) => (ctx.lists[list]?.has(value) ?? false) !== negated;
  }
  const name = subject.name;
  // A list the context does not carry is empty: `in` is false and `not in` is true.
  return (ctx) => {
    const v = ctx.attributes[name];
    if (typeof v !== 'string' || v === '') return false;
    return (ctx.lists[list]?.has(v) ?? false) !== negated;
  };
}

function compileIncludes(subject: Operand, needles: Operand[]): Predicate {
  if (needles.some((n) => n.kind === 'attribute')) {
    return compileOr(needles.map((needle) => compileIncludesOne(subject, needle)));
  }
  if (subject.kind === 'literal') {
    const haystack = String(subject.value);
    return constant(needles.some((n) => haystack.includes(String(literalValue(n)))));
  }
  const name = subject.name;
  const strings = needles.map((n) => String(normalizeFor(name, literalValue(n))));
  return (ctx) => {
    const v = ctx.attributes[name];
    if (typeof v !== 'string' || v === '') return false;
    for (const s of strings) if (v.includes(s)) return true;
    return false;
  };
}

/** `includes` with an attribute on either side: both values must be present. */
function compileIncludesOne(subject: Operand, needle: Operand): Predicate {
  const read = (operand: Operand): ((ctx: RiskContext) => AttributeValue | undefined) => {
    if (operand.kind === 'literal') {
      const value = operand.value;
      return () => value;
    }
    const name = operand.name;
    return (ctx) => ctx.attributes[name];
  };
  const haystack = read(subject);
  const part = read(needle);
  return (ctx) => {
    const h = haystack(ctx);
    const p = part(ctx);
    return typeof h === 'string' && h !== '' && typeof p === 'string' && p !== '' && h.includes(p);
  };
}
