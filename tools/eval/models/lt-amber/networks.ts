import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * The networks Gintarų namai's buyers check out from. Each IPv4 block is a /16 picked from general knowledge of
 * the country's fibre, cable, DSL and mobile operators or of hosting ranges used as VPN and proxy exits, and was
 * checked with geoip-country (every /24 of it, three addresses each) before it went in. Names say what kind of
 * network a block stands for, not who holds it.
 */

export type Use = 'home' | 'mobile' | 'hosting';

export interface Network {
  name: string;
  country: string;
  use: Use;
  /** First two octets of each /16. */
  v4: readonly string[];
  /** IPv6 prefixes (first two groups), where the network hands them out. */
  v6: readonly string[];
}

const net = (name: string, country: string, use: Use, v4: string[], v6: string[] = []): Network => ({
  name,
  country,
  use,
  v4,
  v6,
});

export const NETWORKS: readonly Network[] = [
  net('lt-fibre', 'LT', 'home', ['78.56', '78.57', '78.58', '78.60', '78.61', '78.62', '86.100']),
  net('lt-mobile', 'LT', 'mobile', ['88.118', '5.20']),
  net('lv-home', 'LV', 'home', ['87.110', '81.198', '46.109']),
  net('ee-home', 'EE', 'home', ['90.190', '90.191', '84.50']),
  net('pl-dsl', 'PL', 'home', ['83.0', '83.5', '83.10', '83.20', '89.64', '89.70', '89.78']),
  net('pl-mobile', 'PL', 'mobile', ['37.47', '31.0', '46.112', '188.146']),
  net(
    'de-dsl',
    'DE',
    'home',
    ['79.192', '79.200', '79.220', '91.0', '91.40', '84.128', '93.200'],
    ['2003:e0', '2003:c0'],
  ),
  net('de-cable', 'DE', 'home', ['188.192', '46.114', '2.200']),
  net('se-home', 'SE', 'home', ['81.224', '81.230', '90.224', '78.64', '213.89', '83.248']),
  net('no-home', 'NO', 'home', ['84.208', '84.210', '84.212', '46.9', '88.88', '77.16']),
  net('dk-home', 'DK', 'home', ['87.48', '87.52', '80.62', '62.107', '2.104', '94.144']),
  net('fi-home', 'FI', 'home', ['85.76', '85.77', '91.152', '91.153', '88.112', '84.248']),
  net(
    'gb-broadband',
    'GB',
    'home',
    ['86.128', '86.140', '86.160', '82.10', '81.96', '90.192', '31.48'],
    ['2a00:23c7'],
  ),
  net(
    'us-cable',
    'US',
    'home',
    ['73.0', '73.10', '73.50', '73.100', '98.192', '24.0', '76.100'],
    ['2601:1c0', '2601:640'],
  ),
  net('us-mobile', 'US', 'mobile', ['71.160', '108.20', '174.60']),
  net('ru-home', 'RU', 'home', ['95.24', '95.25', '178.64', '178.66', '46.61', '109.252', '188.162']),
  net('ru-mobile', 'RU', 'mobile', ['94.25', '176.59']),
  net('by-home', 'BY', 'home', ['37.212', '37.213', '178.120', '178.121', '93.84', '93.85']),
  net('de-hosting', 'DE', 'hosting', ['88.198', '78.46', '136.243', '5.9', '148.251'], ['2a01:4f8']),
  net('fi-hosting', 'FI', 'hosting', ['95.216', '95.217', '65.21', '135.181']),
  net('us-hosting', 'US', 'hosting', ['45.55']),
];

export const networkOf = (country: string, use: Use): Network | undefined =>
  NETWORKS.find((n) => n.country === country && n.use === use);

export const HOSTING: readonly Network[] = NETWORKS.filter((n) => n.use === 'hosting');

/** One address on the network: IPv6 when asked and the network has it. */
export function address(rng: Rng, n: Network, v6: boolean): string {
  if (v6 && n.v6.length > 0)
    return `${rng.pick(n.v6)}:${rng.int(0, 4095).toString(16)}:${rng.int(1, 65535).toString(16)}::${rng
      .int(1, 65535)
      .toString(16)}`;
  return `${rng.pick(n.v4)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

/** An address at home (or on the phone) in `country`; IPv6 a fifth of the time where the network has it. */
export function homeIp(rng: Rng, country: string, mobile = false): string {
  const n = (mobile ? networkOf(country, 'mobile') : undefined) ?? networkOf(country, 'home');
  if (!n) throw new Error(`no network for ${country}`);
  return address(rng, n, rng.chance(0.2));
}

export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country;
