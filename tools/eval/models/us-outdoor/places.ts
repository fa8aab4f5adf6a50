/**
 * Where customers live: cities weighted by population and by how much of an outdoor crowd they have
 * (Denver, Seattle, Portland, Salt Lake, Boise, Calgary and Vancouver buy more tents per head than their
 * size says). Each city has its postal-code stem and time zone; US ZIPs are three-digit stems plus two digits.
 */

export type Zone =
  'ET' | 'CT' | 'MT' | 'AZ' | 'PT' | 'AK' | 'HI' | 'AT' | 'SK' | 'UK' | 'SYD' | 'BNE' | 'PER' | 'MXC';

export interface City {
  city: string;
  country: string;
  /** Postal stem: US ZIP3, Canadian FSA, UK outward code, AU/MX first digits. */
  stem: string;
  zone: Zone;
  weight: number;
}

const c =
  (country: string, zone: Zone) =>
  (city: string, stem: string, weight: number): City => ({
    city,
    country,
    stem,
    zone,
    weight,
  });
const usE = c('US', 'ET');
const usC = c('US', 'CT');
const usM = c('US', 'MT');
const usP = c('US', 'PT');

// prettier-ignore
export const CITIES: readonly City[] = [
  usE('New York', '100', 6), usE('Brooklyn', '112', 4), usE('Boston', '021', 3), usE('Philadelphia', '191', 2.5),
  usE('Pittsburgh', '152', 1.5), usE('Washington', '200', 2), usE('Baltimore', '212', 1), usE('Richmond', '232', 1),
  usE('Atlanta', '303', 3), usE('Charlotte', '282', 2), usE('Asheville', '288', 1), usE('Raleigh', '276', 2),
  usE('Burlington', '054', 0.8), usE('Portland', '041', 0.8), usE('Concord', '033', 0.7), usE('Albany', '122', 1),
  usE('Columbus', '432', 1.5), usE('Cleveland', '441', 1), usE('Detroit', '482', 1.5), usE('Ann Arbor', '481', 0.8),
  usE('Indianapolis', '462', 1), usE('Louisville', '402', 1), usE('Miami', '331', 2), usE('Orlando', '328', 2),
  usE('Tampa', '336', 1.5), usE('Jacksonville', '322', 1), usE('Knoxville', '379', 1), usE('Hartford', '061', 0.8),
  usE('Blacksburg', '240', 0.4), usE('Chapel Hill', '275', 0.4),
  usC('Chicago', '606', 4), usC('Minneapolis', '554', 3), usC('Madison', '537', 1), usC('Milwaukee', '532', 1),
  usC('Kansas City', '641', 1), usC('St. Louis', '631', 1), usC('Nashville', '372', 2), usC('Dallas', '752', 3),
  usC('Austin', '787', 3), usC('Houston', '770', 3), usC('San Antonio', '782', 1.5), usC('Omaha', '681', 0.7),
  usM('Denver', '802', 4), usM('Boulder', '803', 1.5), usM('Colorado Springs', '809', 1.5), usM('Salt Lake City', '841', 2),
  usM('Boise', '837', 1.5), usM('Albuquerque', '871', 1), usM('Missoula', '598', 0.6), usM('Jackson', '830', 0.3),
  usM('Bozeman', '597', 0.5), usM('Fort Collins', '805', 0.8), c('US', 'AZ')('Phoenix', '850', 3), c('US', 'AZ')('Tucson', '857', 1),
  c('US', 'AZ')('Flagstaff', '860', 0.4),
  usP('Los Angeles', '900', 6), usP('San Diego', '921', 3), usP('San Francisco', '941', 3), usP('Oakland', '946', 1.5),
  usP('Sacramento', '958', 2), usP('San Jose', '951', 2), usP('Seattle', '981', 4), usP('Tacoma', '984', 1),
  usP('Spokane', '992', 1), usP('Portland', '972', 3), usP('Bend', '977', 1), usP('Eugene', '974', 0.8),
  usP('Reno', '895', 0.8), usP('Corvallis', '973', 0.4), usP('Davis', '956', 0.4), usP('Las Vegas', '891', 1.5), c('US', 'AK')('Anchorage', '995', 0.7),
  c('US', 'HI')('Honolulu', '968', 0.5),
  c('CA', 'ET')('Toronto', 'M5V', 5), c('CA', 'ET')('Toronto', 'M4C', 3), c('CA', 'ET')('Ottawa', 'K1P', 2),
  c('CA', 'ET')('Montréal', 'H2X', 3), c('CA', 'ET')('Québec', 'G1R', 1), c('CA', 'ET')('Hamilton', 'L8P', 1),
  c('CA', 'AT')('Halifax', 'B3H', 1), c('CA', 'CT')('Winnipeg', 'R3C', 1), c('CA', 'SK')('Saskatoon', 'S7N', 0.6),
  c('CA', 'MT')('Calgary', 'T2P', 3), c('CA', 'MT')('Edmonton', 'T5K', 2), c('CA', 'MT')('Canmore', 'T1W', 0.5),
  c('CA', 'PT')('Vancouver', 'V5K', 3), c('CA', 'PT')('Vancouver', 'V6B', 2), c('CA', 'PT')('Victoria', 'V8W', 1),
  c('CA', 'PT')('Squamish', 'V8B', 0.5), c('CA', 'PT')('Kelowna', 'V1Y', 0.7),
  c('GB', 'UK')('London', 'SW11', 3), c('GB', 'UK')('London', 'N16', 2), c('GB', 'UK')('Manchester', 'M14', 1.5),
  c('GB', 'UK')('Bristol', 'BS6', 1), c('GB', 'UK')('Edinburgh', 'EH9', 1), c('GB', 'UK')('Leeds', 'LS6', 1),
  c('GB', 'UK')('Sheffield', 'S10', 0.8), c('GB', 'UK')('Kendal', 'LA9', 0.4), c('GB', 'UK')('Inverness', 'IV2', 0.3),
  c('AU', 'SYD')('Sydney', '20', 3), c('AU', 'SYD')('Melbourne', '30', 3), c('AU', 'BNE')('Brisbane', '40', 1.5),
  c('AU', 'PER')('Perth', '60', 1), c('AU', 'SYD')('Hobart', '70', 0.4), c('AU', 'SYD')('Canberra', '26', 0.5),
  c('MX', 'MXC')('Ciudad de México', '03', 4), c('MX', 'MXC')('Guadalajara', '44', 2), c('MX', 'MXC')('Monterrey', '64', 2),
  c('MX', 'MXC')('Querétaro', '76', 1), c('MX', 'MXC')('Puebla', '72', 0.7), c('MX', 'PT')('Tijuana', '22', 1),
];

