import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from. Each network is a kind of network in one country, with IPv4 blocks (a /16
 * prefix and a range of its /24s, every one of which geoip-country places in that country) and, where the
 * network hands out IPv6, /32 prefixes. Names say what kind of network a block stands for, not who holds it.
 */

export type NetKind = 'broadband' | 'mobile' | 'university' | 'hosting' | 'vpn';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: ReadonlyArray<readonly [string, number, number]>;
  v6: readonly string[];
}

const all = (...prefixes: string[]) => prefixes.map((p) => [p, 0, 255] as const);

const net = (
  name: string,
  country: string,
  kind: NetKind,
  v4: ReadonlyArray<readonly [string, number, number]>,
  v6: readonly string[] = [],
): Network => ({ name, country, kind, v4, v6 });

export const NETWORKS: readonly Network[] = [
  // Spain
  net(
    'es-fibre-incumbent',
    'ES',
    'broadband',
    all('83.44', '83.59', '88.0', '88.12', '79.150', '81.33', '80.25', '2.136', '2.139'),
  ),
  net('es-fibre-challenger', 'ES', 'broadband', all('87.217', '87.221', '90.167', '90.170', '79.116'), [
    '2a01:c50f',
    '2a0c:5a80',
    '2a0c:5a83',
  ]),
  net('es-cable', 'ES', 'broadband', all('84.123', '84.125', '62.42', '95.20', '31.4', '176.83'), [
    '2a02:9000',
  ]),
  net('es-mobile', 'ES', 'mobile', all('37.11', '37.223', '188.77', '213.0'), ['2a02:9130']),
  net('es-university', 'ES', 'university', all('130.206', '147.96', '138.100', '150.244')),
  net('es-hosting', 'ES', 'hosting', all('82.223')),
  net('es-vpn-exit', 'ES', 'vpn', [['185.93', 44, 47]]),
  // The rest of the EU
  net(
    'fr-broadband',
    'FR',
    'broadband',
    all('90.3', '90.45', '86.200', '92.150', '82.64', '78.196', '88.170', '89.84', '176.180', '77.200'),
    ['2a01:cb10', '2a01:cb19', '2a01:e0a', '2a01:e34'],
  ),
  net('fr-mobile', 'FR', 'mobile', all('37.165', '93.23')),
  net(
    'fr-hosting',
    'FR',
    'hosting',
    [
      ['91.121', 0, 58],
      ['37.59', 9, 64],
      ['51.68', 64, 95],
    ],
    ['2001:41d0'],
  ),
  net(
    'de-broadband',
    'DE',
    'broadband',
    all('79.200', '84.150', '87.150', '91.40', '93.210', '95.90', '31.16', '46.114'),
    ['2003:e0', '2003:c1', '2a02:908', '2a02:8109', '2a02:8071'],
  ),
  net('de-mobile', 'DE', 'mobile', all('2.200', '176.0'), ['2a01:598', '2a01:599']),
  net(
    'de-hosting',
    'DE',
    'hosting',
    [['88.198', 0, 100], ['78.46', 29, 255], ...all('144.76', '5.9', '136.243', '116.202')],
    ['2a01:4f8'],
  ),
  net('de-vpn-exit', 'DE', 'vpn', [
    ['37.120', 0, 127],
    ['212.102', 160, 191],
  ]),
  net(
    'it-broadband',
    'IT',
    'broadband',
    all('79.40', '87.3', '151.38', '93.40', '95.230', '2.34', '82.48', '79.10'),
    ['2001:b07', '2a01:e11'],
  ),
  net('it-mobile', 'IT', 'mobile', all('151.48', '5.90', '37.160')),
  net(
    'pt-broadband',
    'PT',
    'broadband',
    all('85.240', '85.243', '89.180', '94.60', '94.63', '188.80', '2.80'),
    ['2001:8a0', '2a01:14'],
  ),
  net(
    'nl-broadband',
    'NL',
    'broadband',
    all('77.160', '77.170', '84.24', '84.28', '83.80', '82.92', '80.100'),
    ['2001:1c00', '2a02:a440', '2a02:a458'],
  ),
  net('nl-hosting', 'NL', 'hosting', [...all('85.17'), ['95.211', 0, 146]]),
  net('nl-vpn-exit', 'NL', 'vpn', [['193.176', 160, 179]]),
  net(
    'be-broadband',
    'BE',
    'broadband',
    all('81.240', '81.244', '91.176', '91.180', '109.128', '81.82', '84.192', '84.196', '94.224', '178.116'),
    ['2a02:1810', '2a02:2c40', '2a02:a03f'],
  ),
  net(
    'ie-broadband',
    'IE',
    'broadband',
    all('86.40', '86.44', '79.97', '89.100', '89.101', '109.255', '78.16'),
    ['2001:bb6', '2a02:8084'],
  ),
  net(
    'at-broadband',
    'AT',
    'broadband',
    all('80.108', '91.113', '91.115', '77.116', '178.190', '84.112', '84.115', '62.46'),
    ['2a02:8388', '2a02:8389', '2001:871'],
  ),
  // The UK
  net(
    'gb-broadband',
    'GB',
    'broadband',
    all(
      '86.140',
      '86.180',
      '81.150',
      '109.150',
      '31.50',
      '82.10',
      '86.20',
      '2.100',
      '5.70',
      '90.200',
      '92.20',
      '89.240',
    ),
    ['2a02:c7c', '2a00:23c5', '2a00:23c6', '2a02:8010'],
  ),
  net('gb-mobile', 'GB', 'mobile', all('31.94', '176.24')),
  net('gb-hosting', 'GB', 'hosting', [
    ['178.62', 0, 127],
    ['46.101', 0, 67],
  ]),
  net('gb-vpn-exit', 'GB', 'vpn', [['212.102', 192, 223]]),
  // The Americas
  net(
    'us-broadband',
    'US',
    'broadband',
    all('73.10', '73.150', '24.4', '76.100', '98.200', '71.190', '96.230', '99.100'),
    ['2601:1c0', '2601:647', '2600:1700'],
  ),
  net('us-mobile', 'US', 'mobile', all('172.58', '174.200', '107.200'), ['2607:fb91', '2600:1000']),
  net('us-hosting', 'US', 'hosting', all('3.88', '52.20', '54.80', '104.131'), ['2604:a880']),
  net('us-vpn-exit', 'US', 'vpn', [['156.146', 64, 157]]),
  net('mx-broadband', 'MX', 'broadband', all('187.140', '187.190', '189.140', '189.203', '177.230'), [
    '2806:2f0',
    '2806:103e',
  ]),
  net(
    'ar-broadband',
    'AR',
    'broadband',
    all('181.0', '181.30', '186.22', '190.16', '190.224', '201.252', '186.128'),
    ['2800:810', '2803:9800'],
  ),
  net(
    'co-broadband',
    'CO',
    'broadband',
    all('186.28', '181.50', '190.24', '191.95', '190.85', '186.80', '201.244'),
    ['2800:e2'],
  ),
  net('cl-broadband', 'CL', 'broadband', all('190.160', '190.100', '186.10', '181.42', '200.83', '201.214'), [
    '2800:150',
  ]),
  net(
    'pe-broadband',
    'PE',
    'broadband',
    all('181.64', '181.66', '190.232', '190.236', '179.6', '200.121', '190.43'),
    ['2001:1388', '2800:200'],
  ),
  // Where card testers, takeover crews and counterfeit resellers sit
  net('vn-broadband', 'VN', 'broadband', all('113.160', '113.185', '14.170', '117.2', '171.240')),
  net('id-broadband', 'ID', 'broadband', all('36.70', '180.244', '114.124')),
  net('br-broadband', 'BR', 'broadband', all('177.30', '179.100', '187.50', '201.80', '191.180')),
  net('ng-mobile', 'NG', 'mobile', all('105.112', '197.210', '102.89')),
  net('ma-broadband', 'MA', 'broadband', all('105.130', '41.140', '160.176', '41.248')),
  net('tr-broadband', 'TR', 'broadband', all('78.160', '88.230', '85.100', '176.88', '95.10')),
  // Sanctioned countries: only the sanctioned_country kind draws these
  net(
    'ru-broadband',
    'RU',
    'broadband',
    all('95.25', '95.28', '178.66', '188.162', '213.87', '89.178', '109.184', '5.18'),
    ['2a00:1fa0', '2a03:d000'],
  ),
  net('ru-mobile', 'RU', 'mobile', all('176.59', '46.138')),
  net('by-broadband', 'BY', 'broadband', all('37.212', '37.214', '178.120', '178.124', '93.84', '46.56')),
  net('ir-mobile', 'IR', 'mobile', all('2.176', '2.180', '5.112', '5.120'), ['2a01:5ec0']),
  net('ir-broadband', 'IR', 'broadband', all('151.232', '78.38', '89.196')),
  net('cu-mobile', 'CU', 'mobile', [...all('152.206', '152.207'), ['169.158', 0, 199]]),
  net('sy-broadband', 'SY', 'broadband', all('5.0', '31.9', '178.52')),
];

