/**
 * The access networks the store's visitors come from, by the address blocks those operators are known to
 * announce (cable, telco, mobile carriers, universities, clouds and VPN hosters). Blocks are written as
 * `a` (/8), `a.b` or `a.b-c` (/16s) and `a.b.c` (/24). Ownership is from general knowledge, so geo-ip.ts
 * re-checks every probe with geoip-country and keeps only what locates to the network's country.
 */

export type NetworkKind = 'broadband' | 'mobile' | 'campus' | 'business' | 'hosting' | 'relay';

export interface NetworkSpec {
  name: string;
  /** ISO country, or `*` for relays whose exits sit in many countries (each exit keeps its own). */
  country: string;
  kind: NetworkKind;
  v4: readonly string[];
  /** IPv6 blocks as [first hextet, second hextet from, to]. */
  v6?: ReadonlyArray<readonly [number, number, number]>;
}

// prettier-ignore
export const NETWORKS: readonly NetworkSpec[] = [
  // United States: cable and telco broadband.
  { name: 'comcast', country: 'US', kind: 'broadband', v4: ['73', '98.192-255', '67.160-191', '76.96-127', '71.192-207', '24.0-15', '50.128-255', '68.32-63'], v6: [[0x2601, 0x0000, 0x0fff]] },
  { name: 'charter', country: 'US', kind: 'broadband', v4: ['24.176-183', '71.80-95', '75.128-191', '97.80-95', '70.112-127', '72.176-191', '76.160-191'], v6: [[0x2603, 0x6000, 0x90ff]] },
  { name: 'verizon-fios', country: 'US', kind: 'broadband', v4: ['96.224-255', '100.0-63', '72.64-95', '173.48-79', '108.0-31'], v6: [[0x2600, 0x4040, 0x407f]] },
  { name: 'att', country: 'US', kind: 'broadband', v4: ['99.0-127', '76.192-255', '75.0-63', '107.128-143', '108.192-223'], v6: [[0x2600, 0x1700, 0x170f]] },
  { name: 'cox', country: 'US', kind: 'broadband', v4: ['68.96-111', '70.160-191', '72.192-223', '98.160-191', '174.64-79'], v6: [[0x2600, 0x8800, 0x88ff]] },
  // United States: mobile carriers, whose IPv4 exits are carrier-grade NAT shared by many subscribers.
  { name: 't-mobile', country: 'US', kind: 'mobile', v4: ['172.32-63', '208.54'], v6: [[0x2607, 0xfb90, 0xfb9f]] },
  { name: 'verizon-wireless', country: 'US', kind: 'mobile', v4: ['174.192-255', '97.128-159'], v6: [[0x2600, 0x1000, 0x10ff]] },
  { name: 'att-mobility', country: 'US', kind: 'mobile', v4: ['166.128-255', '107.64-127'], v6: [[0x2600, 0x0380, 0x039f]] },
  // United States: business lines and universities (campus NAT: a few addresses for a whole school).
  { name: 'us-business', country: 'US', kind: 'business', v4: ['12', '63.64-127', '65.32-63', '208.0-47', '216.0-31'] },
  { name: 'cu-boulder', country: 'US', kind: 'campus', v4: ['128.138'] },
  { name: 'utah', country: 'US', kind: 'campus', v4: ['155.101'] },
  { name: 'oregon-state', country: 'US', kind: 'campus', v4: ['128.193'] },
  { name: 'umich', country: 'US', kind: 'campus', v4: ['141.211-213'] },
  { name: 'uw-madison', country: 'US', kind: 'campus', v4: ['128.104-105'] },
  { name: 'colorado-state', country: 'US', kind: 'campus', v4: ['129.82'] },
  { name: 'virginia-tech', country: 'US', kind: 'campus', v4: ['128.173'] },
  { name: 'uc-davis', country: 'US', kind: 'campus', v4: ['169.237'] },
  { name: 'montana-state', country: 'US', kind: 'campus', v4: ['153.90'] },
  { name: 'unc', country: 'US', kind: 'campus', v4: ['152.2'] },
  // United States: clouds and VPN hosters (households never live here; VPN exits, proxies and bots do).
  { name: 'us-cloud', country: 'US', kind: 'hosting', v4: ['3.80-95', '18.204-223', '52.0-15', '54.144-175', '34.16-31'] },
  { name: 'us-vps', country: 'US', kind: 'hosting', v4: ['104.131', '162.243', '165.227', '167.99', '198.199', '45.33', '45.56', '45.79', '173.255', '45.32', '45.63', '45.76-77', '149.28', '155.138', '207.148'] },
  { name: 'us-vpn', country: 'US', kind: 'hosting', v4: ['146.70', '89.187', '143.244', '156.146', '37.120', '185.156', '193.37'] },
  // iCloud Private Relay and similar egress: content-network addresses shared by many users of a region.
  { name: 'private-relay', country: '*', kind: 'relay', v4: ['172.224-227', '104.28', '146.75'] },
  // Canada.
  { name: 'rogers', country: 'CA', kind: 'broadband', v4: ['99.224-255', '174.112-119', '72.136-143', '24.57'], v6: [[0x2607, 0xfea8, 0xfea8]] },
  { name: 'bell', country: 'CA', kind: 'broadband', v4: ['70.24-55', '142.112-127', '184.144-151', '65.92-95', '74.56-63'], v6: [[0x2607, 0xfa48, 0xfa49]] },
  { name: 'shaw', country: 'CA', kind: 'broadband', v4: ['24.64-87', '68.144-151', '70.64-79', '96.48-63', '174.0-7'], v6: [[0x2604, 0x3d00, 0x3d0f]] },
  { name: 'telus', country: 'CA', kind: 'broadband', v4: ['75.152-159', '154.20', '50.64-71', '108.172-175', '207.6'], v6: [[0x2001, 0x0568, 0x056a]] },
  { name: 'videotron', country: 'CA', kind: 'broadband', v4: ['24.37', '24.200-203', '184.160-163'], v6: [[0x2607, 0xfad8, 0xfad8]] },
  { name: 'ca-mobile', country: 'CA', kind: 'mobile', v4: ['24.114', '72.143', '66.222', '172.103', '207.219'] },
  { name: 'ubc', country: 'CA', kind: 'campus', v4: ['142.103'] },
  { name: 'mcgill', country: 'CA', kind: 'campus', v4: ['132.206'] },
  { name: 'ca-business', country: 'CA', kind: 'business', v4: ['206.47', '216.191', '64.26', '209.29'] },
  { name: 'ca-cloud', country: 'CA', kind: 'hosting', v4: ['142.44', '144.217', '51.222', '51.161', '158.69', '15.222-223', '35.182-183'] },
  // United Kingdom.
  { name: 'bt', country: 'GB', kind: 'broadband', v4: ['81.128-159', '86.128-191', '109.144-159', '2.96-127', '31.48-55'], v6: [[0x2a00, 0x23c0, 0x23df]] },
  { name: 'virgin-media', country: 'GB', kind: 'broadband', v4: ['82.0-47', '86.0-31', '62.252-255', '81.96-111'] },
  { name: 'sky', country: 'GB', kind: 'broadband', v4: ['2.24-31', '90.192-223', '5.64-81', '94.0-15'], v6: [[0x2a02, 0x0c78, 0x0c7f]] },
  { name: 'gb-mobile', country: 'GB', kind: 'mobile', v4: ['31.94-95', '92.40-43', '213.205', '188.28-31'] },
  { name: 'gb-cloud', country: 'GB', kind: 'hosting', v4: ['178.62', '139.59', '46.101', '51.89', '18.130-135', '185.195'] },
  // Australia.
  { name: 'telstra', country: 'AU', kind: 'broadband', v4: ['58.160-175', '101.160-191', '120.144-159', '144.130-143'], v6: [[0x2001, 0x8003, 0x8004]] },
  { name: 'optus', country: 'AU', kind: 'broadband', v4: ['49.176-199', '114.72-79', '220.233-239', '211.26-31'] },
  { name: 'tpg', country: 'AU', kind: 'broadband', v4: ['1.144-159', '58.6-7', '110.32-33', '124.168-191', '180.150'], v6: [[0x2403, 0x5800, 0x5800]] },
  { name: 'au-mobile', country: 'AU', kind: 'mobile', v4: ['1.128-143', '49.180-183', '110.145', '123.208-211'] },
  { name: 'au-cloud', country: 'AU', kind: 'hosting', v4: ['13.54-55', '3.24-27', '170.64', '45.121'] },
  // Mexico.
  { name: 'telmex', country: 'MX', kind: 'broadband', v4: ['187.128-255', '189.128-159', '201.96-175', '148.240-255'], v6: [[0x2806, 0x0100, 0x01ff]] },
  { name: 'megacable-izzi', country: 'MX', kind: 'broadband', v4: ['189.160-175', '201.150-159', '177.224-239'], v6: [[0x2806, 0x0200, 0x02ff]] },
  { name: 'telcel', country: 'MX', kind: 'mobile', v4: ['187.188-191', '200.68-69', '189.203-207'] },
  // Europe and North Africa hosting: where US-targeted fraud rents its exits.
  { name: 'nl-hosting', country: 'NL', kind: 'hosting', v4: ['185.107', '89.38', '5.79', '95.179', '188.166', '146.190'] },
  { name: 'de-hosting', country: 'DE', kind: 'hosting', v4: ['5.9', '78.46', '88.198', '95.216', '116.202', '136.243', '138.201', '144.76', '148.251', '176.9'] },
];

/**
 * Countries reached only by travellers, soldiers and fraudsters: their addresses come from a coarse scan of
 * the whole IPv4 space instead of named operators, plus hand-picked /24s where a country's space is tiny.
 */
export const OTHER_COUNTRIES = [
  'DE',
  'JP',
  'KR',
  'IT',
  'FR',
  'ES',
  'IE',
  'CR',
  'IS',
  'NZ',
  'NL',
  'PT',
  'NG',
  'GH',
  'VN',
  'ID',
  'PK',
  'BD',
  'BR',
  'VE',
  'RU',
  'UA',
  'RO',
  'PH',
  'MA',
  'DZ',
  'IN',
  'CN',
  'TR',
  'AE',
  'CU',
  'IR',
  'SY',
  'KP',
] as const;

export const SMALL_SPACE_HINTS: readonly string[] = [
  '175.45.176',
  '175.45.177',
  '175.45.178',
  '175.45.179',
  '152.206.1',
  '152.207.64',
  '169.158.1',
  '181.225.230',
  '5.0.1',
  '31.9.1',
  '82.137.200',
];
