import { describe, expect, it } from '@jest/globals';
import { PAYMENT_METHODS } from '@vigil/contracts';
import { normalizeFixture, refusal } from '../../test/normalize-fixture.js';
import { paymentMethodOf } from './payment-method.js';

describe('paymentMethodOf', () => {
  it.each([
    ['card', 'card'],
    ['Credit Card', 'card'],
    ['paypal', 'wallet'],
    ['apple_pay', 'wallet'],
    ['link', 'wallet'],
    ['UPI', 'bank_transfer'],
    ['sepa_debit', 'bank_transfer'],
    ['ach_credit_transfer', 'bank_transfer'],
    ['M-Pesa', 'mobile_money'],
    ['JazzCash', 'mobile_money'],
    ['easypaisa', 'mobile_money'],
    ['bKash', 'mobile_money'],
    ['atm_transfer', 'bank_transfer'],
    ['Raast', 'bank_transfer'],
    ['Interac e-Transfer', 'bank_transfer'],
    ['Interac', 'card'],
    ['cod_pickup', 'cash_on_delivery'],
    ['Pay at store', 'cash_on_delivery'],
    ['klarna', 'pay_later'],
    ['afterpay_clearpay', 'pay_later'],
    ['Klarna Pay Later', 'pay_later'],
    ['cod', 'cash_on_delivery'],
    ['Cash on Delivery (COD)', 'cash_on_delivery'],
    ['pay_on_delivery', 'cash_on_delivery'],
    ['boleto', 'cash_voucher'],
    ['invoice', 'invoice'],
    ['gift_card', 'gift_card'],
    ['store_card', 'card'],
    ['paysafecard', 'cash_voucher'],
    ['Webpay Plus', 'card'],
    ['webpay_oneclick', 'card'],
    ['Redcompra', 'card'],
    ['card_rate', 'card'],
    ['Tarjeta de crédito', 'card'],
    ['Tarjeta regalo', 'gift_card'],
    ['Tarjeta de regalo', 'gift_card'],
    ['card_cadou', 'gift_card'],
    ['Carte cadeau', 'gift_card'],
    ['portofel_fidelitate', 'gift_card'],
    ['ramburs', 'cash_on_delivery'],
    ['Contra entrega', 'cash_on_delivery'],
    ['Nachnahme', 'cash_on_delivery'],
    ['Utánvét', 'cash_on_delivery'],
    ['Dobírka', 'cash_on_delivery'],
    ['kartica', 'card'],
    ['Kartica na rate', 'card'],
    ['Dina', 'card'],
    ['online_bank', 'bank_transfer'],
    ['IPS QR', 'bank_transfer'],
    ['instalments', 'pay_later'],
    ['instalments_4x', 'pay_later'],
    ['Pouzećem', 'cash_on_delivery'],
    ['Plaćanje u radnji', 'cash_on_delivery'],
    ['Postiennakko', 'cash_on_delivery'],
    ['Plaćanje u trgovini', 'cash_on_delivery'],
    ['pay_at_pickup', 'cash_on_delivery'],
    ['Paiement à la livraison', 'cash_on_delivery'],
    ['contre-remboursement', 'cash_on_delivery'],
    ['KEKS Pay', 'wallet'],
    ['Aircash', 'mobile_money'],
    ['D17', 'mobile_money'],
    ['Flouci', 'mobile_money'],
    ['e-Dinar', 'card'],
    ['Predračun', 'invoice'],
    ['Pro forma', 'invoice'],
    ['shopify_payments', 'other'],
    ['bogus', 'other'],
  ] as const)('reads %s as %s', (name, method) => {
    expect(paymentMethodOf(name)).toBe(method);
  });

  it('does not find short names inside other words, and answers null for no name', () => {
    expect(paymentMethodOf('codes_by_mail')).toBe('other');
    expect(paymentMethodOf('blinkpay')).toBe('other');
    expect(paymentMethodOf('  ')).toBeNull();
    expect(paymentMethodOf(null)).toBeNull();
    expect(paymentMethodOf(42)).toBeNull();
  });

  it('leaves transfers named in other languages as other: a bank transfer is trusted as the buyer’s own money', () => {
    // docs/detection.md, "The pass that tuned on cl-wine and ro-cosmetics": read as bank_transfer, Khipu payments
    // from phished bank logins and "transfers" with forged receipts would lose the signals that hold them; so
    // would a Serbian payment slip shown as paid before the money arrives ("The pass that tuned on fi-sauna and
    // rs-electronics").
    for (const name of [
      'transferencia',
      'Khipu',
      'ordin_de_plata',
      'uplatnica',
      'Opća uplatnica',
      'virement_bancaire',
    ])
      expect(paymentMethodOf(name)).toBe('other');
  });

  it('only ever answers one of the documented methods', () => {
    for (const name of ['x', 'card', 'paypal', 'cod', 'Bank Deposit', 'Money Order']) {
      expect(PAYMENT_METHODS).toContain(paymentMethodOf(name));
    }
  });
});

describe('payment method in the senders’ bodies', () => {
  const order = {
    type: 'order.created',
    timestamp: '2026-11-21T10:00:00Z',
    data: { orderId: 'o_1', amount: 5000, currency: 'EUR' },
  };

  it('reads the canonical paymentMethod, and card when only a card is named', () => {
    const cod = { ...order, data: { ...order.data, paymentMethod: 'COD' } };
    expect(normalizeFixture('standard', cod, { 'webhook-id': 'm1' }).paymentMethod).toBe('cash_on_delivery');
    const card = { ...order, data: { ...order.data, card: { last4: '4242' } } };
    expect(normalizeFixture('standard', card, { 'webhook-id': 'm2' }).paymentMethod).toBe('card');
    expect(normalizeFixture('standard', order, { 'webhook-id': 'm3' }).paymentMethod).toBeNull();
  });

  it('reads a Stripe charge’s payment_method_details.type', () => {
    const charge = {
      id: 'evt_k',
      type: 'charge.succeeded',
      created: 1763719200,
      data: {
        object: {
          id: 'ch_k',
          object: 'charge',
          amount: 5000,
          currency: 'eur',
          payment_method_details: { type: 'klarna', klarna: {} },
        },
      },
    };
    expect(normalizeFixture('stripe', charge, {}).paymentMethod).toBe('pay_later');
  });

  it('reads a Shopify order’s gateway, card for a card gateway that names no method', () => {
    const base = {
      id: 820982911946154500,
      created_at: '2026-11-21T10:00:00Z',
      currency: 'USD',
      total_price: '10.00',
    };
    const headers = { 'x-shopify-topic': 'orders/create', 'x-shopify-event-id': 'e1' };
    const cod = { ...base, payment_gateway_names: ['Cash on Delivery (COD)'] };
    expect(normalizeFixture('shopify', cod, headers).paymentMethod).toBe('cash_on_delivery');
    const card = {
      ...base,
      gateway: 'shopify_payments',
      payment_details: { credit_card_bin: '424242', credit_card_number: '•••• 4242' },
    };
    expect(normalizeFixture('shopify', card, headers).paymentMethod).toBe('card');
  });
});

describe('a paymentMethod that is not a string', () => {
  it('is refused with a message naming the field', () => {
    const body = {
      type: 'order.created',
      data: { orderId: 'o_1', amount: 1, currency: 'EUR', paymentMethod: 7 },
    };
    expect(refusal('standard', body, { 'webhook-id': 'm9' })).toMatch(/paymentMethod.*must be a string/);
  });
});
