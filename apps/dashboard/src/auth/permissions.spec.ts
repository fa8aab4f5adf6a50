import { describe, expect, it } from '@jest/globals';
import { can } from './permissions';

describe('can', () => {
  it('lets the owner do everything', () => {
    for (const capability of [
      'decide',
      'editRules',
      'editLists',
      'editSources',
      'manageUsers',
      'viewAudit',
    ] as const)
      expect(can('owner', capability)).toBe(true);
  });

  it('lets staff decide but not edit rules, lists, sources or users', () => {
    expect(can('staff', 'decide')).toBe(true);
    expect(can('staff', 'editRules')).toBe(false);
    expect(can('staff', 'editSources')).toBe(false);
    expect(can('staff', 'manageUsers')).toBe(false);
    expect(can('staff', 'viewAudit')).toBe(false);
  });

  it('keeps viewers read-only', () => {
    expect(can('viewer', 'decide')).toBe(false);
    expect(can('viewer', 'editLists')).toBe(false);
  });
});
