import type { PaymentMethod } from '@vigil/contracts';

/**
 * What senders call a payment method, by the method Vigil reads (docs/api.md#payment-methods): Stripe's
 * `payment_method_details.type` values, common Shopify gateway names and the words stores use in the canonical
 * body's `paymentMethod`. Keys are lower-case words joined by `_`.
 */
const SYNONYMS: Readonly<Record<PaymentMethod, readonly string[]>> = {
  card: [
    'card',
    'credit_card',
    'debit_card',
    'card_present',
    'store_card',
    'cards',
    'mada',
    'knet',
    'rupay',
    'interac',
    'meeza',
    'webpay',
    'webpay_plus',
    'webpay_oneclick',
    'oneclick',
    'redcompra',
    'card_rate',
    'carte_bancaire',
    'tarjeta',
    'kartica',
    'dina',
    'e_dinar',
    'edinar',
  ],
  wallet: [
    'wallet',
    'paypal',
    'apple_pay',
    'google_pay',
    'amazon_pay',
    'link',
    'cashapp',
    'cash_app',
    'venmo',
    'alipay',
    'wechat_pay',
    'grabpay',
    'gcash',
    'paypay',
    'kakao_pay',
    'naver_pay',
    'samsung_pay',
    'paytm',
    'revolut_pay',
    'mobilepay',
    'vipps',
    'swish',
    'twint',
    'keks_pay',
  ],
  bank_transfer: [
    'bank_transfer',
    'bank',
    'bank_deposit',
    'netbanking',
    'net_banking',
    'upi',
    'pix',
    'ussd',
    'eft',
    'sepa_debit',
    'sepa',
    'ideal',
    'bancontact',
    'sofort',
    'giropay',
    'eps',
    'p24',
    'blik',
    'fpx',
    'paynow',
    'promptpay',
    'us_bank_account',
    'ach',
    'ach_credit_transfer',
    'ach_debit',
    'sepa_credit_transfer',
    'acss_debit',
    'bacs_debit',
    'au_becs_debit',
    'customer_balance',
    'wire',
    'direct_debit',
    'atm_transfer',
    'atm',
    'virtual_account',
    'raast',
    'ibft',
    'faster_payments',
    'fps',
    'duitnow',
    'instapay',
    'pesonet',
    'spei',
    'interac_e_transfer',
    'e_transfer',
    'online_bank',
    'online_banking',
    'ips',
    'ips_qr',
  ],
  mobile_money: [
    'mobile_money',
    'mpesa',
    'm_pesa',
    'momo',
    'mtn_momo',
    'airtel_money',
    'orange_money',
    'jazzcash',
    'easypaisa',
    'bkash',
    'nagad',
    'ecocash',
    'wave',
    'tigo_pesa',
    'mtn_mobile_money',
    'aircash',
    'd17',
    'flouci',
  ],
  pay_later: [
    'pay_later',
    'paylater',
    'bnpl',
    'klarna',
    'afterpay',
    'afterpay_clearpay',
    'clearpay',
    'affirm',
    'zip',
    'sezzle',
    'tabby',
    'tamara',
    'financing',
    'installments',
    'instalments',
  ],
  cash_on_delivery: [
    'cash_on_delivery',
    'cod',
    'pay_on_delivery',
    'cash_on_pickup',
    'cod_pickup',
    'pay_on_pickup',
    'pay_at_store',
    'pay_in_store',
    'cash_at_pickup',
    'contra_entrega',
    'pago_contra_entrega',
    'contraentrega',
    'contra_reembolso',
    'contrareembolso',
    'ramburs',
    'nachnahme',
    'pobranie',
    'dobirka',
    'utanvet',
    'pagamento_alla_consegna',
    'contrassegno',
    'pouzecem',
    'pouzece',
    'placanje_u_radnji',
    'postiennakko',
    'placanje_u_trgovini',
    'pay_at_pickup',
    'paiement_a_la_livraison',
    'paiement_livraison',
    'paiement_a_la_reception',
    'contre_remboursement',
  ],
  cash_voucher: ['boleto', 'oxxo', 'konbini', 'multibanco', 'fawry', 'paysafecard'],
  invoice: ['invoice', 'net_terms', 'purchase_order', 'po', 'proforma', 'pro_forma', 'predracun'],
  gift_card: [
    'gift_card',
    'store_credit',
    'voucher',
    'card_cadou',
    'tarjeta_regalo',
    'tarjeta_de_regalo',
    'carte_cadeau',
    'gutschein',
    'portofel_fidelitate',
    'loyalty_wallet',
  ],
  other: ['other', 'manual'],
};

const BY_WORD: ReadonlyMap<string, PaymentMethod> = new Map(
  (Object.entries(SYNONYMS) as Array<[PaymentMethod, readonly string[]]>).flatMap(([method, words]) =>
    words.map((word) => [word, method] as const),
  ),
);

/** Longest first, so `afterpay_clearpay` is read before `afterpay`. */
const WORDS = [...BY_WORD.keys()].sort((a, b) => b.length - a.length);

/**
 * The payment method a sender's name for it means; null for no name. A gateway name that contains a known word
 * of five letters or more is read by it (`Cash on Delivery (COD)`, `Klarna Pay Later`); shorter words (`cod`,
 * `upi`, `link`) count only alone, so they are not found inside other words. Accents are dropped (`Utánvét`
 * reads as `utanvet`). Anything else is `other`.
 */
export function paymentMethodOf(name: unknown): PaymentMethod | null {
  if (typeof name !== 'string') return null;
  const key = name
    .trim()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (key === '') return null;
  const exact = BY_WORD.get(key);
  if (exact) return exact;
  const padded = `_${key}_`;
  for (const word of WORDS) {
    if (word.length >= 5 && padded.includes(`_${word}_`)) return BY_WORD.get(word) ?? 'other';
  }
  return 'other';
}
