import type {
  BacktestRequest,
  BacktestResultJson,
  CreateRuleRequest,
  RiskThresholdsJson,
  RuleAttributeJson,
  RuleJson,
  RuleVersionJson,
  UpdateRuleRequest,
} from '@vigil/contracts';
import { api } from '../api/http';

export const rulesKeys = {
  all: ['rules'] as const,
  list: ['rules', 'list'] as const,
  attributes: ['rules', 'attributes'] as const,
  thresholds: ['rules', 'thresholds'] as const,
  versions: (id: string) => ['rules', 'versions', id] as const,
};

export async function fetchRules(signal?: AbortSignal): Promise<RuleJson[]> {
  return (await api<{ items: RuleJson[] }>('/api/rules', { signal })).items;
}

export async function fetchRuleAttributes(signal?: AbortSignal): Promise<RuleAttributeJson[]> {
  return (await api<{ items: RuleAttributeJson[] }>('/api/rules/attributes', { signal })).items;
}

export async function fetchRuleVersions(id: string, signal?: AbortSignal): Promise<RuleVersionJson[]> {
  return (
    await api<{ items: RuleVersionJson[] }>(`/api/rules/${encodeURIComponent(id)}/versions`, { signal })
  ).items;
}

export function fetchThresholds(signal?: AbortSignal): Promise<RiskThresholdsJson> {
  return api<RiskThresholdsJson>('/api/rules/thresholds', { signal });
}

export function saveThresholds(thresholds: RiskThresholdsJson): Promise<RiskThresholdsJson> {
  return api<RiskThresholdsJson>('/api/rules/thresholds', { method: 'PUT', body: thresholds });
}

export function createRule(rule: CreateRuleRequest): Promise<RuleJson> {
  return api<RuleJson>('/api/rules', { method: 'POST', body: rule });
}

export function updateRule(id: string, patch: UpdateRuleRequest): Promise<RuleJson> {
  return api<RuleJson>(`/api/rules/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
}

export function deleteRule(id: string): Promise<void> {
  return api<void>(`/api/rules/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function backtest(request: BacktestRequest, signal?: AbortSignal): Promise<BacktestResultJson> {
  return api<BacktestResultJson>('/api/rules/backtest', { method: 'POST', body: request, signal });
}
