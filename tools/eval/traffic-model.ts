/**
 * A traffic model: a simulated store that produces the webhooks it would post to Vigil, each labelled with
 * the truth about the purchase it belongs to. `npm run eval` replays streams from several models (and seeds)
 * through the risk engine and reports how much fraud the default rules stop (docs/detection.md).
 *
 * Models are written independently of each other and of the rules: the defaults are tuned on one model and
 * reported on another, so the reported numbers say how well the rules capture fraud, not how well they
 * remember a simulator.
 */
export interface TrafficModel {
  /** Short id used on the command line and in reports, e.g. `demo-store`. */
  name: string;
  /** One sentence: what kind of store and traffic this is. */
  description: string;
  /** Deterministic for a seed: the same seed always yields the same stream. */
  generate(seed: number, options?: TrafficOptions): LabelledStream;
}

export interface TrafficOptions {
  /** Purchases (orders) to generate, fraud included; each model has its own default. */
  orders?: number;
  /** Wall-clock start of the stream in ms since the epoch; each model has its own default. */
  start?: number;
}

/** Which signature scheme and body format a webhook uses (as a Vigil source's `kind`). */
export type WebhookKind = 'standard' | 'stripe' | 'shopify';

/** One webhook exactly as the store would POST it (before signing). */
export interface LabelledWebhook {
  /** When the store posts it, ms since the epoch. Streams are sorted by `at` (non-decreasing). */
  at: number;
  kind: WebhookKind;
  /** The provider's event id (Standard `webhook-id`, Stripe `evt_…`, Shopify `X-Shopify-Event-Id`). */
  id: string;
  /** Extra, non-signature headers the sender adds (Shopify's `X-Shopify-Topic`, …). */
  headers: Record<string, string>;
  /** The JSON body. */
  body: unknown;
  /** The purchase this webhook is about: a key into `LabelledStream.truth`. */
  purchase: string;
}

/** What really happened to one purchase. Never part of a payload. */
export interface PurchaseTruth {
  purchase: string;
  fraud: boolean;
  /** The model's own name for the pattern (e.g. `card_testing`, `ordinary`), for per-kind tables. */
  kind: string;
  /** Order value in the currency's minor unit. */
  amount: number;
  currency: string;
}

export interface LabelledStream {
  model: string;
  seed: number;
  webhooks: LabelledWebhook[];
  truth: PurchaseTruth[];
}
