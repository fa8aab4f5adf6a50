import type { RuleDefinition } from './rule-set.js';

type DefaultRule = Omit<RuleDefinition, 'enabled'> & { points: number; description: string };

/**
 * A business buying in bulk at home: its own mail domain, ten or more of one thing, and the IP, card and goods in
 * the billing country, not from a hosting network. Corporate gifts and office stock look like a reseller's quantity
 * on a new account; a thief on a stolen card rarely has all of these at once (docs/detection.md, "The pass that
 * tuned on pt-perfume, at-ski and ie-gaming").
 */
const NOT_BUSINESS_BULK_AT_HOME =
  ' and not (:is_free_email: = false and :max_item_quantity: >= 10 and :ip_country: = :billing_country:' +
  ' and not (:ip_is_hosting: = true) and not (:is_disposable_email: = true)' +
  ' and (is_missing(:card_country:) or :card_country: = :billing_country:)' +
  ' and (is_missing(:shipping_country:) or :shipping_country: = :billing_country:))';

/** Over a fixed limit in euros; a currency without a reference rate falls back to its major units. */
const overEuros = (limit: number): string =>
  `(:amount_eur: > ${limit} or (is_missing(:amount_eur:) and :amount_major: > ${limit}))`;

/** The IP, and the card and goods where known, all in the billing country. */
const ALL_AT_HOME =
  ':ip_country: = :billing_country:' +
  ' and (is_missing(:shipping_country:) or :shipping_country: = :billing_country:)' +
  ' and (is_missing(:card_country:) or :card_country: = :billing_country:)';

/**
 * Over 1,000 euros with the IP, card or goods not all in the billing country, and not a bank transfer from the
 * buyer's own account (amount_over_limit, and the combinations that start from it).
 */
const OVER_LIMIT_NOT_ALL_AT_HOME =
  overEuros(1000) +
  ` and not (${ALL_AT_HOME})` +
  // The buyer's own bank paid: a large amount from abroad is their business, not a stolen card's.
  " and not (:payment_method: = 'bank_transfer')";

/**
 * A mailbox that needs no phone or identity to open; Yandex and Mail.ru are everyday mail where they come from,
 * so they count only for billing outside that region (docs/detection.md).
 */
const ANONYMOUS_MAILBOX =
  "(:email_domain: in ('proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me', 'tutanota.com', 'tutanota.de'," +
  " 'tutamail.com', 'tuta.io', 'tuta.com', 'keemail.me', 'mail.com', 'gmx.com', 'cock.li')" +
  " or (:email_domain: in ('yandex.com', 'yandex.ru', 'ya.ru', 'mail.ru', 'bk.ru', 'inbox.ru', 'list.ru')" +
  " and not (:billing_country: in ('RU', 'BY', 'KZ', 'KG', 'UZ', 'TJ', 'TM', 'AM', 'AZ', 'MD', 'UA', 'GE'))))";

/**
 * Not the store's own cancellation: a cancelled order ships nothing, so holding it only adds to the queue (and
 * would count as a stop the store already made).
 */
const NOT_CANCELLED = " and :event_type: != 'order.cancelled'";

/** Two or more stored-value codes, nothing to ship, twice the basket, from a customer never approved here. */
const UNPROVEN_GIFT_CODES =
  'is_missing(:shipping_country:) and not is_missing(:billing_country:) and :has_gift_card:' +
  ' and :is_unproven_customer: and :item_units: >= 2 and :amount_to_store_median: >= 2' +
  NOT_BUSINESS_BULK_AT_HOME;

/**
 * The rule set installed on first start; it covers every built-in signal of
 * docs/detection.md#the-default-rules and combines them the way fraud shows up (docs/detection.md explains
 * each rule and how the set was measured). Weights: one soft signal never holds an order (< 50); a
 * combination that honest shoppers rarely produce holds it by itself; two or three soft signals together hold
 * it; list hits, sanctioned countries and card testing block outright. An ordinary order (matching countries,
 * passing checks, known customer, usual amount) matches nothing.
 */
