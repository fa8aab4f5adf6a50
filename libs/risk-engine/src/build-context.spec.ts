import { describe, expect, it } from '@jest/globals';
import { ATTRIBUTES } from './attributes.js';
import { buildRiskContext, HISTORY_COUNTERS, VELOCITY_COUNTERS } from './build-context.js';
import { buildRiskLists, DEFAULT_LISTS, normalizeListItem } from './lists.js';

describe('buildRiskContext', () => {
  it('reads the order lines: units, the largest quantity, and gift cards and stored-value codes', () => {
    const lines = (text: string) =>
      buildRiskContext({ items: { lines: 2, units: 5, maxQuantity: 4, text } }).attributes;
    expect(lines('SCARF | Wool Scarf')).toMatchObject({
      item_lines: 2,
      item_units: 5,
      max_item_quantity: 4,
      item_text: 'scarf | wool scarf',
      has_gift_card: false,
    });
    for (const text of [
      'Gift Card 50',
      'amazon-egift',
      'Gutschein 25 €',
      'Carte cadeau',
      'presentkort 500',
      'gc-steam-100 | Steam Wallet Code',
      'PlayStation Store Card',
      'Google Play gift code',
      'Mobile Legends diamonds | topup',
      'Prepaid card 100',
      'cr-100 | prepaid credit $100 | credit',
      'Store credit 50',
    ]) {
      expect(lines(text).has_gift_card).toBe(true);
    }
    // A hotel or travel voucher is a booking, not stored value.
    // Nor is a credit line or store financing.
    for (const text of [
      'Hotel voucher, Cancún (4 nights)',
      'Resort voucher | hotel',
      'Instant credit application',
    ]) {
      expect(lines(text).has_gift_card).toBe(false);
    }
    expect(buildRiskContext({}).attributes['has_gift_card']).toBeNull();
  });

  it('finds a forwarder’s customer reference code in the shipping street line, not house or suite numbers', () => {
    const code = (line1: string | null) =>
      buildRiskContext({ shipping: { country: 'AU', postalCode: '2020', line1 } }).attributes[
        'shipping_has_reference_code'
      ];
    for (const line of [
      'Unit 7/15 Kent Road Suite AB12345',
      '28 Sharps Rd Ref # us-120394',
      '4 Yulong Cl #PX00417',
    ]) {
      expect(code(line)).toBe(true);
    }
    for (const line of [
      'Unit 7/15 Kent Road',
      'Suite 12000, 1 Main St',
      'Drottninggatan 88, lgh 1204',
      'Apt 12B 5 Elm St',
    ]) {
      expect(code(line)).toBe(false);
    }
    expect(code(null)).toBeNull();
  });

  it('flattens and normalizes the transaction and its enrichment', () => {
    const { attributes } = buildRiskContext({
      eventType: 'Order.Created',
      sourceKind: 'standard',
      amount: 12999,
      currency: 'eur',
      customer: { id: 'c_1', email: '  Ann@Example.COM ' },
      billing: { country: 'ie' },
      shipping: { country: ' IE ' },
      ip: '2001:DB8::1',
      ipCountry: 'ie',
      deviceId: 'd_9',
      card: { bin: '424242', last4: '4242', brand: 'Visa', country: 'ie', fingerprint: 'fp_AbC' },
      checks: { avs: 'pass', cvc: 'fail' },
      providerRisk: { level: 'Elevated', score: 66 },
      disposableEmail: false,
      customerAgeDays: 3,
      velocity: { card_count_for_ip_1h: 2, attempts_for_card_24h: Number.NaN },
      history: { prior_disputes_for_email: 1 },
    });
    expect(attributes).toMatchObject({
      event_type: 'order.created',
      kind: 'order',
      source_kind: 'standard',
      amount: 12999,
      amount_major: 129.99,
      currency: 'EUR',
      customer_id: 'c_1',
      email: 'ann@example.com',
      email_domain: 'example.com',
      is_disposable_email: false,
      customer_age_days: 3,
      is_new_customer: true,
      billing_country: 'IE',
      shipping_country: 'IE',
      ip: '2001:db8::1',
      ip_country: 'IE',
      device_id: 'd_9',
      card_bin: '424242',
      card_last4: '4242',
      card_brand: 'visa',
      card_country: 'IE',
      card_fingerprint: 'fp_AbC',
      avs_result: 'pass',
      cvc_result: 'fail',
      provider_risk_level: 'elevated',
      provider_risk_score: 66,
      card_count_for_ip_1h: 2,
      attempts_for_card_24h: null,
      prior_disputes_for_email: 1,
      prior_disputes_for_card: null,
    });
  });

  it('produces every documented attribute, all missing for an empty input', () => {
    const { attributes, lists } = buildRiskContext({});
    expect(Object.keys(attributes).sort()).toEqual(ATTRIBUTES.map((a) => a.name).sort());
    expect(Object.values(attributes).every((v) => v === null)).toBe(true);
    expect(lists).toEqual({});
  });

  it('uses the currency exponent for amount_major and treats blanks as missing', () => {
    const major = (currency: string): unknown =>
      buildRiskContext({ amount: 12345, currency }).attributes.amount_major;
    expect(major('JPY')).toBe(12345);
    expect(major('KWD')).toBe(12.345);
    expect(major('usd')).toBe(123.45);
    const blank = buildRiskContext({ customer: { email: '   ', id: '' }, ip: ' ' }).attributes;
    expect([blank.email, blank.email_domain, blank.customer_id, blank.ip]).toEqual([null, null, null, null]);
  });

  it('derives kind from the event type unless given, and is_new_customer from the age', () => {
    expect(buildRiskContext({ eventType: 'payment.failed' }).attributes.kind).toBe('payment');
    expect(buildRiskContext({ eventType: 'payment.failed', kind: 'Order' }).attributes.kind).toBe('order');
    expect(buildRiskContext({ customerAgeDays: 7 }).attributes.is_new_customer).toBe(false);
    expect(buildRiskContext({ customerAgeDays: 0 }).attributes.is_new_customer).toBe(true);
  });

  it('keeps one shape for every context (fast property access in the evaluator)', () => {
    const a = Object.keys(buildRiskContext({}).attributes);
    const b = Object.keys(
      buildRiskContext({ amount: 1, velocity: { amount_for_customer_24h: 5 } }).attributes,
    );
    expect(a).toEqual(b);
    expect(a.length).toBe(ATTRIBUTES.length);
    expect(VELOCITY_COUNTERS.length + HISTORY_COUNTERS.length).toBeGreaterThan(15);
  });

  it('passes prebuilt lists through by reference', () => {
    const lists = buildRiskLists([]);
    expect(buildRiskContext({ lists }).lists).toBe(lists);
  });
});

