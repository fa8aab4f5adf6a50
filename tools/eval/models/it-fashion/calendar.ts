import { DAY, HOUR } from '../kit/purchase.js';

/**
 * The window: the boutique's summer sale, opened to VIP clients on Thursday 2 July 2026 (midnight in Milan,
 * 22:00 UTC the day before) and to everyone on Saturday 4 July, with the second markdown on Saturday 11 July;
 * fifteen days in all.
 */
export const START = Date.UTC(2026, 6, 1, 22, 0, 0);
export const DAYS = 15;

/** How busy each day of the window is (relative): a quiet VIP preview, the rush of the opening, the markdown. */
const DAY_WEIGHT = [0.45, 0.5, 1.6, 1.35, 1.05, 0.9, 0.85, 0.8, 0.8, 1.15, 1.0, 0.75, 0.7, 0.65, 0.6];

/** The VIP preview days count more for VIP clients, who are told first. */
const VIP_WEIGHT = [1.6, 1.4, 1.3, 1.0, 0.8, 0.7, 0.6, 0.6, 0.6, 0.8, 0.7, 0.5, 0.5, 0.5, 0.5];

export const dayWeight = (day: number, vip = false): number =>
  (vip ? VIP_WEIGHT : DAY_WEIGHT)[Math.max(0, Math.min(DAYS - 1, day))] ?? 0.6;

export { DAY, HOUR };
