/**
 * A Shopify order webhook body with the given id (REST Admin API 2025-10 shape, trimmed to what a store
 * really sends).
 */
export function shopifyOrderWithId(id: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    admin_graphql_api_id: `gid://shopify/Order/${id}`,
    browser_ip: '203.0.113.7',
    client_details: { browser_ip: '203.0.113.7', user_agent: 'Mozilla/5.0 (Macintosh) Chrome/131.0' },
    contact_email: 'ann@example.com',
    created_at: '2025-11-21T10:00:00+00:00',
    currency: 'EUR',
    current_total_price: '129.99',
    email: 'ann@example.com',
    financial_status: 'authorized',
    name: `#${String(id).slice(-4)}`,
    total_price: '129.99',
    updated_at: '2025-11-21T10:00:02+00:00',
    billing_address: { address1: '1 Main St', city: 'Dublin', zip: 'D02 X285', country_code: 'IE' },
    shipping_address: {
      address1: '22 Oliver Plunkett St',
      city: 'Cork',
      zip: 'T12 YX80',
      country_code: 'IE',
    },
    customer: {
      id: 7712345678901,
      email: 'ann@example.com',
      created_at: '2025-01-02T00:00:00+00:00',
      first_name: 'Ann',
      last_name: 'Murphy',
      admin_graphql_api_id: 'gid://shopify/Customer/7712345678901',
    },
    line_items: [{ id: 14212345678901, price: '119.99', quantity: 1, sku: 'SCARF-GRY' }],
    payment_details: {
      avs_result_code: 'Y',
      credit_card_bin: '424242',
      cvv_result_code: 'M',
      credit_card_number: '•••• •••• •••• 4242',
      credit_card_company: 'Visa',
    },
    ...extra,
  };
}

/** The order edited ten minutes later: a discount lowers the total, the re-authorisation's checks differ. */
export function shopifyOrderEdited(id: number) {
  return shopifyOrderWithId(id, {
    current_total_price: '119.99',
    financial_status: 'paid',
    updated_at: '2025-11-21T10:10:00+00:00',
    payment_details: {
      avs_result_code: 'Z',
      credit_card_bin: '424242',
      cvv_result_code: 'N',
      credit_card_number: '•••• •••• •••• 4242',
      credit_card_company: 'Visa',
    },
  });
}