/** UTC offset in hours at a moment, with each country's daylight-saving rule (Mexico dropped DST in 2022). */
export function utcOffset(zone: Zone, ms: number): number {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const nthSunday = (month: number, n: number) => {
    const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
    return Date.UTC(year, month, 1 + ((7 - first) % 7) + 7 * (n - 1));
  };
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay());
  };
  const northAmericaDst = ms >= nthSunday(2, 2) && ms < nthSunday(10, 1);
  const base: Record<Zone, number> = {
    AT: -4,
    ET: -5,
    CT: -6,
    SK: -6,
    MT: -7,
    AZ: -7,
    PT: -8,
    AK: -9,
    HI: -10,
    UK: 0,
    SYD: 10,
    BNE: 10,
    PER: 8,
    MXC: -6,
  };
  if (['AT', 'ET', 'CT', 'MT', 'PT', 'AK'].includes(zone)) return base[zone] + (northAmericaDst ? 1 : 0);
  if (zone === 'UK') return ms >= lastSunday(2) && ms < lastSunday(9) ? 1 : 0;
  if (zone === 'SYD') return ms >= nthSunday(9, 1) || ms < nthSunday(3, 1) ? 11 : 10;
  return base[zone];
}

/** Abroad: where honest customers of other countries live when they reach the shop through a forwarder. */
// prettier-ignore
export const FORWARDER_HOMES: readonly City[] = [
  c('NZ', 'SYD')('Auckland', '10', 2), c('NZ', 'SYD')('Wellington', '60', 1), c('IS', 'UK')('Reykjavík', '10', 1),
  c('CR', 'CT')('San José', '10', 1.5), c('IE', 'UK')('Dublin', 'D0', 1), c('PT', 'UK')('Lisboa', '11', 0.7),
];
