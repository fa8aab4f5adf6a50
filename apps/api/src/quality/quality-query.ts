import { z } from 'zod';
import { QUALITY_WINDOWS, type QualityWindow } from '@vigil/contracts';

export const qualityQuerySchema = z.object({
  window: z.enum(QUALITY_WINDOWS, `window must be one of ${QUALITY_WINDOWS.join(', ')}`).default('7d'),
});
export type QualityQuery = z.infer<typeof qualityQuerySchema>;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Each window's length and trend bucket: hours for a day, days otherwise. */
export const QUALITY_WINDOW: Record<QualityWindow, { ms: number; bucket: 'hour' | 'day' }> = {
  '24h': { ms: DAY_MS, bucket: 'hour' },
  '7d': { ms: 7 * DAY_MS, bucket: 'day' },
  '30d': { ms: 30 * DAY_MS, bucket: 'day' },
  '90d': { ms: 90 * DAY_MS, bucket: 'day' },
};
