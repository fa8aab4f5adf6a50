import type { CreateSourceRequest, SourceJson, UpdateSourceRequest } from '@vigil/contracts';
import type { SourceFormValues } from './SourceForm';

/** Defaults of the api: left out of a new source's request, so servers without hold policies accept it. */
const DEFAULTS = {
  rateLimitPerSecond: 10_000,
  holdMinutes: 24 * 60,
  onHoldExpiry: 'escalate',
  notifyAutoApprovals: false,
};

export function sourceCreation(values: SourceFormValues): CreateSourceRequest {
  const request: CreateSourceRequest = { name: values.name, kind: values.kind };
  if (values.decisionUrl) request.decisionUrl = values.decisionUrl;
  if (values.rateLimitPerSecond !== DEFAULTS.rateLimitPerSecond)
    request.rateLimitPerSecond = values.rateLimitPerSecond;
  if (values.holdMinutes !== DEFAULTS.holdMinutes) request.holdMinutes = values.holdMinutes;
  if (values.onHoldExpiry !== DEFAULTS.onHoldExpiry) request.onHoldExpiry = values.onHoldExpiry;
  if (values.notifyAutoApprovals !== DEFAULTS.notifyAutoApprovals)
    request.notifyAutoApprovals = values.notifyAutoApprovals;
  return request;
}

/** Only what changed (the kind never does). */
export function sourcePatch(source: SourceJson, values: SourceFormValues): UpdateSourceRequest {
  const patch: UpdateSourceRequest = {};
  if (values.name !== source.name) patch.name = values.name;
  if (values.decisionUrl !== source.decisionUrl) patch.decisionUrl = values.decisionUrl;
  if (values.rateLimitPerSecond !== source.rateLimitPerSecond)
    patch.rateLimitPerSecond = values.rateLimitPerSecond;
  if (values.holdMinutes !== source.holdMinutes) patch.holdMinutes = values.holdMinutes;
  if (values.onHoldExpiry !== source.onHoldExpiry) patch.onHoldExpiry = values.onHoldExpiry;
  if (values.notifyAutoApprovals !== source.notifyAutoApprovals)
    patch.notifyAutoApprovals = values.notifyAutoApprovals;
  return patch;
}
