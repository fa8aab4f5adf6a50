import { PATTERNS } from '../../../demo/patterns.js';
import { type Purchase } from '../../../demo/purchase.js';
import { Random } from '../../../demo/random.js';
import { SimulatedStore, type Step } from '../../../demo/store.js';
import { renderFollowUp, renderPurchase } from '../../../demo/wire.js';
import {
  type LabelledStream,
  type LabelledWebhook,
  type PurchaseTruth,
  type TrafficModel,
  type TrafficOptions,
} from '../../traffic-model.js';

const DEFAULT_ORDERS = 2_000;
const DEFAULT_START = Date.parse('2026-11-02T08:00:00Z');
/** Mean time between visits: 2,000 orders take about three days, like a small store's week-end. */
const MEAN_VISIT_GAP_MS = 130_000;

/**
 * Model A, the tuning model: `npm run demo`'s simulated store (tools/demo) run on simulated time instead of
 * the wall clock. Every webhook is the exact body the demo posts (Stripe, Shopify and Standard Webhooks), and
 * the demo's own pattern names are the kinds.
 */
export const demoStoreModel: TrafficModel = {
  name: 'demo-store',
  description:
    'npm run demo’s simulated store: Stripe, Shopify and Standard Webhooks traffic of a European shop with its fraud patterns.',
  generate(seed: number, options: TrafficOptions = {}): LabelledStream {
    const orders = options.orders ?? DEFAULT_ORDERS;
    const start = options.start ?? DEFAULT_START;
    const random = new Random(seed);
    const store = new SimulatedStore(random, start);
    const webhooks: LabelledWebhook[] = [];
    const truth: PurchaseTruth[] = [];
    const ids = new Map<Purchase, string>();
    const queue: Step[] = [];

    const emit = (step: Step): void => {
      let id = ids.get(step.purchase);
      if (id === undefined) {
        id = `${step.purchase.source}-${truth.length + 1}`;
        ids.set(step.purchase, id);
        truth.push({
          purchase: id,
          fraud: PATTERNS[step.pattern].fraud,
          kind: step.pattern,
          amount: step.purchase.amount,
          currency: step.purchase.currency,
        });
      }
      const wire = step.followUp
        ? renderFollowUp(random, step.purchase, step.followUp, new Date(step.dueAt))
        : renderPurchase(random, step.purchase);
      webhooks.push({
        at: step.dueAt,
        kind: step.purchase.source,
        id: wire.id,
        headers: wire.headers,
        body: JSON.parse(wire.body) as unknown,
        purchase: id,
      });
    };
    const enqueue = (step: Step): void => {
      let i = queue.length;
      while (i > 0 && (queue[i - 1] as Step).dueAt > step.dueAt) i -= 1;
      queue.splice(i, 0, step);
    };

    let now = start;
    while (truth.length < orders) {
      now += Math.round(-Math.log(1 - random.next()) * MEAN_VISIT_GAP_MS);
      while (queue[0] && queue[0].dueAt <= now) emit(queue.shift() as Step);
      const [first, ...rest] = store.nextVisit(now);
      if (first) emit(first);
      rest.forEach(enqueue);
    }
    while (queue[0]) emit(queue.shift() as Step);
    webhooks.sort((a, b) => a.at - b.at);
    return { model: demoStoreModel.name, seed, webhooks, truth };
  },
};
