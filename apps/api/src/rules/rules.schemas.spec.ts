import { describe, expect, it } from '@jest/globals';
import { DEFAULT_RULES } from '@vigil/risk-engine';
import { createRuleSchema } from './rules.schemas.js';

describe('rule schemas', () => {
  // The defaults are installed on first start and an owner edits them through this API: each must be a rule the
  // API itself accepts (and that fits the columns it is stored in), or the first start fails.
  it('accepts every default rule as it is shipped', () => {
    for (const rule of DEFAULT_RULES) {
      const parsed = createRuleSchema.safeParse({
        name: rule.name,
        expression: rule.expression,
        action: rule.action,
        points: rule.points,
        enabled: rule.enabled,
        description: rule.description,
      });
      expect({
        id: rule.id,
        issues: parsed.success ? [] : parsed.error.issues.map((i) => i.message),
      }).toEqual({
        id: rule.id,
        issues: [],
      });
    }
  });

  it('refuses a description longer than the 500 characters it is stored in', () => {
    const parsed = createRuleSchema.safeParse({
      name: 'x',
      expression: 'true',
      action: 'score',
      description: 'a'.repeat(501),
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('description must be at most 500 characters');
  });
});
