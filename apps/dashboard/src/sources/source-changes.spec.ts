import type { SourceJson } from '@vigil/contracts';
import { describe, expect, it } from '@jest/globals';
import type { SourceFormValues } from './SourceForm';
import { sourceCreation, sourcePatch } from './source-changes';

const values: SourceFormValues = {
  name: 'Shop',
  kind: 'standard',
  decisionUrl: null,
  rateLimitPerSecond: 10_000,
  holdMinutes: 1440,
  onHoldExpiry: 'escalate',
  notifyAutoApprovals: false,
};

const source: SourceJson = {
  id: 's1',
  name: 'Shop',
  kind: 'standard',
  ingestUrl: 'http://x/webhooks/s1',
  decisionUrl: null,
  rateLimitPerSecond: 10_000,
  holdMinutes: 1440,
  onHoldExpiry: 'escalate',
  notifyAutoApprovals: false,
  previousSecretExpiresAt: null,
  createdAt: '2026-11-21T10:00:00Z',
};

describe('source changes', () => {
  it('creates with only what differs from the defaults', () => {
    expect(sourceCreation(values)).toEqual({ name: 'Shop', kind: 'standard' });
    expect(sourceCreation({ ...values, decisionUrl: 'http://store/hook', holdMinutes: 60 })).toEqual({
      name: 'Shop',
      kind: 'standard',
      decisionUrl: 'http://store/hook',
      holdMinutes: 60,
    });
  });

  it('patches only the fields that changed, and can clear the decision URL', () => {
    expect(sourcePatch(source, values)).toEqual({});
    expect(
      sourcePatch({ ...source, decisionUrl: 'http://store/hook' }, { ...values, rateLimitPerSecond: 50 }),
    ).toEqual({
      decisionUrl: null,
      rateLimitPerSecond: 50,
    });
  });
});