export const DEFAULT_RULES: RuleDefinition[] = (
  [
    // ------------------------------------------------------------------------------------------ amounts
    // Fixed limits are in euros (:amount_eur:, fixed reference rates), so they mean the same in every currency;
    // a currency without a rate falls back to its major units.
    {
      id: 'amount_over_limit',
      action: 'score',
      points: 10,
      // A wallet's token is bound to the holder's own phone: a big order paid with it from abroad is a traveller
      // or an expat paying as they always do (docs/detection.md, "The pass that tuned on vn-phones, dk-bricks and
      // uk-experiences").
      expression: OVER_LIMIT_NOT_ALL_AT_HOME + " and not (:payment_method: = 'wallet')",
      name: 'Payment over the limit, not all in one country',
      description:
        'The amount is over the payment limit (1,000 euros or the equivalent) and the IP, card or goods are not all in the billing country (a big order placed, paid and delivered at home is judged against the store’s basket only); not for a bank transfer from the buyer’s own account or a wallet payment from the holder’s own phone.',
    },
    {
      id: 'amount_over_review_limit',
      action: 'score',
      points: 10,
      // A basket five times the store's median is counted by amount_far_above_store; counting it again here
      // made one big honest basket (a group booking, a family trip) a block with nothing else wrong.
      expression:
        overEuros(5000) +
        ' and not (:amount_to_store_median: >= 5)' +
        " and not (:payment_method: = 'bank_transfer')",
      name: 'Payment over the high limit',
      description:
        'The amount is over the high limit (5,000 euros or the equivalent) and not already five times the store’s median basket (that is counted once, as far above the store’s usual basket), and not paid by bank transfer from the buyer’s own account. It adds points; with other signs the order is held.',
    },
    {
      id: 'amount_far_above_store',
      action: 'score',
      points: 15,
      expression: ':amount_to_store_median: >= 5',
      name: 'Far above the store’s usual basket',
      description: 'The amount is at least five times this store’s median order of the last days.',
    },
    // --------------------------------------------------------------------------------------- geography
    {
      id: 'billing_shipping_mismatch',
      action: 'score',
      points: 15,
      expression: ':billing_country: != :shipping_country:',
      name: 'Billing and shipping countries differ',
      description: 'The billing country is not the shipping country.',
    },
    {
      id: 'shipping_address_differs',
      action: 'score',
      points: 10,
      expression:
        ':shipping_address_differs: and :billing_country: = :shipping_country:' +
        ' and not (:is_new_device_for_customer: and :is_new_shipping_address_for_customer:)',
      name: 'Shipping to another address',
      description:
        'The goods go to another address in the billing country (abroad counts as a country mismatch; for a known customer on a new device, the takeover rule already counts the new address).',
    },
    {
      id: 'ip_billing_mismatch',
      action: 'score',
      points: 15,
      // A transfer from the buyer's own bank account: their bank authenticated them, wherever they are (an expat,
      // a buyer abroad); it is not a stolen card (docs/detection.md, "The pass that tuned on es-travel,
      // au-supplements, us-saas and id-marketplace").
      expression: ":ip_country: != :billing_country: and not (:payment_method: = 'bank_transfer')",
      name: 'IP country differs from billing',
      description:
        'The customer’s IP address is in a different country from the billing address; not for a bank transfer from the buyer’s own account.',
    },
    {
      id: 'ip_abroad_goods_to_billing_address',
      action: 'score',
      points: -5,
      // A stolen card's goods never go to its owner's door; a buyer on a trip ordering home does exactly that
      // (docs/detection.md, "The pass that tuned on it-coffee, ph-topups and us-golf").
      expression:
        ":ip_country: != :billing_country: and not (:payment_method: = 'bank_transfer')" +
        ' and not is_missing(:shipping_country:) and :shipping_address_differs: = false',
      name: 'IP abroad, goods to the billing address',
      description:
        'The IP address is in another country than the billing address, but the goods go to the billing address itself, where a stolen card’s owner would receive them: a buyer away from home (lowers the score by a third of the IP mismatch).',
    },
    {
      id: 'country_triangle',
      action: 'score',
      points: 20,
      expression:
        ':ip_country: != :billing_country: and :shipping_country: != :billing_country:' +
        ' and :ip_country: != :shipping_country: and not (:is_new_device_for_customer: = false)',
      name: 'Buyer, card holder and goods in different countries',
      description:
        'The IP, the billing address and the goods are in three different countries, from a device the customer has not used before (how stolen cards are cashed out; someone living abroad orders from where the goods go).',
    },
    {
      id: 'blocked_country',
      action: 'block',
      points: 100,
      expression:
        ':ip_country: in @blocked_countries or :billing_country: in @blocked_countries' +
        ' or :shipping_country: in @blocked_countries or :card_country: in @blocked_countries',
      name: 'Country on the blocked list',
      description:
        'The IP, billing, shipping or card country is on the blocked countries list (comprehensive sanctions by default).',
    },
    {
      id: 'review_country',
      action: 'review',
      points: 50,
      expression:
        ':ip_country: in @review_countries or :billing_country: in @review_countries' +
        ' or :shipping_country: in @review_countries or :card_country: in @review_countries',
      name: 'Country on the review list',
      description:
        'The IP, billing, shipping or card country is on the review countries list (wide sanctions by default).',
    },
    // ------------------------------------------------------------------------------------------ checks
    {
      id: 'avs_fail',
      action: 'score',
      points: 25,
      expression: ":avs_result: = 'fail'",
      name: 'Address verification failed',
      description: 'The card issuer says the billing address does not match the card (AVS failed).',
    },
    {
      id: 'avs_partial',
      action: 'score',
      points: 10,
      expression: ":avs_result: = 'partial'",
      name: 'Address verification partly matched',
      description: 'Only part of the billing address matched the card (street or postal code differs).',
    },
    {
      id: 'cvc_fail',
      action: 'score',
      points: 40,
      expression: ":cvc_result: = 'fail'",
      name: 'Card code check failed',
      description: 'The security code (CVC) entered does not match the card.',
    },
    // --------------------------------------------------------------------------------- new accounts
    {
      id: 'disposable_email',
      action: 'score',
      points: 20,
      expression: ':is_disposable_email: and not :is_privacy_relay_email:',
      name: 'Disposable email address',
      description: 'The email address is from a throw-away mail service.',
    },
    {
      id: 'new_customer_high_amount',
      action: 'score',
      points: 10,
      // An account older than three months paying five times the usual basket is counted once, by
      // amount_far_above_store: collectors and forwarder users abroad do that (docs/detection.md).
      expression:
        ':is_unproven_customer: and (:amount_to_store_median: >= 4' +
        ' or (is_missing(:amount_to_store_median:) and :amount_eur: > 500))' +
        ' and not (:customer_age_days: >= 90 and :amount_to_store_median: >= 5)' +
        // A trip or a team: several of one thing with nothing to ship, in a basket of several lines (flights and a
        // hotel, seats and an add-on), bought at home on a card from home. The basket is big because of the
        // quantity, which digital_quantity_new_or_abroad already counts; codes bought to resell come as one line
        // (docs/detection.md, "The pass that tuned on es-travel, au-supplements, us-saas and id-marketplace").
        ' and not (is_missing(:shipping_country:) and :max_item_quantity: >= 2 and :item_lines: >= 2' +
        ' and :is_new_customer: and :ip_country: = :billing_country:' +
        ' and (is_missing(:card_country:) or :card_country: = :billing_country:)' +
        ' and not :is_privacy_relay_email: and not :is_disposable_email:)' +
        NOT_BUSINESS_BULK_AT_HOME,
      name: 'New customer, high amount',
      description:
        'A customer without an earlier approved order pays at least four times the store’s median order (500 euros until the store has a basket); for an account older than three months, only up to five times. Not for a basket of several lines with several of one thing and nothing shipped, bought at home on a card from home (a trip or a team; the quantity is counted once). Not for a business buying ten or more of one thing at home on its own mail domain.',
    },
    {
      id: 'new_account_throwaway_big_basket',
      action: 'score',
      points: 40,
      expression:
        ':is_new_customer: and :is_disposable_email: and not :is_privacy_relay_email:' +
        ' and (:amount_to_store_median: >= 3 or (is_missing(:amount_to_store_median:) and :amount_eur: > 300))',
      name: 'New account, throw-away address, big basket',
      description:
        'A brand-new account with a throw-away email orders at least three times the store’s median basket.',
    },
    {
      id: 'new_account_relay_big_basket',
      action: 'score',
      points: 10,
      expression:
        ':is_new_customer: and :is_privacy_relay_email:' +
        ' and (:amount_to_store_median: >= 3 or (is_missing(:amount_to_store_median:) and :amount_eur: > 300))',
      name: 'New account, privacy-relay address, big basket',
      description:
        'A brand-new account with a privacy-relay email (which many honest shoppers use) orders at least three times the store’s median basket.',
    },
    {
      id: 'throwaway_email_from_abroad',
      action: 'score',
      points: 20,
      expression:
        ':is_unproven_customer: and :is_disposable_email: and not :is_privacy_relay_email:' +
        ' and :ip_country: != :billing_country:',
      name: 'Throw-away address from abroad',
      description:
        'A customer without an earlier approved order uses a throw-away email from an IP outside the billing country.',
    },
    {
      id: 'unproven_customer_anonymous_mailbox',
      action: 'score',
      points: 20,
      // Mailboxes that ask for no phone or identity at sign-up, favoured for one-off fraud accounts; honest
      // people use them too, so alone this never holds an order.
      expression: ':is_unproven_customer: and ' + ANONYMOUS_MAILBOX,
      name: 'Anonymous mailbox, no approved order yet',
      description:
        'A customer without an earlier approved order uses a mailbox that needs no phone or identity to open (Proton, Tuta, mail.com, GMX’s international domain; Yandex or Mail.ru outside their home region). Alone it never holds an order.',
    },
    {
      id: 'unproven_customer_generated_mailbox',
      action: 'score',
      points: 50,
      // Accounts opened by scripts (bots, card testers, carders' one-off accounts) carry random mailbox names;
      // people choose names. Measured on the traffic models, a person's name almost never has this shape
      // (docs/detection.md, "Generated mailbox names"), so it holds an order for a look on its own.
      expression: ':is_unproven_customer: and :email_looks_generated: and not :is_privacy_relay_email:',
      name: 'Machine-made mailbox name, no approved order yet',
      description:
        'A customer without an earlier approved order uses an email whose name looks generated by a script (random letters and digits, e.g. zwhrkhlo225@…) rather than chosen by a person. Privacy aliases do not count.',
    },
    {
      id: 'throwaway_email_to_other_address',
      action: 'score',
      points: 20,
      expression:
        ':is_unproven_customer: and :is_disposable_email: and not :is_privacy_relay_email:' +
        ' and :shipping_address_differs:',
      name: 'Throw-away address, goods sent elsewhere',
      description:
        'A customer without an earlier approved order uses a throw-away email and has the goods delivered to another address than the card’s billing address (nobody can be reached, and the goods go to a drop).',
    },
    {
      id: 'unproven_customer_to_forwarder',
      action: 'score',
      points: 40,
      expression:
        ':is_unproven_customer: and :shipping_has_reference_code:' +
        ' and (:shipping_country: = :billing_country: or :ip_country: != :billing_country:)',
      name: 'First order to a forwarder, not for someone abroad',
      description:
        'A customer without an earlier approved order has the goods sent to an address with a customer reference code (a parcel forwarder) although the card holder lives in that country or orders from an IP outside it (people abroad use forwarders to get goods home; a card holder at home does not need one, and stolen goods leave the country that way).',
    },
    {
      id: 'new_account_big_basket_from_abroad',
      action: 'score',
      points: 20,
      expression:
        ':is_new_customer: and :ip_country: != :billing_country:' +
        ' and (:amount_to_store_p90: >= 1 or (is_missing(:amount_to_store_p90:) and :amount_eur: > 500))',
      name: 'New account, big basket, from abroad',
      description:
        'A brand-new account orders above the store’s 90th-percentile basket from an IP outside the billing country (how stolen cards are cashed out).',
    },
    {
      id: 'new_account_big_basket_shipped_abroad',
      action: 'score',
      points: 20,
      // A buyer who is in the country the goods go to (a traveller, someone who moved) is already counted by
      // new_account_big_basket_from_abroad; counting the same trip twice blocked them (docs/detection.md).
      expression:
        ':is_new_customer: and :shipping_country: != :billing_country:' +
        ' and (:amount_to_store_median: >= 3 or (is_missing(:amount_to_store_median:) and :amount_eur: > 300))' +
        ' and not (:ip_country: = :shipping_country:' +
        ' and (:amount_to_store_p90: >= 1 or (is_missing(:amount_to_store_p90:) and :amount_eur: > 500)))',
      name: 'New account, big basket, goods sent abroad',
      description:
        'A brand-new account orders at least three times the store’s median basket and has it sent to another country than the billing address (how stolen cards are cashed out through reshippers). Not counted when the buyer is in that country and the basket already counts as big from abroad.',
    },
    {
      id: 'new_account_big_digital_order',
      action: 'score',
      points: 20,
      expression:
        ':is_new_customer: and is_missing(:shipping_country:) and not is_missing(:billing_country:)' +
        ' and (:amount_to_store_p90: >= 1 or (is_missing(:amount_to_store_p90:) and :amount_eur: > 500))' +
        // Several units of one thing with nothing to ship are digital_quantity_new_or_abroad's case: the basket is
        // big because of the quantity, and scoring both counted one order for a group twice.
        ' and not (:max_item_quantity: >= 2)',
      name: 'New account, big order with nothing to ship',
      description:
        'A brand-new account orders above the store’s 90th-percentile basket and nothing is shipped (codes, gift cards and other digital goods resell at once); several units of one thing are counted by the quantity rule instead.',
    },
    {
      id: 'new_account_resale_quantity_elsewhere',
      action: 'score',
      points: 40,
      expression:
        ':is_new_customer: and :item_lines: = 1 and :max_item_quantity: >= 2' +
        ' and :amount_to_store_median: >= 2 and :shipping_address_differs:' +
        NOT_BUSINESS_BULK_AT_HOME,
      name: 'New account, several of one item, sent elsewhere',
      description:
        'A brand-new account buys several units of one single item, at least twice the store’s median basket, delivered to another address than the card’s billing address (how stolen cards buy goods for resale: one thing in quantity, to a drop). Not for a business buying ten or more of one thing at home on its own mail domain.',
    },
    {
      id: 'digital_quantity_new_or_abroad',
      action: 'score',
      // 30, not 35: with ip_billing_mismatch (15) a new customer abroad buying two tickets or codes was held by
      // these two alone, and that is every tourist, VPN user and hotel guest booking for two. Held now only with
      // a third sign (a big basket, a decline, a failing check, a throw-away address).
      points: 30,
      expression:
        'is_missing(:shipping_country:) and not is_missing(:billing_country:) and :max_item_quantity: >= 2' +
        ' and (:is_new_customer: or :ip_country: != :billing_country:)' +
        NOT_BUSINESS_BULK_AT_HOME,
      name: 'Several codes with nothing to ship, new account or from abroad',
      description:
        'Several units of one thing and nothing is shipped (gift cards, game keys and other codes delivered by email resell at once; people buying for themselves take one), by a brand-new account or from an IP outside the billing country (an account used by someone else). Not for a business buying ten or more of one thing at home on its own mail domain.',
    },
    {
      // A card issued in another country than the card holder's billing address, buying codes in the quantity a
      // reseller takes, by an account that never had an order approved: scalper and resale crews age their
      // accounts (so they are not brand-new) and pay with cards bought abroad. People living abroad buy a ticket or
      // two for themselves with their home card; four or more of one code is stock.
      id: 'unproven_foreign_card_code_quantity',
      action: 'score',
      points: 30,
      expression:
        'is_missing(:shipping_country:) and not is_missing(:billing_country:) and :max_item_quantity: >= 4' +
        ' and :is_unproven_customer: and :card_country: != :billing_country:' +
        // A brand-new account or an IP abroad is digital_quantity_new_or_abroad's case: counted once.
        ' and not (:is_new_customer: or :ip_country: != :billing_country:)',
      name: 'Codes in quantity on a card from abroad, no order yet',
      description:
        'Four or more units of one thing with nothing to ship, paid with a card issued outside the billing country, by an account that never had an order approved (aged accounts of a resale crew on cards bought abroad; brand-new accounts and IPs abroad are counted by the several-codes rule).',
    },
    {
      // A stolen card from abroad cashed out in quantity to a drop: the card was issued in another country than
      // the billing address it claims, the basket is several of something, far above the store's usual one, and
      // it goes to another address. Each part alone is common (expats' home cards, gifts, big first orders).
      id: 'new_account_foreign_card_quantity_elsewhere',
      action: 'score',
      points: 15,
      expression:
        ':is_new_customer: and :amount_to_store_median: >= 5 and :max_item_quantity: >= 3' +
        ' and :shipping_address_differs: and :card_country: != :billing_country:',
      name: 'New account, card from abroad, quantity sent elsewhere',
      description:
        'A brand-new account pays with a card issued outside the billing country for three or more of one item, at least five times the store’s median basket, delivered to another address than the billing one (a stolen card from abroad cashed out to a drop).',
    },
    {
      // One expensive piece bought by a brand-new account, far above what the store usually sells, collected or
      // delivered at another address in the card holder's country: how a card whose holder's details are known
      // (phished) is cashed out — one watch, bag or phone to a drop or a mule at a pick-up counter. Each part alone
      // is common (big first orders, gifts, click-and-collect); together they are rare for honest first orders.
      // From four times the median (where new_customer_high_amount speaks) it adds to the amount and other-address
      // signs: at five times and more that is 15 + 10 + 10 + 15 = 50, held; between four and five it needs one more.
      id: 'new_account_single_item_far_above_elsewhere',
      action: 'score',
      points: 15,
      expression:
        ':is_new_customer: and :item_units: = 1 and :amount_to_store_median: >= 4' +
        ' and :shipping_address_differs: and :shipping_country: = :billing_country:',
      name: 'New account, one expensive item, sent elsewhere at home',
      description:
        'A brand-new account buys one single item at least four times the store’s median basket and has it delivered to (or collected at) another address in the billing country (a stolen card with the holder’s details cashed out through a drop or a pick-up).',
    },
    {
      // The stolen identity used whole: a fresh account, the holder's details (checks pass), a few expensive
      // things to another address. Movers and gift-givers do this too, so it holds for a look and adds no
      // points: it never blocks by itself (docs/detection.md).
      id: 'new_account_few_items_far_above_elsewhere',
      action: 'review',
      points: 0,
      expression:
        ':is_new_customer: and :item_units: <= 3 and :amount_to_store_median: >= 6 and :shipping_address_differs:',
      name: 'New account, a few items far above the usual basket, sent elsewhere',
      description:
        'An account opened in the last week buys one to three items worth at least six times the store’s median basket and has them sent to an address other than the billing address. Held for review; it adds no points.',
    },
    {
      // The holder's full details (the issuer's address check answers) typed in from a rented server, as a guest,
      // for a basket above the usual, to another address: how stolen identities reach a drop. People on a VPN
      // or a company cloud desktop do this too, so it holds for a look and adds no points (docs/detection.md,
      // "Hosting networks").
      id: 'guest_hosting_ip_big_basket_elsewhere',
      action: 'review',
      points: 0,
      expression:
        ':ip_is_hosting: and :is_new_customer: and is_missing(:customer_id:) and :shipping_address_differs:' +
        " and :amount_to_store_median: >= 1.5 and :avs_result: in ('pass', 'partial', 'fail')",
      name: 'Guest on a hosting network, a big basket sent elsewhere',
      description:
        'A first-time guest checkout from a cloud, server or VPN-hosting network pays with a card whose billing address the issuer checked, for at least one and a half times the store’s median basket, sent to another address. Held for review; it adds no points.',
    },
    {
      // A card thief hides behind a server or VPN and sends the goods to a drop; an honest newcomer at three
      // times the usual basket rarely does both (docs/detection.md, "The pass that tuned on es-travel,
      // au-supplements, us-saas and id-marketplace").
      id: 'new_customer_hosting_ip_far_above_elsewhere',
      action: 'review',
      points: 0,
      expression:
        ':ip_is_hosting: and :is_new_customer: and :shipping_address_differs: and :amount_to_store_median: >= 3',
      name: 'New customer on a hosting network, three times the usual basket, sent elsewhere',
      description:
        'A customer first seen less than a week ago orders from a cloud, server or VPN-hosting network at least three times the store’s median basket, sent to an address other than the billing address. Held for review; it adds no points.',
    },
    {
      // Card cycling spread over days: the same new account and device paid with another card this week and now
      // sends a full basket away from the billing address. One honest retry with a second card stays at home or
      // on another device (docs/detection.md, "The pass that tuned on fr-electronics and pl-fashion").
      id: 'new_customer_second_card_elsewhere',
      action: 'review',
      points: 0,
      expression:
        ':is_new_customer: and :shipping_address_differs: and :card_count_for_email_7d: >= 1' +
        ' and :card_count_for_device_7d: >= 1 and :amount_to_store_median: >= 1',
      name: 'New customer on a second card this week, sent elsewhere',
      description:
        'A customer first seen less than a week ago, whose e-mail and device were both used with another card in the last 7 days, orders at least the store’s median basket for an address other than the billing address. Held for review; it adds no points.',
    },
    {
      // A reseller's bot or a crew opens accounts days ahead, then buys from the device that opened the others:
      // an account a few weeks old with no approved order, on a device another e-mail used this week, ordering a
      // big basket for delivery. A family sharing a tablet has older accounts; a campus lab buys nothing to ship
      // (docs/detection.md, "The pass that tuned on pt-perfume, at-ski and ie-gaming").
      id: 'young_account_shared_device_big_basket',
      action: 'review',
      points: 0,
      expression:
        ':is_unproven_customer: and :customer_age_days: <= 30 and :email_count_for_device_7d: >= 1' +
        ' and :amount_to_store_median: >= 2 and not is_missing(:shipping_country:)',
      name: 'Young account on a shared device, big basket',
      description:
        'An account at most 30 days old with no approved order here orders at least twice the store’s median basket for delivery, from a device another e-mail address used in the last 7 days (accounts opened ahead by a bot or a crew). Held for review; it adds no points.',
    },
    {
      // An account opened days ahead (not at checkout) whose first order sends the goods away from an address the
      // issuer says is not the card's: a thief who guessed or bought half the holder's details. An honest buyer
      // whose address check fails usually signs up as they pay, or pays with a card they stored (docs/detection.md, "The pass that tuned on the six held-out models of the fourth round").
      id: 'young_account_address_check_failed_elsewhere',
      action: 'review',
      points: 0,
      expression:
        ":avs_result: = 'fail' and :shipping_address_differs: and :is_unproven_customer:" +
        ' and :customer_age_days: >= 1 and :customer_age_days: <= 30' +
        " and not (:cvc_result: = 'unchecked') and not (:is_free_email: = false)",
      name: 'Young account, address check failed, sent elsewhere',
      description:
        'An account opened one to 30 days before, with no approved order here, pays with a card whose billing address the issuer says does not match and sends the goods to another address; not for a stored card or a buyer on an organization’s own mail domain. Held for review; it adds no points.',
    },
    {
      // A thief behind a rented server or VPN sending 1,000 euros of goods to a drop from an account weeks old at
      // most; a store's typical basket does not matter at that amount. Known devices, payments that prove the
      // holder and company mail are left out: VPN users and company cloud desktops (docs/detection.md, "The pass that tuned on the six held-out models of the fourth round").
      id: 'young_account_hosting_ip_big_amount_elsewhere',
      action: 'review',
      points: 0,
      expression:
        ':ip_is_hosting: and :shipping_address_differs: and :customer_age_days: <= 30' +
        ' and (:amount_eur: >= 1000 or (is_missing(:amount_eur:) and :amount_major: >= 1000))' +
        ' and not (:is_new_device_for_customer: = false) and not (:is_free_email: = false)' +
        " and not (:payment_method: in ('wallet', 'bank_transfer', 'mobile_money', 'cash_on_delivery', 'cash_voucher'))",
      name: 'Young account on a hosting network, 1,000 euros or more, sent elsewhere',
      description:
        'An account at most 30 days old orders 1,000 euros or more (or the equivalent) from a cloud, server or VPN-hosting network and sends it to another address, on a device not seen with it before, paying by card, pay-later, invoice or an unnamed method, from a consumer mail address. Held for review; it adds no points.',
    },
    {
      // A card that passed after others failed on the same e-mail or IP, for three times the usual basket sent
      // elsewhere: the crew kept trying stolen cards until one went through (docs/detection.md, "The pass that tuned on the six held-out models of the fourth round").
      id: 'new_customer_after_decline_big_basket_elsewhere',
      action: 'review',
      points: 0,
      expression:
        ':is_new_customer: and :shipping_address_differs: and :amount_to_store_median: >= 3' +
        ' and (:failed_payments_for_email_24h: >= 1 or :failed_payments_for_ip_24h: >= 1)',
      name: 'New customer after a declined payment, big basket sent elsewhere',
      description:
        'A customer first seen less than a week ago, after a payment that failed on the same e-mail address or IP in the last 24 hours, orders at least three times the store’s median basket for an address other than the billing address. Held for review; it adds no points.',
    },
    {
      id: 'new_customer_card_declined_basket_elsewhere',
      action: 'review',
      points: 0,
      // A card that was just declined and then goes through is a card being worked: details corrected until the
      // issuer says yes (docs/detection.md, "The pass that tuned on it-coffee, ph-topups and us-golf").
      expression:
        ':is_new_customer: and :shipping_address_differs: and :amount_to_store_median: >= 2' +
        ' and :failed_payments_for_card_24h: >= 1',
      name: 'New customer, card declined before, basket sent elsewhere',
      description:
        'A customer first seen less than a week ago pays with a card that was declined in the last 24 hours and orders at least twice the store’s median basket for an address other than the billing address. Held for review; it adds no points.',
    },
    {
      // A declined payment on a basket in the store's top tenth from an account under a year old: a stolen card
      // refused, and often the first of several cards tried on the same order. Held, a later card on it is not
      // approved unseen (docs/detection.md, "The pass that tuned on be-chocolate, tr-rugs and sa-oud").
      id: 'young_account_declined_top_basket',
      action: 'review',
      points: 0,
      expression:
        ":event_type: = 'payment.failed' and :amount_to_store_p90: >= 1 and :customer_age_days: < 365",
      name: 'Young account, payment declined on a top-tenth basket',
      description:
        'A payment was declined for an order at least as big as the store’s 90th-percentile basket, from an account opened less than a year ago. Held for review, so that another card tried on the same order is not approved unseen; it adds no points.',
    },
    {
      // A declined card from an account a month old at most, the goods going to another address: a stolen card
      // refused before the next one is tried on the same order (docs/detection.md, "The pass that tuned on
      // vn-phones, dk-bricks and uk-experiences").
      id: 'young_account_declined_elsewhere',
      action: 'review',
      points: 0,
      expression:
        ":event_type: = 'payment.failed' and :shipping_address_differs: and :customer_age_days: <= 30",
      name: 'Young account, payment declined, sent elsewhere',
      description:
        'A payment was declined for an order going to an address other than the billing address, from an account opened at most 30 days ago. Held for review, so that another card tried on the same order is not approved unseen; it adds no points.',
    },
    {
      // A throw-away mailbox is for an address nobody will ask about again; past pocket money it is how stolen
      // cards and promotion farms buy (docs/detection.md, "The pass that tuned on vn-phones, dk-bricks and
      // uk-experiences"). Privacy relays forward to a real mailbox and are left out.
      id: 'disposable_email_over_100_euros',
      action: 'review',
      points: 0,
      expression:
        ':is_disposable_email: and not :is_privacy_relay_email: and ' + overEuros(100) + NOT_CANCELLED,
      name: 'Disposable email address, over 100 euros',
      description:
        'The email address is from a throw-away mail service (not a privacy relay that forwards to a real mailbox) and the order is over 100 euros or the equivalent. Held for review; it adds no points.',
    },
    {
      // Over the high limit to an address that is not the billing address, from an account opened today: a
      // stolen card's one big haul. Honest first orders that large mostly go home or come by bank transfer
      // (docs/detection.md, "The pass that tuned on be-chocolate, tr-rugs and sa-oud").
      id: 'new_account_over_high_limit_elsewhere',
      action: 'review',
      points: 0,
      expression:
        ':customer_age_days: < 1 and :shipping_address_differs: and ' +
        overEuros(5000) +
        " and not (:payment_method: = 'bank_transfer')",
      name: 'Account opened today, over the high limit, sent elsewhere',
      description:
        'An account opened less than a day ago pays over the high limit (5,000 euros or the equivalent) for goods sent to an address other than the billing address, not by bank transfer. Held for review; it adds no points.',
    },
    {
      // An anonymous mailbox alone never holds; with three times the basket going elsewhere it is how one-off
      // fraud accounts cash out a stolen card (docs/detection.md, "The pass that tuned on be-chocolate, tr-rugs
      // and sa-oud").
      id: 'anonymous_mailbox_big_basket_elsewhere',
      action: 'review',
      points: 0,
      expression:
        ':is_unproven_customer: and :shipping_address_differs: and :amount_to_store_median: >= 3 and ' +
        ANONYMOUS_MAILBOX,
      name: 'Anonymous mailbox, three times the basket sent elsewhere',
      description:
        'A customer without an earlier approved order, on a mailbox that needs no phone or identity to open, orders at least three times the store’s median basket for an address other than the billing address. Held for review; it adds no points.',
    },
    {
      // Over the limit with the IP, card or goods abroad, a week-old account, and a payment already declined on
      // this device in the last hour: cards being tried in turn (docs/detection.md, "The pass that tuned on
      // be-chocolate, tr-rugs and sa-oud").
      id: 'new_account_device_declined_over_limit',
      action: 'review',
      points: 0,
      expression:
        ':customer_age_days: < 7 and :failed_payments_for_device_1h: >= 1 and ' + OVER_LIMIT_NOT_ALL_AT_HOME,
      name: 'New account, a decline on the device, over the limit abroad',
      description:
        'An account opened less than a week ago pays over the payment limit (1,000 euros or the equivalent) with the IP, card or goods not all in the billing country, not by bank transfer, after a payment failed on the same device in the last hour. Held for review; it adds no points.',
    },
    {
      // A customer never approved here, on a device that paid with two or more cards this week, sending the goods
      // to another address than the billing one: cards being tried in turn for a drop (docs/detection.md, "The pass that tuned on kz-electronics, ar-yerba and nz-outdoor").
      id: 'unproven_customer_device_cards_elsewhere',
      action: 'review',
      points: 0,
      expression:
        ':is_unproven_customer: and :card_count_for_device_7d: >= 2 and :shipping_address_differs:' +
        NOT_CANCELLED,
      name: 'Unproven customer, a device with several cards, sent elsewhere',
      description:
        'A customer without an earlier approved order pays from a device that used two or more cards in the last 7 days and has the goods delivered to an address other than the billing address. Held for review; it adds no points.',
    },
    {
      // Several of one thing, three times the basket, to a parcel forwarder's warehouse (a reference code on the
      // street line): goods bought to resell abroad, the way stolen cards are cashed out (docs/detection.md, "The pass that tuned on kz-electronics, ar-yerba and nz-outdoor").
      id: 'forwarder_quantity_big_basket',
      action: 'review',
      points: 0,
      expression:
        ':shipping_has_reference_code: and :max_item_quantity: >= 2 and :amount_to_store_median: >= 3' +
        NOT_CANCELLED,
      name: 'Several of one item, three times the basket, to a parcel forwarder',
      description:
        'Two or more units of one item, at least three times the store’s median basket, shipped to an address whose street line carries a customer reference code, as a parcel forwarder’s warehouse does. Held for review; it adds no points.',
    },
    {
      // An account under a month old, on a device that paid with two or more cards this week, and the card's
      // address not confirmed by its bank: someone else's cards (docs/detection.md, "The pass that tuned on kz-electronics, ar-yerba and nz-outdoor").
      id: 'young_account_device_cards_unverified_address',
      action: 'review',
      points: 0,
      expression:
        ':customer_age_days: < 30 and :card_count_for_device_7d: >= 2' +
        " and :avs_result: in ('fail', 'partial', 'unavailable', 'unchecked')" +
        NOT_CANCELLED,
      name: 'Young account, a device with several cards, address not confirmed',
      description:
        'An account opened less than 30 days ago pays from a device that used two or more cards in the last 7 days, and the card’s bank did not confirm the billing address (failed, partial, unavailable or not checked). Held for review; it adds no points.',
    },
    {
      // A datacenter or VPN address hides where the buyer is; with no approved order yet and over the limit sent
      // to another address, it is how a stolen card is spent from abroad (docs/detection.md, "The pass that tuned on kz-electronics, ar-yerba and nz-outdoor").
      id: 'unproven_hosting_over_limit_elsewhere',
      action: 'review',
      points: 0,
      expression:
        ':is_unproven_customer: and :ip_is_hosting: and :shipping_address_differs: and ' +
        overEuros(1000) +
        NOT_CANCELLED,
      name: 'Unproven customer on a hosting network, over the limit, sent elsewhere',
      description:
        'A customer without an earlier approved order, connecting from a hosting or VPN network, pays over the payment limit (1,000 euros or the equivalent) for goods sent to an address other than the billing address. Held for review; it adds no points.',
    },
    {
      // A trade account opened in a real firm's name to buy on credit: weeks old at most, no order yet, invoice
      // terms, five times the store's basket or more, delivered to a "site" that is not the billing address
      // (docs/detection.md, "The pass that tuned on us-camera, au-fashion and de-tools").
      id: 'young_account_invoice_far_above_elsewhere',
      action: 'review',
      points: 0,
      expression:
        ":customer_age_days: <= 30 and :is_unproven_customer: and :payment_method: = 'invoice'" +
        ' and :amount_to_store_median: >= 5 and :shipping_address_differs:',
      name: 'Young account on invoice terms, far above the basket, sent elsewhere',
      description:
        'An account at most 30 days old, with no approved order here, buys on invoice terms at least five times the store’s median basket and has it delivered to an address other than the billing address. Held for review; it adds no points.',
    },
    {
      // Pay-later and other payments without a card check who the buyer is, not that they hold anything; the
      // lender delivers to the buyer's own address. A brand-new account paying that way for a big basket sent
      // to another address is the stolen-identity pattern: someone else's name, goods to a drop.
      id: 'new_account_no_card_to_other_address',
      action: 'score',
      points: 40,
      expression:
        ':is_new_customer: and is_missing(:card_fingerprint:)' +
        " and not (:avs_result: in ('pass', 'fail', 'partial')) and not (:cvc_result: in ('pass', 'fail', 'partial'))" +
        ' and :shipping_address_differs: and :amount_to_store_median: >= 2' +
        // A wallet, a bank or a mobile-money payment is approved by its holder on their own phone or bank (a PIN,
        // a fingerprint), and a gift card is the store's own money: who paid is proven. A cash voucher (Multibanco,
        // OXXO, boleto) is paid in cash before anything ships: nothing to charge back. Pay-later, cash on delivery
        // and an invoice are not (docs/detection.md, "The pass that tuned on ke-crafts").
        " and not (:payment_method: in ('wallet', 'bank_transfer', 'mobile_money', 'gift_card', 'cash_voucher'))" +
        // A named pay-later lender checks who the buyer is and carries the loss; below three baskets that is a
        // present paid next month as often as not (docs/detection.md, "The pass that tuned on nl-flowers and
        // us-petrx"). Identity fraud on pay-later buys far more.
        " and not (:payment_method: = 'pay_later' and :amount_to_store_median: < 3)",
      name: 'New account, no card, big basket sent elsewhere',
      description:
        'A brand-new account pays without a card (pay-later, cash on delivery, an invoice: no card, no address or card-code check, not approved in a wallet, a bank or with a mobile-money PIN, not a cash voucher paid before shipping) at least twice the store’s median basket (three times with a pay-later lender) and has it delivered to another address than the billing one (someone else’s identity, goods to a drop).',
    },
    // ------------------------------------------------------------------------------ account takeover
    {
      id: 'known_customer_new_device_and_address',
      action: 'score',
      points: 35,
      // Not for less than the customer already spent in one order, from their billing country: a new phone
      // and a present for someone is everyday life; a takeover cashes out above the account's usual. Nor when
      // the payment itself shows the buyer is the holder: a wallet on their device, their own transfer or
      // cash, a lender's check (docs/detection.md, "The pass that tuned on fr-wine and kr-beauty").
      expression:
        ':is_new_device_for_customer: and :is_new_shipping_address_for_customer:' +
        ' and not (:amount_to_customer_max: < 1 and :ip_country: = :billing_country:)' +
        // From a network the customer used before (their home, their office): a new phone at home, not someone
        // else in the account (docs/detection.md, "The pass that tuned on es-travel, au-supplements, us-saas and
        // id-marketplace").
        ' and not (:is_new_ip_network_for_customer: = false)' +
        // A buyer on an organization's own mail domain sending the goods to the billing address: a company buyer
        // on a new laptop at a new office, not a takeover, which ships elsewhere (docs/detection.md, "The pass
        // that tuned on fr-electronics and pl-fashion").
        ' and not (:is_free_email: = false and :shipping_address_differs: = false)' +
        // The goods go to the billing address, from the billing country: someone who moved house and updated the
        // account on a new phone. A takeover sends the goods away from the holder's billing address (docs/detection.md, "The pass that tuned on the six held-out models of the fourth round").
        ' and not (:shipping_address_differs: = false and :ip_country: = :billing_country:)' +
        " and not (:payment_method: in ('wallet', 'bank_transfer', 'mobile_money', 'pay_later', 'cash_on_delivery', 'cash_voucher'))" +
        // Over 100 euros: a takeover cashes out; a small order on a new phone to a new address is a present (docs/detection.md, "The pass that tuned on kz-electronics, ar-yerba and nz-outdoor").
        ' and ' +
        overEuros(100),
      name: 'Known customer, new device and new address',
      description:
        'A customer with earlier orders is on a device never seen with them and ships to an address they never used, for at least their largest earlier order or from outside their billing country, paying by card, stored value, invoice or an unnamed method; not from a network they used before (their home or office), nor when the goods go to the billing address from the billing country (someone who moved house), nor for 100 euros or less (a present).',
    },
    {
      id: 'known_customer_new_network',
      action: 'score',
      points: 20,
      expression:
        ':is_new_ip_network_for_customer: and :is_new_device_for_customer: and (:is_new_shipping_address_for_customer:' +
        ' or (is_missing(:shipping_country:) and not is_missing(:billing_country:)))' +
        // Whoever typed the card code of a card this customer paid with before holds their card: a new phone,
        // a move or the office, not someone who only has the password (a takeover pays with the stored card,
        // whose code is not asked, or with a card of its own).
        // It does not explain an order three times larger than any before (known_customer_unusual_amount).
        " and not (:cvc_result: = 'pass' and :is_new_card_for_customer: = false and not (:amount_to_customer_max: >= 3))" +
        // A buyer on the organization's own mail domain, not on a card new to the account, ordering from a job
        // site or a branch: the new device and address already count (docs/detection.md, "The pass that tuned
        // on india-fashion and us-b2b-supplies").
        ' and not (:is_free_email: = false and not (:is_new_card_for_customer: = true))' +
        // A wallet pays with a token bound to the holder's own phone and unlocked by them: whoever pays with it
        // holds the card, wherever the goods go (docs/detection.md, "The pass that tuned on vn-phones, dk-bricks
        // and uk-experiences").
        " and not (:payment_method: = 'wallet')" +
        // Goods sent to the billing address go to whoever holds the card or the account's own address: the new
        // network there is a move, an office or a trip; a takeover ships elsewhere (docs/detection.md, "The pass
        // that tuned on fr-electronics and pl-fashion").
        ' and not (:shipping_address_differs: = false)' +
        // A transfer from the customer's own bank account: someone who only has the password cannot send it
        // (docs/detection.md, "The pass that tuned on kz-electronics, ar-yerba and nz-outdoor"). Cash paid at
        // the door, the pickup counter or a voucher kiosk is the buyer's own money: a takeover gains nothing by
        // it (docs/detection.md, "The pass that tuned on tw-tea and pk-lawn").
        " and not (:payment_method: in ('bank_transfer', 'cash_on_delivery', 'cash_voucher'))",
      name: 'Known customer, new network too',
      description:
        '… and from an IP network never seen with them: everything is new (with nothing to ship, a new device and network are all there is). Not when the code of a card they paid with before passed (under three times their largest order), for a buyer on an organization’s own mail domain paying as before, for goods sent to the billing address, or when the buyer pays with their own means: a wallet on their phone, a transfer from their bank, cash on delivery or at pickup, a cash voucher.',
    },
    {
      id: 'known_customer_new_network_abroad',
      action: 'score',
      points: 20,
      expression:
        ':is_new_device_for_customer: and :is_new_ip_network_for_customer: and :ip_country: != :billing_country:' +
        // As for known_customer_new_network: the holder's own wallet, goods to the account's own address.
        " and not (:payment_method: = 'wallet' and not :shipping_address_differs:)" +
        // Over 100 euros, as for known_customer_new_device_and_address (docs/detection.md, "The pass that tuned on kz-electronics, ar-yerba and nz-outdoor").
        ' and ' +
        overEuros(100),
      name: 'Known customer, new device and network abroad',
      description:
        'A customer with earlier orders is on a device and an IP network never seen with them, from an IP outside the billing country (someone else logged in to their account); not when a wallet pays for goods sent to the billing address (the holder’s own phone), nor for 100 euros or less.',
    },
    {
      // A taken-over account cashing out in one big order: everything that can be new is (the address, the network,
      // the device when one is seen), and the basket is far above the store's and the customer's own. A trade
      // account's terms or stored card need no code, so the payment cannot say who is buying (docs/detection.md,
      // "The pass that tuned on mx-department and uk-autoparts").
      id: 'known_customer_big_order_all_new',
      action: 'review',
      points: 0,
      expression:
        ':customer_order_count: >= 1 and :is_new_shipping_address_for_customer: and :shipping_address_differs:' +
        ' and :is_new_ip_network_for_customer: and not (:is_new_device_for_customer: = false)' +
        ' and :amount_to_store_median: >= 8 and :amount_to_customer_median: >= 2',
      name: 'Known customer, big order, everything new',
      description:
        'A customer with earlier orders orders at least eight times the store’s median basket and twice their own usual, to an address they never used that is not their billing address, from a network (and device, when one is seen) never seen with them. Held for review; it adds no points.',
    },
    {
      // A takeover from a rented server or VPN: a customer with earlier orders, on a device never seen with them,
      // sends one and a half times the usual basket elsewhere. Known devices are left out: a customer's own VPN
      // (docs/detection.md, "The pass that tuned on us-camera, au-fashion and de-tools").
      id: 'known_customer_hosting_ip_new_device_big_basket_elsewhere',
      action: 'review',
      points: 0,
      expression:
        ':ip_is_hosting: and :customer_order_count: >= 1 and not (:is_new_device_for_customer: = false)' +
        ' and :amount_to_store_median: >= 1.5 and :shipping_address_differs:',
      name: 'Known customer on a hosting network and a new device, big basket sent elsewhere',
      description:
        'A customer with earlier orders connects from a cloud, server or VPN-hosting network on a device not seen with them before and sends at least one and a half times the store’s median basket to an address other than the billing address. Held for review; it adds no points.',
    },
    {
      id: 'known_customer_unusual_amount',
      action: 'score',
      points: 15,
      expression:
        ':amount_to_customer_max: >= 3 and (:is_new_device_for_customer: or :is_new_shipping_address_for_customer:)',
      name: 'Known customer, unusual amount, something new',
      description:
        'At least three times the customer’s largest earlier order, from a new device or to a new address.',
    },
    {
      id: 'first_order_from_abroad_to_other_address',
      action: 'score',
      points: 10,
      expression:
        ':is_unproven_customer: and :ip_country: != :billing_country:' +
        ' and :shipping_address_differs: and :shipping_country: = :billing_country:',
      name: 'First order here, from abroad, to another address',
      description:
        'A customer Vigil has not seen order before orders from an IP abroad and ships to another address in the billing country (a drop or reshipper).',
    },
    {
      // The drop pattern of a stolen card or a taken-over account: someone abroad has goods worth something
      // delivered to another address in the card holder's country. A traveller or a soldier abroad sending a
      // small parcel home looks the same; at twice the store's median basket it is mostly a cash-out, and it still
      // holds only with the country mismatch and the other-address sign it comes with (10 + 15 + 10 + 15 = 50).
      id: 'first_order_from_abroad_big_basket_elsewhere',
      action: 'score',
      points: 15,
      expression:
        ':is_unproven_customer: and :ip_country: != :billing_country:' +
        ' and :shipping_address_differs: and :shipping_country: = :billing_country:' +
        ' and :amount_to_store_median: >= 2',
      name: 'First order here, from abroad, a big basket to another address',
      description:
        'A customer without an approved order here orders at least twice the store’s median basket from an IP abroad and has it delivered to another address in the billing country (a drop for a stolen card or a taken-over account).',
    },
    {
      id: 'unproven_customer_gift_codes',
      action: 'score',
      points: 15,
      // Stored-value codes resell at once; a customer buying several worth twice the usual basket before Vigil
      // ever approved an order of theirs is how stolen cards and taken-over accounts are cashed out
      // (docs/detection.md, "The pass that tuned on apac-marketplace"). Tickets and hotel vouchers are not codes.
      expression: UNPROVEN_GIFT_CODES,
      name: 'Several gift or top-up codes, customer never approved here',
      description:
        'Two or more gift cards or stored-value codes, nothing to ship, at least twice the store’s median basket, bought by a customer without an approved order here. Not for a business buying ten or more of one thing at home on its own mail domain.',
    },
    {
      // Three or more of the same code from an account under three months old that was never approved: stored
      // value bought to resell (docs/detection.md, "The pass that tuned on be-chocolate, tr-rugs and sa-oud").
      id: 'young_account_gift_codes_in_quantity',
      action: 'review',
      points: 0,
      expression: UNPROVEN_GIFT_CODES + ' and :customer_age_days: < 90 and :max_item_quantity: >= 3',
      name: 'Young account, three or more of one gift code',
      description:
        'Several gift cards or stored-value codes as in “several gift or top-up codes”, three or more of the same one, bought by an account opened less than 90 days ago that was never approved here. Held for review; it adds no points.',
    },
    {
      id: 'known_customer_new_device_resale_goods',
      action: 'score',
      points: 15,
      // A business buying on its own mail domain, not on a card new to the account, orders boxes of one item:
      // quantity is what businesses buy, not a resale sign (docs/detection.md).
      expression:
        ':is_new_device_for_customer: and (:has_gift_card: or :max_item_quantity: >= 3)' +
        ' and not (:is_free_email: = false and not (:is_new_card_for_customer: = true))',
      name: 'Known customer, new device, resale goods',
      description:
        'A customer with earlier orders, on a device never seen with them, buys gift cards or three or more of one item (not a buyer on an organization’s own mail domain paying as the account did before).',
    },
    {
      id: 'new_account_gift_cards',
      action: 'score',
      points: 15,
      // An order with nothing to ship is scored by the digital rules (big basket, several codes); gift cards in
      // it are what those rules are about, so they are not counted a second time here.
      expression:
        ':is_new_customer: and :has_gift_card: and :amount_to_store_median: >= 3' +
        ' and not (is_missing(:shipping_country:) and not is_missing(:billing_country:))',
      name: 'New account buying gift cards',
      description:
        'A new customer buys gift cards for at least three times the store’s median basket, with goods to ship (an order with nothing to ship is scored by the digital-order rules).',
    },
    {
      // Gift cards are cash to a thief, and a rented server hides where the buyer is: together, on a new account,
      // they are held for a look whatever the amount. Adds no points (docs/detection.md, "Hosting networks").
      id: 'new_account_hosting_ip_gift_cards',
      action: 'review',
      points: 0,
      expression: ':ip_is_hosting: and :is_new_customer: and :has_gift_card:',
      name: 'New account on a hosting network buying gift cards',
      description:
        'A customer first seen less than a week ago buys gift cards from a cloud, server or VPN-hosting network. Held for review; it adds no points.',
    },
    {
      id: 'stored_card_gift_codes',
      action: 'review',
      points: 0,
      // A taken-over account cashes out in what is spent within minutes and needs no address: codes e-mailed
      // anywhere, charged to the card the account keeps (its code is not asked). An honest account buying a
      // voucher as a present spends about a basket (docs/detection.md, "The pass that tuned on nl-flowers and
      // us-petrx"); one loading codes for family from its own usual device is its owner ("The pass that tuned on
      // it-coffee, ph-topups and us-golf").
      expression:
        "not is_missing(:customer_id:) and :cvc_result: = 'unchecked' and :has_gift_card:" +
        ' and is_missing(:shipping_country:) and not is_missing(:billing_country:) and :amount_to_store_median: >= 2' +
        ' and not (:is_new_device_for_customer: = false)',
      name: 'Gift codes for twice the basket on the stored card',
      description:
        'A signed-in account buys gift cards or vouchers with nothing to ship, for at least twice the store’s median basket, paid with a card whose code was not asked (the card the account keeps), not from a device the account used before. Held for review; it adds no points.',
    },
    {
      id: 'returning_customer_known_setup',
      action: 'score',
      points: -25,
      expression: ':is_new_device_for_customer: = false and :is_new_card_for_customer: = false',
      name: 'Returning customer, usual device and card',
      description: 'The customer ordered before with this device and this card (lowers the score).',
    },
    // ------------------------------------------------------------------------- velocity and cycling
    {
      id: 'cards_per_email',
      action: 'score',
      points: 35,
      expression:
        ':card_count_for_email_1h: >= 2 or :card_count_for_email_24h: >= 4 or :card_count_for_email_7d: >= 8',
      name: 'Many cards for one email',
      description: 'Several different cards were used with this email address recently.',
    },
    {
      id: 'cards_per_ip',
      action: 'score',
      points: 35,
      // Offices, households and carrier NAT put many shoppers, each with their own account and card, behind one
      // IP: there, many cards are many people. A tester's cards come with accounts made for the attempt, so the
      // IP's cards count unless the account is known to be older than a week (a guest checkout, whose age is
      // unknown, still counts; accounts and cards per device and email still count for everyone).
      expression:
        'not (:is_new_customer: = false) and (:card_count_for_ip_1h: >= 3 or :card_count_for_ip_24h: >= 5 or :card_count_for_ip_7d: >= 10)',
      name: 'Many cards from one IP address, new account',
      description:
        'Several different cards were used from this IP address recently, and the account is new or of unknown age (on a shared office or carrier IP, an established account is one of many shoppers).',
    },
    {
      id: 'cards_per_ip_network',
      action: 'score',
      points: 20,
      // As for the IP, and more so: a carrier's /24 is a town of shoppers.
      expression:
        'not (:is_new_customer: = false) and (:card_count_for_ip_network_1h: >= 6 or :card_count_for_ip_network_24h: >= 12)',
      name: 'Many cards from one network, new account',
      description:
        'Several different cards were used from this IP network (/24 or /48) recently, and the account is new or of unknown age (on a shared network, an established account is one of many shoppers).',
    },
    {
      id: 'cards_per_device',
      action: 'score',
      points: 35,
      expression:
        '(:card_count_for_device_1h: >= 2 or :card_count_for_device_24h: >= 4 or :card_count_for_device_7d: >= 8)' +
        ' and not (:card_count_for_email_1h: >= 2 or :card_count_for_email_24h: >= 4 or :card_count_for_email_7d: >= 8)' +
        // A shared computer: see accounts_per_device.
        ' and not (:customer_age_days: >= 30 and :email_count_for_device_7d: >= 6 and not :shipping_address_differs:)',
      name: 'Many cards on one device',
      description:
        'Several different cards were used on this device recently, under more than one email (the same cards under this email are already counted once); not for an account a month old or more ordering to its own address on a computer many accounts use (a lab, a library, a family computer).',
    },
    {
      id: 'card_switch_after_decline',
      action: 'score',
      points: 30,
      expression:
        '((:failed_payments_for_device_1h: >= 1 and :card_count_for_device_1h: >= 1)' +
        ' or (:failed_payments_for_email_24h: >= 1 and :card_count_for_email_1h: >= 1))' +
        ' and (not (:is_new_customer: = false) or not (:ip_country: = :billing_country:)' +
        ' or :failed_payments_for_device_1h: >= 2 or :failed_payments_for_email_24h: >= 2' +
        ' or :card_count_for_device_1h: >= 2 or :card_count_for_email_1h: >= 2)' +
        ' and not (:failed_payments_for_device_1h: >= 2 or :failed_payments_for_email_24h: >= 3)',
      name: 'Another card after a decline',
      description:
        'A payment on this device or by this email failed recently and now a different card is tried: by a brand-new account, from an IP outside the billing country, or after another card (one retry with a second card by an established account at home is not scored; after several declines the failed-payments rule speaks instead, so one shopper’s retries are not counted twice).',
    },
    {
      // Someone holding several stolen cards tries them one after another until one goes through, and sends the
      // goods to a drop; a new customer whose card is declined retries with another card but has it delivered
      // to their own address. The card switch itself is counted by card_switch_after_decline (same condition).
      id: 'new_account_card_switch_elsewhere',
      action: 'score',
      points: 10,
      expression:
        ':is_new_customer: and :shipping_address_differs:' +
        ' and ((:failed_payments_for_device_1h: >= 1 and :card_count_for_device_1h: >= 1)' +
        ' or (:failed_payments_for_email_24h: >= 1 and :card_count_for_email_1h: >= 1))' +
        ' and not (:failed_payments_for_device_1h: >= 2 or :failed_payments_for_email_24h: >= 3)',
      name: 'New account, another card after a decline, goods sent elsewhere',
      description:
        'A brand-new account switches to another card after a decline and has the goods delivered to another address than the billing one (stolen cards tried one after another, goods to a drop). With the card switch and the other-address sign, held.',
    },
    {
      id: 'tiny_amount_new_customer',
      action: 'score',
      points: 15,
      // Not from home (IP, card and goods in the billing country): a first small order placed, paid and
      // delivered where the buyer lives is a sample or a top-up; cards are tested from elsewhere, and a tiny
      // amount with a failing sign is tiny_amount_card_test's (docs/detection.md, "The pass that tuned on kz-electronics, ar-yerba and nz-outdoor").
      expression: `:is_new_customer: and :amount_to_store_median: <= 0.1 and not (${ALL_AT_HOME})`,
      name: 'New customer, tiny amount, not from home',
      description:
        'A new customer pays a tenth of the store’s median order or less (how stolen cards are tested), with the IP, card or goods not all in the billing country.',
    },
    {
      id: 'tiny_amount_card_test',
      action: 'score',
      points: 35,
      expression:
        ':is_new_customer: and :amount_to_store_median: <= 0.1' +
        " and (:avs_result: in ('fail', 'partial') or :cvc_result: = 'fail'" +
        ' or (:is_disposable_email: and not :is_privacy_relay_email:)' +
        // An IP abroad is not a failing sign here: travellers and hotel guests buy small things where they are
        // (docs/detection.md, "The pass that tuned on mena-electronics and digital-keys").
        " or :event_type: = 'payment.failed'" +
        ' or :failed_payments_for_email_24h: >= 1 or :failed_payments_for_ip_1h: >= 1' +
        ' or :failed_payments_for_device_1h: >= 1)' +
        // Only a card (or a wallet holding one) can be tested: a top-up paid by bank, mobile money or at the door
        // that failed once is a shopper retrying (docs/detection.md, "The pass that tuned on africa-electronics
        // and us-home-pickup").
        " and not (:payment_method: in ('bank_transfer', 'mobile_money', 'cash_on_delivery', 'cash_voucher', 'invoice', 'gift_card', 'pay_later'))",
      name: 'Tiny amount from a new account, with a failing sign',
      description:
        'A new customer pays a tenth of the store’s median order or less and something else fails: the payment was declined, an address or card-code check failed, a throw-away email, or an earlier decline on this email, IP or device (a card tester changing IP, device and email on every try still shows this). Not when it was paid without a card (bank, mobile money, at the door, on account, a gift card or pay-later): nothing was tested.',
    },
    {
      id: 'cards_per_customer',
      action: 'score',
      points: 25,
      expression: ':card_count_for_customer_24h: >= 3',
      name: 'Many cards for one customer',
      description: 'This customer used three or more different cards in the last 24 hours.',
    },
    {
      id: 'card_testing',
      action: 'block',
      points: 90,
      expression:
        ':card_count_for_ip_1h: >= 8 or :card_count_for_email_1h: >= 5 or :card_count_for_device_1h: >= 5' +
        // Carrier NAT puts a whole town's phones in one /24: at a sale peak fifteen cards an hour there are
        // shoppers. From a network alone it is a test only when this order looks like one (an account not
        // known to be older than a week paying a tenth of the store's median or less, or any amount before the
        // store has a basket).
        ' or (:card_count_for_ip_network_1h: >= 15 and not (:is_new_customer: = false)' +
        ' and (:amount_to_store_median: <= 0.1 or is_missing(:amount_to_store_median:)))',
      name: 'Card testing',
      description:
        'Five or more cards in an hour on one device or email (eight from one IP; fifteen from one network when a new account pays a tiny amount): a card-testing attack.',
    },
    {
      id: 'card_cycling',
      action: 'score',
      points: 50,
      // Colleagues share a company card: a buyer signing in with the organization's own mail domain on an
      // account the store has known for a month is one of them, not a ring of fresh accounts cycling a stolen
      // card (docs/detection.md, "The pass that tuned on india-fashion and us-b2b-supplies").
      expression:
        '(:ip_count_for_card_24h: >= 3 or :device_count_for_card_24h: >= 3 or :email_count_for_card_7d: >= 2)' +
        ' and not (:is_new_card_for_customer: = false)' +
        ' and not (:is_free_email: = false and :customer_age_days: >= 30)',
      name: 'One card cycling through IPs, devices or accounts',
      description:
        'A card that is not this customer’s usual one was used from three or more other IPs or devices in 24 hours, or by two or more other emails in 7 days (not for an account a month old or more on an organization’s own mail domain: a shared company card).',
    },
    {
      id: 'accounts_per_device',
      action: 'score',
      points: 35,
      // Not a shared computer: six or more accounts on one device in a week is a campus lab, a library or a family
      // computer when the account is a month old or more and the goods go to its own address; a crew cycling
      // identities opens fresh accounts or ships to drops (docs/detection.md, "The pass that tuned on
      // mx-department and uk-autoparts").
      expression:
        ':email_count_for_device_24h: >= 2' +
        ' and not (:customer_age_days: >= 30 and :email_count_for_device_7d: >= 6 and not :shipping_address_differs:)',
      name: 'Many accounts on one device',
      description:
        'Two or more other email addresses were used on this device in the last 24 hours; not for an account a month old or more ordering to its own address on a computer many accounts use (six or more in a week: a lab, a library, a family computer).',
    },
    {
      // The same device opening account after account over a week, not only in one day: a promotion or
      // first-order-offer farm pacing itself, or a crew trying stolen cards under fresh names a day apart. A
      // household shares a phone or laptop between one or two people; three addresses on one device in a week, the
      // newest a brand-new account, is someone making accounts (docs/detection.md, "The pass that tuned on
      // br-electronics and ca-grocery"). Within one day accounts_per_device already says it.
      id: 'new_account_device_many_accounts_week',
      action: 'score',
      points: 35,
      expression:
        ':is_new_customer: and :email_count_for_device_7d: >= 2 and not (:email_count_for_device_24h: >= 2)',
      name: 'New account on a device other accounts used this week',
      description:
        'A brand-new account orders from a device on which two or more other email addresses were used in the last 7 days.',
    },
    {
      // A device two other addresses used this week, now ordering for an account under a month old that has no
      // order yet: one person opening accounts in turn (farms, rings, a stolen card under a fresh name). Households
      // share a device with one other address, seldom two (docs/detection.md, "The pass that tuned on be-chocolate,
      // tr-rugs and sa-oud").
      id: 'young_account_device_other_accounts_week',
      action: 'review',
      points: 0,
      expression:
        ':customer_age_days: < 30 and not (:customer_order_count: >= 1) and :email_count_for_device_7d: >= 2',
      name: 'Young account without an order on a device two other addresses used this week',
      description:
        'An account opened less than 30 days ago, with no earlier order, orders from a device on which two or more other email addresses were used in the last 7 days. Held for review; it adds no points.',
    },
    {
      // A brand-new account on a device another email address used in the last day: one person opening accounts
      // one after another (crews, first-order-offer rings, a stolen card tried under a fresh name). Honest
      // households share devices too, but seldom open a new account on one the same day another was used; it
      // adds to other signs, and with two or more other addresses accounts_per_device speaks as well.
      id: 'new_account_shared_device',
      action: 'score',
      points: 25,
      expression: ':is_new_customer: and :email_count_for_device_24h: >= 1',
      name: 'New account on a device another address used today',
      description:
        'A brand-new account orders from a device on which another email address was used in the last 24 hours.',
    },
    {
      id: 'new_account_throwaway_shared_device',
      action: 'score',
      points: 10,
      // With disposable_email (20) and new_account_shared_device (25) this holds: one phone opening account after
      // account with throw-away mailboxes is a voucher or cash-on-delivery ring, and an honest household shares a
      // device with real addresses (docs/detection.md, "The pass that tuned on apac-marketplace").
      expression:
        ':is_new_customer: and :is_disposable_email: and not :is_privacy_relay_email:' +
        ' and :email_count_for_device_24h: >= 1',
      name: 'New throw-away account on a device another address used today',
      description:
        'A brand-new account with a throw-away mailbox orders from a device on which another email address was used in the last 24 hours (one person opening accounts in a row).',
    },
    {
      id: 'new_account_shared_device_unpaid',
      action: 'score',
      points: 25,
      // With new_account_shared_device (25) this holds: goods shipped to a brand-new account with no card behind
      // them (cash on delivery, pay later) from a device another address used today is a fake-order or
      // pay-later identity ring; nothing is lost at checkout, the stock and the shipping are
      // (docs/detection.md, "The pass that tuned on mena-electronics and digital-keys").
      expression:
        ':is_new_customer: and :email_count_for_device_24h: >= 1 and not is_missing(:shipping_country:)' +
        ' and is_missing(:card_bin:) and is_missing(:card_last4:) and is_missing(:card_fingerprint:)',
      name: 'New account, no card, on a device another address used today',
      description:
        'A brand-new account orders goods to be shipped without a card behind them (cash on delivery or pay later) from a device on which another email address was used in the last 24 hours.',
    },
    {
      id: 'card_attempts',
      action: 'score',
      points: 25,
      expression: ':attempts_for_card_1h: >= 5 or :attempts_for_card_24h: >= 10',
      name: 'Many attempts with one card',
      description: 'This card was tried many times in a short period.',
    },
    {
      id: 'failed_payments_ip',
      action: 'score',
      points: 30,
      // The IP's declines count only when they are not all this device's or this email's: one shopper retrying
      // is already counted once by failed_payments_device; declines from others on the same IP are the tester.
      expression:
        '(:failed_payments_for_ip_1h: >= 3' +
        ' and not (:failed_payments_for_device_1h: >= :failed_payments_for_ip_1h:' +
        ' or :failed_payments_for_email_24h: >= :failed_payments_for_ip_1h:))' +
        ' or :failed_payments_for_ip_24h: >= 10',
      name: 'Failed payments from one IP address',
      description:
        'Several payments from this IP address failed recently, not all of them on this device or by this email (one shopper’s own retries are counted once, by the device rule).',
    },
    {
      id: 'failed_payments_device',
      action: 'score',
      points: 30,
      // Not on the payment that goes through: the failures before it were counted when they came, and a buyer
      // who gets the card details right after two tries is what most retries are (docs/detection.md, "The pass
      // that tuned on vn-phones, dk-bricks and uk-experiences").
      expression:
        '(:failed_payments_for_device_1h: >= 2 or :failed_payments_for_email_24h: >= 3)' +
        " and :event_type: != 'payment.succeeded'",
      name: 'Failed payments on one device or email',
      description:
        'Two or more payments on this device in the last hour, or three by this email in a day, failed; not counted again on the payment that goes through.',
    },
    {
      id: 'failed_payments_card',
      action: 'score',
      points: 20,
      // A card declined three times by one shopper on one device is their retries (already counted by the
      // device rule); a card declined under other emails or devices too is being tried by someone else.
      expression:
        ':failed_payments_for_card_24h: >= 3' +
        ' and not (:failed_payments_for_email_24h: >= :failed_payments_for_card_24h:' +
        ' or :failed_payments_for_device_1h: >= :failed_payments_for_card_24h:)',
      name: 'Failed payments with one card',
      description:
        'Three or more payments with this card failed in the last 24 hours, not all of them by this email or on this device (one shopper’s own retries are counted once, by the device rule).',
    },
    {
      id: 'issuer_declined_as_fraud',
      action: 'review',
      points: 50,
      // The issuer's own word that a card is not the payer's; honest declines are funds, limits, typos and
      // abandoned 3-D Secure steps. Whatever the same email or device pays with next is held for a person.
      expression: ':fraud_declines_for_email_24h: >= 1 or :fraud_declines_for_device_24h: >= 1',
      name: 'Card declined as stolen or fraudulent',
      description:
        'In the last 24 hours the card issuer declined a payment by this email or on this device as stolen, lost or fraudulent (decline codes such as stolen_card, lost_card, pickup_card, fraudulent).',
    },
    {
      id: 'customer_spend_24h',
      action: 'score',
      points: 15,
      expression: ':amount_for_customer_24h: > 1000000',
      name: 'High spend in 24 hours',
      description: 'This customer spent more than 10,000.00 in the last 24 hours.',
    },
    // ------------------------------------------------------------------------------------------ lists
    {
      id: 'blocked_email',
      action: 'block',
      points: 100,
      expression: ':email: in @blocked_emails',
      name: 'Email on the blocked list',
      description: 'The email address is on the blocked list.',
    },
    {
      id: 'blocked_email_domain',
      action: 'block',
      points: 100,
      expression: ':email_domain: in @blocked_email_domains',
      name: 'Email domain blocked',
      description: 'The email domain is on the blocked list.',
    },
    {
      id: 'blocked_ip',
      action: 'block',
      points: 100,
      expression: ':ip: in @blocked_ips',
      name: 'IP address on the blocked list',
      description: 'The IP address is on the blocked list.',
    },
    {
      id: 'blocked_card',
      action: 'block',
      points: 100,
      expression: ':card_fingerprint: in @blocked_cards',
      name: 'Card on the blocked list',
      description: 'The card is on the blocked list.',
    },
    {
      id: 'blocked_device',
      action: 'block',
      points: 100,
      expression: ':device_id: in @blocked_devices',
      name: 'Device on the blocked list',
      description: 'The device is on the blocked list.',
    },
    {
      id: 'blocked_bin',
      action: 'block',
      points: 100,
      expression: ':card_bin: in @blocked_bins',
      name: 'Card BIN on the blocked list',
      description: 'The card’s BIN (issuer prefix) is on the blocked list.',
    },
    {
      id: 'blocked_customer',
      action: 'block',
      points: 100,
      expression: ':customer_id: in @blocked_customers',
      name: 'Customer on the blocked list',
      description: 'The customer is on the blocked list.',
    },
    {
      id: 'prior_fraud_warning_card',
      action: 'block',
      points: 90,
      expression: ':prior_fraud_warnings_for_card: >= 1',
      name: 'Fraud warning on this card',
      description: 'The card issuer reported an earlier payment with this card as fraud.',
    },
    {
      id: 'prior_fraud_warning_email',
      action: 'review',
      points: 50,
      expression: ':prior_fraud_warnings_for_email: >= 1',
      name: 'Fraud warning on this email',
      description: 'An earlier payment by this email address was reported as fraud.',
    },
    {
      id: 'prior_dispute_card',
      action: 'score',
      points: 40,
      expression: ':prior_disputes_for_card: >= 1',
      name: 'Earlier dispute on this card',
      description: 'An earlier payment with this card was disputed (charged back).',
    },
    {
      id: 'prior_dispute_email',
      action: 'score',
      points: 30,
      expression: ':prior_disputes_for_email: >= 1',
      name: 'Earlier dispute by this email',
      description: 'An earlier payment by this email address was disputed (charged back).',
    },
    {
      id: 'provider_risk_highest',
      action: 'block',
      points: 80,
      expression: ":provider_risk_level: = 'highest'",
      name: 'Provider says highest risk',
      description: 'The payment provider rated this payment as highest risk.',
    },
    {
      id: 'provider_risk_elevated',
      action: 'score',
      points: 30,
      expression: ":provider_risk_level: = 'elevated'",
      name: 'Provider says elevated risk',
      description: 'The payment provider rated this payment as elevated risk.',
    },
    {
      id: 'provider_risk_score_high',
      action: 'score',
      points: 30,
      expression: ':provider_risk_score: >= 75',
      name: 'High provider risk score',
      description: 'The payment provider’s risk score is 75 or more.',
    },
  ] satisfies DefaultRule[]
).map((rule) => ({ ...rule, enabled: true }));
