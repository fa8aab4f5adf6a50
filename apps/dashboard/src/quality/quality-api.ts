import type { QualityJson, QualityWindow } from '@vigil/contracts';
import { api } from '../api/http';

export const qualityQueryKey = (window: QualityWindow) => ['quality', window] as const;

export function fetchQuality(window: QualityWindow): Promise<QualityJson> {
  return api<QualityJson>(`/api/quality?window=${window}`);
}
