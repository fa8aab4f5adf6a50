import type { AttributeType } from './attributes.js';

/** A value operand: an attribute reference or a literal. */
export type Operand =
  | { kind: 'attribute'; name: string; type: AttributeType; position: number }
  | { kind: 'literal'; value: string | number | boolean; type: AttributeType; position: number };

export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';

export type Condition =
  | { kind: 'and' | 'or'; operands: Condition[] }
  | { kind: 'not'; operand: Condition }
  | { kind: 'compare'; operator: ComparisonOperator; left: Operand; right: Operand }
  | { kind: 'in_values'; negated: boolean; subject: Operand; values: Operand[] }
  | { kind: 'in_list'; negated: boolean; subject: Operand; list: string; position: number }
  | { kind: 'includes'; subject: Operand; needles: Operand[] }
  | { kind: 'is_missing'; attribute: string }
  /** A bare boolean attribute or literal used as a condition, e.g. `:is_new_customer:`. */
  | { kind: 'truthy'; operand: Operand };
