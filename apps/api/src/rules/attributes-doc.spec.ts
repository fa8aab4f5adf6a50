import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { ATTRIBUTES, DEFAULT_RULES } from '@vigil/risk-engine';

const doc = readFileSync(new URL('../../../../libs/risk-engine/ATTRIBUTES.md', import.meta.url), 'utf8');

/** ATTRIBUTES.md is what owners read to write rules: it must name every attribute and default rule as built. */
describe('ATTRIBUTES.md', () => {
  it('documents every attribute', () => {
    const missing = ATTRIBUTES.filter((a) => !doc.includes(`| \`:${a.name}:\``)).map((a) => a.name);
    expect(missing).toEqual([]);
  });

  it('lists every default rule with its action and points', () => {
    const rows = DEFAULT_RULES.filter((rule) => {
      const row = new RegExp(
        `^\\| \`${rule.id}\`\\s*\\| ${rule.action}\\s*\\| ${rule.points ?? 0}\\s*\\|`,
        'm',
      );
      return !row.test(doc);
    }).map((rule) => rule.id);
    expect(rows).toEqual([]);
  });
});
