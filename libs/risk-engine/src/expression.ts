import { compileCondition } from './compiler.js';
import { RuleSyntaxError } from './errors.js';
import { MAX_EXPRESSION_LENGTH } from './limits.js';
import { parseTokens, type ParseOptions } from './parser.js';
import type { RiskContext } from './risk-context.js';
import { tokenize } from './tokenizer.js';

export interface CompiledExpression {
  readonly source: string;
  /** Attribute names the expression references (lower-case, first use first). */
  readonly attributes: string[];
  /** List names referenced with `in @name` (lower-case). */
  readonly lists: string[];
  /** Pure and total: never throws for any context. */
  evaluate(ctx: RiskContext): boolean;
}

export type ExpressionOptions = ParseOptions;

export type ExpressionValidation =
  { ok: true } | { ok: false; position: number; expected: string; message: string };

/** Parses, type-checks and compiles a rule expression once; throws RuleSyntaxError when it is invalid. */
export function compileExpression(source: string, options: ExpressionOptions = {}): CompiledExpression {
  if (typeof source !== 'string') throw new RuleSyntaxError(0, 'an expression string', typeof source);
  if (source.length > MAX_EXPRESSION_LENGTH) {
    throw new RuleSyntaxError(
      MAX_EXPRESSION_LENGTH,
      `an expression of at most ${MAX_EXPRESSION_LENGTH} characters`,
      `one of ${source.length} characters`,
    );
  }
  const parsed = parseTokens(tokenize(source), options);
  const predicate = compileCondition(parsed.condition);
  return {
    source,
    attributes: parsed.attributes,
    lists: parsed.lists,
    evaluate: predicate,
  };
}

/** The same checks as compileExpression, as a value: for APIs that refuse a rule with the position and cause. */
export function validateExpression(source: string, options: ExpressionOptions = {}): ExpressionValidation {
  try {
    compileExpression(source, options);
    return { ok: true };
  } catch (error) {
    if (error instanceof RuleSyntaxError) {
      return { ok: false, position: error.position, expected: error.expected, message: error.message };
    }
    throw error;
  }
}
