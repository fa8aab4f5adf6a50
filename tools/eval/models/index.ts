import { type TrafficModel } from '../traffic-model.js';
import { demoStoreModel } from './demo-store/index.js';
import { euStoreModel } from './eu-store/index.js';
import { nordicHomeModel } from './nordic-home/index.js';

/**
 * Every traffic model `npm run eval` knows, by name (docs/detection.md): `demo-store` is the one the default
 * rules were tuned on; `eu-store` was written apart from the rules and is only reported on (held out).
 */
export const MODELS: ReadonlyArray<TrafficModel> = [demoStoreModel, euStoreModel, nordicHomeModel];
