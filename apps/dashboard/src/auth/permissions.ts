import type { Role } from '@vigil/contracts';

/** What a signed-in person may do; the api enforces the same rules (docs/api.md#signing-in-and-roles). */
export type Capability =
  | 'decide' // claim, approve, block held orders
  | 'editRules' // rules, thresholds, backtests
  | 'editLists'
  | 'editSources'
  | 'manageUsers'
  | 'viewAudit';

const GRANTS: Record<Role, ReadonlySet<Capability>> = {
  owner: new Set<Capability>(['decide', 'editRules', 'editLists', 'editSources', 'manageUsers', 'viewAudit']),
  staff: new Set<Capability>(['decide']),
  viewer: new Set<Capability>(),
};

export function can(role: Role, capability: Capability): boolean {
  return GRANTS[role]?.has(capability) ?? false;
}
