/** The model's own vocabulary: what a purchase looks like before it is written out as webhooks. */

export interface Address {
  country: string;
  postalCode?: string;
  city?: string;
  line1?: string;
}

export type AvsResult = 'pass' | 'fail' | 'partial' | 'unavailable' | 'unchecked';
export type CvcResult = 'pass' | 'fail' | 'unavailable' | 'unchecked';

export interface Card {
  bin: string;
  last4: string;
  brand: 'visa' | 'mastercard' | 'amex';
  /** Issuing country. */
  country: string;
  fingerprint: string;
  issuer: string;
}

/** How a connection reaches the store; only the IP and its country are ever sent. */
export type NetworkKind =
  'home' | 'mobile' | 'office' | 'university' | 'public_wifi' | 'hotel' | 'hosting' | 'residential_proxy';

export interface Endpoint {
  ip: string;
  /** The country this IP geo-locates to (checked against geoip-country). */
  country: string;
  network: NetworkKind;
}

export interface Device {
  /** The store's browser fingerprint id; bots that skip the script have none. */
  id?: string;
  userAgent: string;
}

export interface Identity {
  /** Store account id; guests have none. */
  customerId?: string;
  email: string;
  name: string;
  /** Account creation time (ms); guests have none. */
  createdAt?: number;
}

export interface LineItem {
  sku: string;
  quantity: number;
  /** Unit price in the order currency's minor unit. */
  price: number;
}

export interface PaymentAttempt {
  /** ms after the order was created. */
  offset: number;
  card: Card;
  outcome: 'succeeded' | 'failed';
  avs: AvsResult;
  cvc: CvcResult;
}

export type FollowUpType =
  'order.updated' | 'order.cancelled' | 'refund.created' | 'dispute.created' | 'fraud_warning.created';

export interface FollowUp {
  type: FollowUpType;
  /** ms after the order was created. */
  offset: number;
  /** Refunded / disputed amount (defaults to the order amount). */
  amount?: number;
  /** For order.updated: the new shipping address and/or e-mail. */
  shipping?: Address;
  email?: string;
  /** For order.updated sent from the customer's session. */
  endpoint?: Endpoint;
}

/** One purchase, fully decided; `render.ts` turns it into webhooks. */
export interface PurchasePlan {
  key: string;
  kind: string;
  fraud: boolean;
  /** When order.created happens (ms). */
  time: number;
  currency: string;
  amount: number;
  items: LineItem[];
  identity: Identity;
  billing: Address;
  /** Absent for digital-only baskets (gift cards are e-mailed). */
  shipping?: Address;
  endpoint: Endpoint;
  device: Device;
  attempts: PaymentAttempt[];
  followUps: FollowUp[];
}

export type CanonicalType = 'order.created' | 'payment.succeeded' | 'payment.failed' | FollowUpType;
