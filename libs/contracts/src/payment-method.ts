/**
 * How an order was paid, in the words the risk engine reads (`:payment_method:`, libs/risk-engine/ATTRIBUTES.md).
 * Each sender says it its own way (Stripe's `payment_method_details.type`, Shopify's gateway names, the canonical
 * body's `paymentMethod`); the webhooks library maps them onto these.
 */
export const PAYMENT_METHODS = [
  'card',
  'wallet',
  'bank_transfer',
  'mobile_money',
  'pay_later',
  'cash_on_delivery',
  'cash_voucher',
  'invoice',
  'gift_card',
  'other',
] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
