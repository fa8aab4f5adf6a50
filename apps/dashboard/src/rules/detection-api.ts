import {
  CSRF_HEADER,
  type CalibrationRequest,
  type CalibrationResultJson,
  type CalibrationSuggestionJson,
  type RiskThresholdsJson,
  type RuleJson,
  type SimulationRequest,
  type SimulationResultJson,
  type SimulationStreamLine,
} from '@vigil/contracts';
import { readCsrfToken } from '../api/cookies';
import { ApiError } from '../api/errors';
import { api, toApiError } from '../api/http';
import { readNdjson } from './ndjson';

/**
 * `POST /api/rules/simulate`, streamed: progress lines while it runs, then the result (docs/detection.md
 * "Simulation"). Aborting the signal makes the server stop too.
 */
export async function simulate(
  request: SimulationRequest,
  onProgress: (scanned: number, estimatedTotal: number) => void,
  signal?: AbortSignal,
): Promise<SimulationResultJson> {
  const headers = new Headers({ Accept: 'application/x-ndjson', 'Content-Type': 'application/json' });
  const token = readCsrfToken();
  if (token) headers.set(CSRF_HEADER, token);
  const response = await fetch('/api/rules/simulate', {
    method: 'POST',
    headers,
    body: JSON.stringify(request),
    credentials: 'same-origin',
    cache: 'no-store',
    signal,
  });
  if (!response.ok || !response.body) throw await toApiError(response, Date.now());
  let result: SimulationResultJson | null = null;
  let failure: ApiError | null = null;
  await readNdjson<SimulationStreamLine>(response.body, (line) => {
    if (line.type === 'progress') onProgress(line.scanned, line.estimatedTotal);
    else if (line.type === 'result') result = line.result;
    else failure = new ApiError(line.status, 'Simulation failed', line.message, null);
  });
  if (failure) throw failure;
  if (!result) throw new ApiError(500, 'Simulation failed', 'The simulation ended without a result.', null);
  return result;
}

export function calibrate(request: CalibrationRequest): Promise<CalibrationResultJson> {
  return api<CalibrationResultJson>('/api/rules/calibrate', { method: 'POST', body: request });
}

export function applyCalibration(
  suggestion: CalibrationSuggestionJson,
): Promise<{ rules: RuleJson[]; thresholds: RiskThresholdsJson }> {
  return api('/api/rules/calibrate/apply', { method: 'POST', body: { suggestion } });
}
