import { type TrafficModel } from '../traffic-model.js';
import { demoStoreModel } from './demo-store/index.js';

/** Every traffic model `npm run eval` knows, by name (docs/detection.md). */
export const MODELS: ReadonlyArray<TrafficModel> = [demoStoreModel];
