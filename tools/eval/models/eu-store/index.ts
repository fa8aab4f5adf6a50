import type { TrafficModel } from '../../traffic-model.js';
import { buildStream, MODEL_NAME } from './stream.js';

export const euStoreModel: TrafficModel = {
  name: MODEL_NAME,
  description:
    'A pan-European consumer-electronics and lifestyle web shop (mostly EUR, some GBP/CHF/SEK/PLN/DKK/NOK/CZK/USD): repeat and first-time customers with real-world confounders, and about 8 % fraud across card testing, stolen cards, account takeover, throwaway accounts and sanctioned-country orders.',
  generate: (seed, options) => buildStream(seed, options).stream,
};
