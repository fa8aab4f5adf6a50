/** Ground-truth categories of simulated traffic. Kept in the simulator's memory only, never in a payload. */
export const PATTERNS = {
  ordinary: { fraud: false, title: 'ordinary repeat customers' },
  new_customer: { fraud: false, title: 'first-time customers' },
  abroad: { fraud: false, title: 'travelling / sending gifts abroad' },
  big_basket: { fraud: false, title: 'big baskets from loyal customers' },
  new_phone: { fraud: false, title: 'repeat customers on a new phone' },
  vpn: { fraud: false, title: 'repeat customers behind a VPN abroad' },
  honest_relay: { fraud: false, title: 'first orders with a privacy-relay email' },
  office: { fraud: false, title: 'colleagues ordering from one office' },
  moved_house: { fraud: false, title: 'repeat customers who moved house' },
  big_first_order: { fraud: false, title: 'big first orders from new customers' },
  card_testing: { fraud: true, title: 'card testing bursts' },
  account_takeover: { fraud: true, title: 'account takeover (new device+country)' },
  country_mismatch: { fraud: true, title: 'billing/shipping/IP countries differ' },
  blocked_country: { fraud: true, title: 'orders from blocked countries' },
  disposable_first_order: { fraud: true, title: 'disposable email, big first order' },
  chargeback: { fraud: true, title: 'clean-looking, disputed later' },
  repeat_after_chargeback: { fraud: true, title: 'same card again after a dispute' },
} as const;

export type Pattern = keyof typeof PATTERNS;
export const PATTERN_NAMES = Object.keys(PATTERNS) as Pattern[];
