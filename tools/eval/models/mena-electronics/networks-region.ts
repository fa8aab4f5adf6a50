/** A network shoppers connect from, by kind, and its address blocks. */

export type NetworkKind = 'mobile' | 'broadband' | 'hosting' | 'vpn';

export interface Network {
  name: string;
  country: string;
  kind: NetworkKind;
  /** IPv4 blocks as [first address, prefix length]. */
  v4: ReadonlyArray<readonly [string, number]>;
  /** IPv6 /32 prefixes as their first two groups, e.g. `2001:8f8`. */
  v6: readonly string[];
  /** Share of IPv6 connections where it has prefixes. */
  v6Share?: number;
}

export const net = (
  name: string,
  country: string,
  kind: NetworkKind,
  v4: Array<readonly [string, number]>,
  v6: string[] = [],
  v6Share = 0,
): Network => ({ name, country, kind, v4, v6, ...(v6Share ? { v6Share } : {}) });

/** The storefronts' own carriers, broadband providers and in-country cloud regions. */
export const REGION: readonly Network[] = [
  // United Arab Emirates: e& (Etisalat) and du.
  net(
    'etisalat-mobile',
    'AE',
    'mobile',
    [
      ['94.200.0.0', 14],
      ['2.48.0.0', 14],
    ],
    ['2001:8f8'],
    0.3,
  ),
  net('etisalat-home', 'AE', 'broadband', [
    ['91.72.0.0', 14],
    ['217.164.0.0', 15],
  ]),
  net(
    'du-mobile',
    'AE',
    'mobile',
    [
      ['5.30.0.0', 15],
      ['94.56.0.0', 14],
    ],
    ['2a00:f28'],
    0.25,
  ),
  net('du-home', 'AE', 'broadband', [
    ['83.110.0.0', 16],
    ['91.73.0.0', 16],
    ['2.50.0.0', 16],
  ]),
  net('aws-me-central', 'AE', 'hosting', [['3.28.0.0', 15]]),
  net('azure-uae-north', 'AE', 'hosting', [['20.46.32.0', 19]]),
  // Saudi Arabia: STC, Mobily, Zain.
  net('stc-mobile', 'SA', 'mobile', [
    ['2.88.0.0', 14],
    ['95.184.0.0', 14],
  ]),
  net('stc-home', 'SA', 'broadband', [
    ['188.48.0.0', 13],
    ['46.152.0.0', 15],
    ['94.98.0.0', 15],
    ['212.26.0.0', 17],
  ]),
  net('mobily', 'SA', 'mobile', [
    ['37.104.0.0', 14],
    ['188.54.0.0', 15],
    ['31.166.0.0', 15],
    ['94.96.0.0', 14],
  ]),
  net('zain-sa', 'SA', 'mobile', [
    ['82.167.0.0', 16],
    ['109.82.0.0', 15],
  ]),
  // Qatar: Ooredoo and Vodafone.
  net('ooredoo-qa-mobile', 'QA', 'mobile', [
    ['78.100.0.0', 15],
    ['176.202.0.0', 15],
  ]),
  net('ooredoo-qa-home', 'QA', 'broadband', [
    ['89.211.0.0', 16],
    ['212.77.192.0', 19],
  ]),
  net('vodafone-qa', 'QA', 'mobile', [['37.210.0.0', 15]]),
  // Kuwait: Zain, Ooredoo, stc, and fixed broadband.
  net('zain-kw', 'KW', 'mobile', [['37.36.0.0', 14]]),
  net('ooredoo-kw', 'KW', 'mobile', [['37.231.0.0', 16]]),
  net('stc-kw', 'KW', 'mobile', [['37.39.0.0', 16]]),
  net('kw-broadband', 'KW', 'broadband', [
    ['62.215.0.0', 16],
    ['188.70.0.0', 15],
    ['178.61.0.0', 16],
    ['31.203.0.0', 16],
  ]),
  // Egypt: TE Data/WE, Vodafone, Orange, e& misr.
  net(
    'te-data',
    'EG',
    'broadband',
    [
      ['41.32.0.0', 12],
      ['197.32.0.0', 12],
    ],
    ['2c0f:fc88'],
    0.1,
  ),
  net('vodafone-eg', 'EG', 'mobile', [['156.160.0.0', 11]]),
  net('orange-eg', 'EG', 'mobile', [
    ['105.32.0.0', 12],
    ['41.41.0.0', 16],
  ]),
  net('etisalat-misr', 'EG', 'mobile', [['197.120.0.0', 13]]),
  net('we-mobile', 'EG', 'mobile', [['41.232.0.0', 13]]),
  // Jordan: Orange, Zain, Umniah.
  net('orange-jo', 'JO', 'broadband', [
    ['46.185.128.0', 17],
    ['212.34.0.0', 19],
  ]),
  net('zain-jo', 'JO', 'mobile', [
    ['176.29.0.0', 16],
    ['37.202.64.0', 18],
  ]),
  net('umniah', 'JO', 'mobile', [
    ['92.253.0.0', 17],
    ['188.247.64.0', 19],
  ]),
  // Morocco: Maroc Telecom (fixed lines here), Orange, inwi.
  net('maroc-telecom', 'MA', 'broadband', [['105.128.0.0', 11]]),
  net('orange-ma', 'MA', 'mobile', [
    ['41.140.0.0', 14],
    ['105.66.0.0', 15],
  ]),
  net('inwi', 'MA', 'mobile', [['105.154.0.0', 15]]),
  // Turkey: Türk Telekom, Turkcell, Vodafone.
  net(
    'turk-telekom',
    'TR',
    'broadband',
    [
      ['78.160.0.0', 11],
      ['88.224.0.0', 11],
      ['85.96.0.0', 12],
    ],
    ['2a02:e0'],
    0.2,
  ),
  net(
    'turkcell',
    'TR',
    'mobile',
    [
      ['178.240.0.0', 13],
      ['31.141.0.0', 16],
      ['95.70.128.0', 17],
    ],
    ['2a01:358'],
    0.3,
  ),
  net('vodafone-tr', 'TR', 'mobile', [
    ['31.140.0.0', 16],
    ['94.54.0.0', 15],
  ]),
];
