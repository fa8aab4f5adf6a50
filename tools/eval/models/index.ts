import { type TrafficModel } from '../traffic-model.js';
import { auElectronicsModel } from './au-electronics/index.js';
import { dachApothekeModel } from './dach-apotheke/index.js';
import { demoStoreModel } from './demo-store/index.js';
import { euStoreModel } from './eu-store/index.js';
import { latamTicketsModel } from './latam-tickets/index.js';
import { nordicHomeModel } from './nordic-home/index.js';
import { ukFashionModel } from './uk-fashion/index.js';
import { usOutdoorModel } from './us-outdoor/index.js';

/**
 * Every traffic model `npm run eval` knows, by name (docs/detection.md): `demo-store` is the one the default
 * rules were tuned on from the start; `eu-store`, written apart from the rules, became a second tuning model;
 * `nordic-home`, written independently, was the first held-out model; `us-outdoor`, written after
 * nordic-home's results had been seen, was the next held-out model and has since become a tuning model.
 * `au-electronics`, written independently of the rules and of the other models after us-outdoor's results
 * had been seen, was the next held-out model. `uk-fashion` (a UK & Ireland fashion, footwear and beauty
 * retailer over Black Friday), written independently of the rules and of the other models, was the next
 * held-out model. `latam-tickets` (a travel, tickets and experiences marketplace for Spain, Portugal, Italy,
 * Mexico and Brazil), written independently of the rules and of the other models, was the next held-out model.
 * `dach-apotheke` (an online pharmacy-adjacent health, beauty and supplements shop with subscriptions for
 * Germany, Austria, Switzerland, Poland and Czechia), written independently of the rules and of the other
 * models, is the new held-out model: run once after tuning, never tuned on.
 */
export const MODELS: ReadonlyArray<TrafficModel> = [
  demoStoreModel,
  euStoreModel,
  nordicHomeModel,
  usOutdoorModel,
  auElectronicsModel,
  ukFashionModel,
  latamTicketsModel,
  dachApothekeModel,
];
