import geoip from 'geoip-country';
import { type Rng } from '../kit/random.js';

/**
 * Where checkouts come from: IPv4 /16s of fixed, mobile and hosting networks, every /24 of each looked up with
 * geoip-country (four addresses per /24) and kept only when all of them located in the country named. Names
 * say what kind of network a block stands for, as the store would see it.
 */

export interface Network {
  name: string;
  country: string;
  kind: 'fixed' | 'mobile' | 'hosting';
  v4: readonly string[];
  v6: readonly string[];
}

const net = (name: string, country: string, kind: Network['kind'], v4: string[]): Network => ({
  name,
  country,
  kind,
  v4,
  v6: [],
});

export const NETWORKS: readonly Network[] = [
  net('tn_adsl_fibre', 'TN', 'fixed', ['41.226', '41.227', '41.229', '41.230']),
  net('tn_isp_fixed', 'TN', 'fixed', ['196.203', '196.179', '102.156', '102.157']),
  net('tn_mobile_a', 'TN', 'mobile', ['197.0', '197.1', '197.2', '197.3']),
  net('tn_mobile_b', 'TN', 'mobile', ['197.14', '197.15', '197.16', '197.17']),
  net('tn_mobile_c', 'TN', 'mobile', ['102.158', '102.159', '196.224', '196.225']),
  net('fr_fibre_a', 'FR', 'fixed', ['90.0', '90.12', '90.24', '86.200']),
  net('fr_fibre_b', 'FR', 'fixed', ['82.64', '82.65', '82.66', '78.192']),
  net('fr_cable', 'FR', 'fixed', ['77.128', '77.140', '88.120']),
  net('fr_mobile', 'FR', 'mobile', ['89.80', '89.84', '37.164', '37.165']),
  net('it_fixed', 'IT', 'fixed', ['79.0', '79.20', '87.0', '93.32']),
  net('it_mobile', 'IT', 'mobile', ['151.18', '151.28', '2.32', '2.40']),
  net('de_fixed', 'DE', 'fixed', ['79.192', '79.200', '84.128', '93.192']),
  net('de_mobile', 'DE', 'mobile', ['176.0', '176.4', '88.64']),
  net('be_fixed', 'BE', 'fixed', ['81.240', '81.241', '81.82', '81.83']),
  net('be_mobile', 'BE', 'mobile', ['109.128', '109.130']),
  net('de_hosting', 'DE', 'hosting', ['5.9', '148.251']),
  net('nl_hosting', 'NL', 'hosting', ['85.17', '95.211']),
  net('ru_fixed', 'RU', 'fixed', ['95.24', '95.25', '95.26']),
  net('ru_mobile', 'RU', 'mobile', ['91.76', '91.77', '213.87']),
  net('by_fixed', 'BY', 'fixed', ['37.212', '37.213', '37.214', '178.120']),
  net('ir_fixed', 'IR', 'fixed', ['5.112', '5.113', '2.176', '2.177']),
  net('sy_fixed', 'SY', 'fixed', ['31.9', '5.0', '46.213']),
];

const BY_NAME = new Map(NETWORKS.map((n) => [n.name, n]));

export function network(name: string): Network {
  const n = BY_NAME.get(name);
  if (!n) throw new Error(`unknown network ${name}`);
  return n;
}

/** An address in one of the network's /16s (host 1–254). */
export const address = (rng: Rng, n: Network, _v6 = false): string =>
  `${rng.pick(n.v4)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;

/** A residential or mobile network of a country, fixed lines more likely at home. */
export function homeNetwork(rng: Rng, country: string, mobile: boolean): Network {
  const pool = NETWORKS.filter((n) => n.country === country && n.kind === (mobile ? 'mobile' : 'fixed'));
  return rng.pick(pool.length > 0 ? pool : NETWORKS.filter((n) => n.country === country));
}

export const ipIn = (rng: Rng, country: string, mobile: boolean): string =>
  address(rng, homeNetwork(rng, country, mobile));

export const hostingIp = (rng: Rng): string =>
  address(rng, rng.pick(NETWORKS.filter((n) => n.kind === 'hosting')));

export const ipCountry = (ip: string): string | undefined => geoip.lookup(ip)?.country ?? undefined;
