import { z } from 'zod';
import { STATS_WINDOWS, type StatsWindow } from '@vigil/contracts';

export const statsQuerySchema = z.object({
  window: z.enum(STATS_WINDOWS, `window must be one of ${STATS_WINDOWS.join(', ')}`).default('1h'),
});
export type StatsQuery = z.infer<typeof statsQuerySchema>;

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/** Each window's length and bucket size in seconds: 15 to 30 buckets whatever the window. */
export const STATS_WINDOW_SECONDS: Record<StatsWindow, { window: number; bucket: number }> = {
  '15m': { window: 15 * MINUTE, bucket: MINUTE },
  '1h': { window: HOUR, bucket: 5 * MINUTE },
  '24h': { window: 24 * HOUR, bucket: HOUR },
  '7d': { window: 7 * 24 * HOUR, bucket: 6 * HOUR },
};
