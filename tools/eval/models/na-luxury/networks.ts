import geoip from 'geoip-country';
import { type Home } from './geo.js';
import { type Rng } from './random.js';

/**
 * The networks IPs are drawn from. Blocks are /16s (`a.b`) chosen from general knowledge of carriers and hosts
 * and kept only where geoip-country places them in the country given (the spec samples every one).
 */

/** Residential broadband and mobile carriers (Comcast, Verizon, AT&T, T-Mobile, Charter; Rogers, Bell, Telus, Vidéotron, Shaw). */
export const CARRIERS: Record<Home, readonly string[]> = {
  US: [
    '73.12',
    '73.170',
    '98.207',
    '71.105',
    '108.46',
    '99.110',
    '107.77',
    '172.56',
    '172.58',
    '24.5',
    '76.103',
    '69.121',
    '68.2',
  ],
  CA: [
    '99.224',
    '99.240',
    '24.114',
    '174.112',
    '70.48',
    '142.114',
    '24.200',
    '24.202',
    '75.152',
    '75.156',
    '68.144',
    '70.64',
    '24.64',
  ],
};

/** Residential networks abroad: travellers, expats and international clients. */
export const ABROAD: Record<string, readonly string[]> = {
  GB: ['86.128', '92.40'],
  FR: ['90.10', '86.200'],
  IT: ['79.20'],
  CH: ['178.197', '80.218'],
  JP: ['126.200', '153.200'],
  HK: ['112.118', '58.152'],
  AE: ['94.200', '5.195'],
  CN: ['114.80', '183.200'],
  KR: ['211.36'],
  SG: ['116.86'],
  AU: ['1.128'],
  MX: ['187.188', '201.141'],
  BR: ['177.50', '189.100'],
};

/** Cloud and hosting ranges (AWS, DigitalOcean, OVH, Hetzner, Leaseweb); also where consumer VPNs exit. */
export const HOSTING: Record<string, readonly string[]> = {
  US: ['3.80', '3.90', '54.80', '52.20', '104.131'],
  CA: ['15.222', '35.182', '3.96', '99.79', '51.222'],
  DE: ['88.198', '78.46'],
  NL: ['85.17'],
};

/** Networks where organised card fraud against North American stores is often run from. */
export const CREW_ORIGINS: Record<string, readonly string[]> = {
  NG: ['105.112', '197.210', '41.58'],
  GH: ['154.160'],
  VN: ['113.160', '14.160'],
  RU: ['95.24'],
  RO: ['86.120'],
  ID: ['36.72'],
  PH: ['112.198'],
};

export function ipIn(rng: Rng, block: string): string {
  return `${block}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

const tableFor = (table: Record<string, readonly string[]>, country: string): readonly string[] => {
  const blocks = table[country];
  if (!blocks) throw new Error(`no blocks for ${country}`);
  return blocks;
};

export const homeIp = (rng: Rng, country: Home) => ipIn(rng, rng.pick(CARRIERS[country]));
export const abroadIp = (rng: Rng, country: string) => ipIn(rng, rng.pick(tableFor(ABROAD, country)));
export const hostingIp = (rng: Rng, country: string) => ipIn(rng, rng.pick(tableFor(HOSTING, country)));
export const crewIp = (rng: Rng, country: string) => ipIn(rng, rng.pick(tableFor(CREW_ORIGINS, country)));

export function ipCountry(ip: string): string | undefined {
  return geoip.lookup(ip)?.country ?? undefined;
}
