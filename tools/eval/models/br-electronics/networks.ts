import { type Rng } from '../kit/random.js';
import { type Region } from './places.js';

/**
 * Where orders come from, by the network's IP blocks (each checked with geoip-country): Brazil's mobile
 * carriers behind carrier-grade NAT (so strangers share addresses), fixed broadband, regional ISPs, corporate
 * links, São Paulo cloud, and abroad: US and Portuguese carriers (travellers, family abroad), Argentina and
 * Paraguay, VPN exits. Residential proxies sell exits on the same Brazilian ISPs.
 */

export interface Network {
  name: string;
  country: string;
  /** IPv4 CIDR blocks. */
  v4: readonly string[];
  /** IPv6 /32 prefixes (the first two hextets). */
  v6: readonly string[];
  /** Behind carrier NAT: addresses are drawn from a small shared pool. */
  cgnat?: boolean;
}

const net = (name: string, country: string, v4: string[], v6: string[] = [], cgnat = false): Network => ({
  name,
  country,
  v4,
  v6,
  ...(cgnat ? { cgnat } : {}),
});

export const NETWORKS = {
  vivoMovel: net('vivo-movel', 'BR', ['177.79.0.0/16', '179.240.0.0/16'], ['2804:18'], true),
  claroMovel: net('claro-movel', 'BR', ['191.34.0.0/16', '177.95.0.0/16'], ['2804:14d'], true),
  timMovel: net('tim-movel', 'BR', ['187.10.0.0/16', '179.241.0.0/16'], ['2804:389'], true),
  vivoFibra: net('vivo-fibra', 'BR', ['187.64.0.0/16', '189.100.0.0/16'], ['2804:7f0']),
  claroNet: net('claro-net-virtua', 'BR', ['201.80.0.0/16', '186.205.0.0/16'], ['2804:14c']),
  oiFibra: net('oi-fibra', 'BR', ['201.17.0.0/16', '189.6.0.0/16'], ['2804:d41']),
  regional: net(
    'provedor-regional',
    'BR',
    ['186.220.0.0/16', '187.32.0.0/16', '177.139.0.0/16'],
    ['2804:214'],
  ),
  corporate: net('corporativo-embratel', 'BR', ['200.244.0.0/16', '200.230.0.0/16']),
  cloudSp: net('cloud-sao-paulo', 'BR', ['18.228.0.0/16', '54.232.0.0/16']),
  proxyBr: net('proxy-residencial-br', 'BR', [
    '152.250.0.0/16',
    '179.125.0.0/16',
    '200.158.0.0/16',
    '179.100.0.0/16',
  ]),
  usMobile: net('us-mobile', 'US', ['172.56.0.0/16'], ['2600:1700']),
  usBroadband: net('us-broadband', 'US', ['73.15.0.0/16', '71.190.0.0/16']),
  ptBroadband: net('pt-broadband', 'PT', ['85.240.0.0/16', '148.69.0.0/16'], ['2a01:14']),
  arBroadband: net('ar-broadband', 'AR', ['181.44.0.0/16']),
  pyMobile: net('py-mobile', 'PY', ['181.120.0.0/16'], [], true),
  vpnNl: net('vpn-nl', 'NL', ['185.107.56.0/22']),
  vpnUs: net('vpn-us', 'US', ['192.241.128.0/17']),
} as const;

export type NetworkName = keyof typeof NETWORKS;

export const ALL_NETWORKS: readonly Network[] = Object.values(NETWORKS);

function v4In(rng: Rng, cidr: string): string {
  const [base = '0.0.0.0', bits = '32'] = cidr.split('/');
  const [a = 0, b = 0, c = 0, d = 0] = base.split('.').map(Number);
  const start = (((a << 24) >>> 0) + (b << 16) + (c << 8) + d) >>> 0;
  const n = (start + rng.int(1, 2 ** (32 - Number(bits)) - 2)) >>> 0;
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

const hextet = (rng: Rng) => rng.int(0, 0xffff).toString(16);

/** A fresh address on `network` (IPv6 when asked and it has a prefix). */
export function address(rng: Rng, network: Network, v6 = false): string {
  if (v6 && network.v6.length > 0)
    return `${rng.pick(network.v6)}:${Array.from({ length: 6 }, () => hextet(rng)).join(':')}`;
  return v4In(rng, rng.pick(network.v4));
}

/**
 * Addresses as the store sees them: a fresh one on broadband (a household keeps it for the week, shoppers.ts);
 * carrier NAT hands out addresses from a pool of a few dozen per carrier, so unrelated shoppers meet.
 */
export class Addresses {
  private readonly pools = new Map<string, string[]>();

  constructor(private readonly rng: Rng) {}

  on(network: Network): string {
    if (!network.cgnat) return address(this.rng, network, this.rng.chance(0.3));
    let pool = this.pools.get(network.name);
    if (!pool) {
      pool = Array.from({ length: 40 }, () => address(this.rng, network));
      this.pools.set(network.name, pool);
    }
    return this.rng.chance(0.25) && network.v6.length > 0
      ? address(this.rng, network, true)
      : this.rng.pick(pool);
  }
}

/** Mobile carriers by share; the Nordeste leans to TIM and Claro, São Paulo to Vivo. */
export function mobileCarrier(rng: Rng, region: Region): Network {
  const vivo = region === 'sp_capital' || region === 'sp_interior' ? 45 : 33;
  const tim = region === 'nordeste' ? 35 : 24;
  return rng.weightedPick<Network>([
    [NETWORKS.vivoMovel, vivo],
    [NETWORKS.claroMovel, 30],
    [NETWORKS.timMovel, tim],
  ]);
}

/** Home broadband: the big three in capitals, regional providers in the Nordeste and the interior. */
export function homeBroadband(rng: Rng, region: Region): Network {
  const regional = region === 'nordeste' || region === 'sp_interior' || region === 'centro_norte' ? 45 : 15;
  return rng.weightedPick<Network>([
    [NETWORKS.vivoFibra, 30],
    [NETWORKS.claroNet, 28],
    [NETWORKS.oiFibra, region === 'rio' || region === 'nordeste' ? 18 : 8],
    [NETWORKS.regional, regional],
  ]);
}