describe('lists', () => {
  it('normalizes items by kind: emails, domains, IPs and countries ignore case; ids do not', () => {
    expect(normalizeListItem('email', ' Ann@Example.com ')).toBe('ann@example.com');
    expect(normalizeListItem('email_domain', '@Mailinator.COM')).toBe('mailinator.com');
    expect(normalizeListItem('country', 'ru')).toBe('RU');
    expect(normalizeListItem('ip', '2001:DB8::1')).toBe('2001:db8::1');
    expect(normalizeListItem('card_fingerprint', ' fp_AbC ')).toBe('fp_AbC');
    expect(normalizeListItem('customer_id', '  ')).toBeNull();
  });

  it('builds lower-case-named sets once, merging lists that share a name', () => {
    const lists = buildRiskLists([
      { name: 'Blocked_Emails', kind: 'email', items: ['A@x.com', ''] },
      { name: 'blocked_emails', kind: 'email', items: new Set(['b@X.com']) },
      { name: 'blocked_countries', kind: 'country', items: ['kp'] },
    ]);
    expect([...(lists.blocked_emails ?? [])]).toEqual(['a@x.com', 'b@x.com']);
    expect(lists.blocked_countries?.has('KP')).toBe(true);
  });

  it('declares a default list for every list the default rules use', () => {
    expect(DEFAULT_LISTS.map((l) => l.name)).toEqual([
      'blocked_emails',
      'blocked_email_domains',
      'blocked_ips',
      'blocked_cards',
      'blocked_devices',
      'blocked_countries',
      'review_countries',
      'blocked_bins',
      'blocked_customers',
    ]);
  });
});
