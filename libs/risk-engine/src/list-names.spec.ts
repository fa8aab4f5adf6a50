import { describe, expect, it } from '@jest/globals';
import { evaluate } from './evaluate.js';
import { buildRiskLists } from './lists.js';
import { compileRuleSet } from './rule-set.js';

/** List names are the owner's words: names of Object.prototype members are lists like any other. */
describe('lists named like object members', () => {
  const names = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'];

  it('builds them as ordinary lists', () => {
    const lists = buildRiskLists(
      names.map((name) => ({ name, kind: 'email', items: [`${name}@example.com`] })),
    );
    for (const name of names)
      expect([...(lists[name.toLowerCase()] ?? [])]).toEqual([`${name.toLowerCase()}@example.com`]);
  });

  it('matches through them, and a rule naming a missing one simply does not match', () => {
    const lists = buildRiskLists([{ name: 'constructor', kind: 'email', items: ['ann@example.com'] }]);
    const rules = compileRuleSet([
      {
        id: 'a',
        name: 'In constructor',
        expression: ':email: in @constructor',
        action: 'block',
        enabled: true,
      },
      { id: 'b', name: 'In toString', expression: ':email: in @tostring', action: 'block', enabled: true },
    ]);
    const verdict = evaluate(rules, { attributes: { email: 'ann@example.com' }, lists });
    expect(verdict.signals.map((signal) => signal.code)).toEqual(['a']);
  });
});
