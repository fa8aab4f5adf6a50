import { type TrafficModel } from '../traffic-model.js';
import { demoStoreModel } from './demo-store/index.js';
import { euStoreModel } from './eu-store/index.js';
import { nordicHomeModel } from './nordic-home/index.js';

/**
 * Every traffic model `npm run eval` knows, by name (docs/detection.md): `demo-store` is the one the default
 * rules were tuned on from the start; `eu-store`, written apart from the rules, became a second tuning model; `nordic-home`,
 * written independently, is the held-out model: run once after tuning, never tuned on.
 */
export const MODELS: ReadonlyArray<TrafficModel> = [demoStoreModel, euStoreModel, nordicHomeModel];
