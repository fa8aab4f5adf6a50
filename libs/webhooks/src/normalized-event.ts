import type {
  AddressJson,
  CardJson,
  CheckResult,
  PaymentMethod,
  SourceKind,
  TransactionLabel,
} from '@vigil/contracts';

/** What an event means for the transaction it belongs to. */
export type NormalizedEventKind =
  'order' | 'payment' | 'refund' | 'dispute' | 'fraud_warning' | 'review' | 'other';

/** The order's lines, summarized (normalize/items.ts). */
export interface ItemSummary {
  lines: number;
  /** Sum of the lines' quantities. */
  units: number;
  /** The largest quantity of one line. */
  maxQuantity: number;
  /** Lower-case sku, name, title and category of every line, ' | '-separated, at most 500 characters. */
  text: string;
}

/**
 * One provider event turned into Vigil's transaction model. Every field a provider did not send is `null`
 * (never `undefined`), so merging events can tell "not sent" from "sent empty".
 */
export interface NormalizedEvent {
  source: SourceKind;
  /** The provider's event id used for dedupe (Stripe event.id, Shopify X-Shopify-Event-Id, standard webhook-id). */
  eventId: string;
  /** The provider's own event type or topic, as received (e.g. `charge.succeeded`, `orders/create`). */
  providerType: string;
  kind: NormalizedEventKind;
  /** Whether the risk engine should score this event (docs/api.md lists the understood types). */
  scorable: boolean;
  /** The event's own time (clamped by the caller to no later than receipt). */
  occurredAt: Date | null;
  orderId: string | null;
  /** Human order name such as Shopify `#1001`. */
  orderName: string | null;
  paymentId: string | null;
  /** Integer minor units. */
  amount: number | null;
  /**
   * For refunds, disputes and fraud warnings: true when `amount` is still the whole transaction's (a Stripe
   * `charge.refunded` carries the charge), not the refunded or disputed part that only labels it. Absent: false.
   */
  amountIsTransactionTotal?: boolean;
  /** Upper-case ISO 4217. */
  currency: string | null;
  customer: {
    id: string | null;
    email: string | null;
    name: string | null;
    createdAt: Date | null;
  };
  billing: AddressJson | null;
  shipping: AddressJson | null;
  ip: string | null;
  deviceId: string | null;
  userAgent: string | null;
  card: CardJson | null;
  checks: { avs: CheckResult | null; cvc: CheckResult | null };
  /** The order's lines, when the event lists them. */
  items: ItemSummary | null;
  /** Payment attempt outcome when the event says so. */
  paymentOutcome: 'succeeded' | 'failed' | 'canceled' | 'requires_action' | null;
  /**
   * How it was paid, when the event says (docs/api.md#payment-methods): the sender's own name for it mapped onto
   * Vigil's methods; `card` when only a card is named.
   */
  paymentMethod: PaymentMethod | null;
  /** The provider's own risk verdict (Stripe `outcome.risk_level` / `risk_score`). */
  providerRisk: { level: string | null; score: number | null } | null;
  /** Labels this event adds to its transaction (refunds, disputes, early fraud warnings). */
  labels: TransactionLabel[];
  /**
   * The provider's reason behind a label: a dispute's reason (`fraudulent`, `product_not_received`, …), a
   * refund's (`fraudulent`, `duplicate`, …), an early fraud warning's fraud type.
   */
  labelReason: string | null;
  /**
   * Of a failed payment: why it was declined, as the sender names it (`stolen_card`, `insufficient_funds`, …;
   * docs/api.md#payment-failures). The issuer's "stolen", "lost" and "fraudulent" are a fraud sign.
   */
  declineCode: string | null;
  /** True when the order was cancelled by this event. */
  cancelled: boolean;
}