export const SANCTIONED: ReadonlySet<string> = new Set(['RU', 'BY', 'IR', 'CU', 'SY', 'KP']);

const hex = (rng: Rng) => rng.int(0, 0xffff).toString(16);

/** An address on the network: IPv6 when asked and the network has it. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0) {
    const prefix = rng.pick(n.v6);
    return `${prefix}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}:${hex(rng)}`;
  }
  const [prefix, lo, hi] = rng.pick(n.v4);
  return `${prefix}.${rng.int(lo, hi)}.${rng.int(1, 254)}`;
}

/** How often a broadband or mobile connection in a country comes over IPv6. */
const V6: Readonly<Record<string, number>> = {
  FR: 0.5,
  DE: 0.5,
  BE: 0.45,
  US: 0.45,
  GB: 0.35,
  MX: 0.35,
  ES: 0.15,
};

/** An address as a home or phone connection in that country hands it out (IPv6 at the local rate). */
export const ipOn = (rng: Rng, n: Network): string =>
  address(rng, n, (n.kind === 'broadband' || n.kind === 'mobile') && rng.chance(V6[n.country] ?? 0.2));

/** The networks of one kind in one country (any kind when none is given). */
export const networksIn = (country: string, kind?: NetKind): Network[] =>
  NETWORKS.filter((n) => n.country === country && (kind === undefined || n.kind === kind));

/** A home connection in the country: broadband mostly, the phone's mobile data otherwise. */
export function homeNetwork(rng: Rng, country: string, mobileShare = 0.35): Network {
  const mobile = networksIn(country, 'mobile');
  const broadband = networksIn(country, 'broadband');
  if (mobile.length > 0 && (broadband.length === 0 || rng.chance(mobileShare))) return rng.pick(mobile);
  if (broadband.length === 0) throw new Error(`no home network in ${country}`);
  return rng.pick(broadband);
}

/** Where fraud hides: hosting and VPN exits in the shop's markets. */
export const HOSTING: readonly Network[] = NETWORKS.filter((n) => n.kind === 'hosting');
export const VPN: readonly Network[] = NETWORKS.filter((n) => n.kind === 'vpn');

/** The country geoip-country places an IP in. */
export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
