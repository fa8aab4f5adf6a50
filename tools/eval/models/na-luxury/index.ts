import {
  type LabelledStream,
  type LabelledWebhook,
  type PurchaseTruth,
  type TrafficModel,
  type TrafficOptions,
} from '../../traffic-model.js';
import { webhooksFor } from './events.js';
import { planFraud } from './fraud.js';
import { HONEST, honest, type HonestKind } from './honest.js';
import { DAY, HOUR } from '../kit/purchase.js';
import { Rng } from './random.js';

/**
 * na-luxury: "Maison Nord", an online luxury and designer-goods boutique for the United States and Canada
 * (watches, handbags, designer and limited sneakers, jewellery, fragrance gift sets), over three days of the
 * December gifting season (README.md: the store, the stream, its composition, how it was written).
 */

/** Thursday 10 December 2026, 05:00 UTC (midnight in New York and Toronto). */
const DEFAULT_START = Date.UTC(2026, 11, 10, 5);
const DEFAULT_ORDERS = 2000;
const PER_HOUR = DEFAULT_ORDERS / 72;

function generate(seed: number, options: TrafficOptions = {}): LabelledStream {
  const orders = Math.max(0, Math.floor(options.orders ?? DEFAULT_ORDERS));
  const start = options.start ?? DEFAULT_START;
  const span = Math.min(40 * DAY, Math.max(6 * HOUR, (orders / PER_HOUR) * HOUR));
  const window = { start, end: start + span };
  const rng = new Rng(`maison-nord:${seed}`);

  // Fraud is 4.2–8.8 % of orders, drawn per seed.
  const fraudCount = Math.min(orders, Math.round(orders * rng.fork('share').range(0.042, 0.088)));
  const hr = rng.fork('good');
  const good = Array.from({ length: orders - fraudCount }, (_, i) =>
    honest(hr.fork(`o${i}`), window, hr.weighted<HonestKind>(HONEST), i),
  );
  const purchases = [...good, ...planFraud(rng.fork('bad'), window, fraudCount)].sort((a, b) => a.at - b.at);

  const ev = rng.fork('wire');
  let number = 48_000 + ev.int(0, 9000);
  const webhooks: LabelledWebhook[] = [];
  const truth: PurchaseTruth[] = [];
  for (const p of purchases) {
    const orderId = `MN${number}`;
    number += ev.int(1, 3);
    webhooks.push(...webhooksFor(ev, p, orderId, `pi_${ev.chars(24)}`));
    truth.push({
      purchase: orderId,
      fraud: p.fraud,
      kind: p.kind,
      amount: p.basket.amount,
      currency: p.basket.currency,
    });
  }
  webhooks.sort((a, b) => a.at - b.at);
  return { model: 'na-luxury', seed, webhooks, truth };
}

export const naLuxuryModel: TrafficModel = {
  name: 'na-luxury',
  description:
    'An online luxury and designer-goods boutique for the US and Canada (USD/CAD): watches, handbags, designer ' +
    'and limited-release sneakers, jewellery and fragrance gift sets; VIP clients, gift orders shipped to others, ' +
    'pick-up in store in New York and Toronto, corporate gifting, travellers, expats using parcel forwarders, VPN ' +
    "users and declines; with card testing, stolen cards with and without the holder's details, reshippers to " +
    'forwarders, takeover of VIP accounts, BOPIS pick-up by mules, sneaker-drop bot crews, triangulation, friendly ' +
    'fraud and welcome-offer abuse rings.',
  generate,
};
