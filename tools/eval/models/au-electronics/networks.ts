/**
 * Real address blocks the model draws IPs from, by country and kind: IPv4 as /16s (`a.b`) or /24s
 * (`a.b.c`), IPv6 as /32 prefixes. Every block was probed against geoip-country (the lookup Vigil uses)
 * while writing the model, and geo-ip.ts still checks every address it hands out.
 */

export type NetworkKind = 'mobile' | 'fixed' | 'campus' | 'relay' | 'hosting';

export interface NetworkSpec {
  name: string;
  country: string;
  kind: NetworkKind;
  v4: readonly string[];
  v6: readonly string[];
}

// prettier-ignore
export const NETWORKS: readonly NetworkSpec[] = [
  // Australia: mobile carriers sit behind carrier-grade NAT on IPv4 and hand out IPv6 widely.
  { name: 'Telstra mobile', country: 'AU', kind: 'mobile', v4: ['1.128', '1.129', '1.144', '1.145'], v6: ['2001:8004', '2001:8003'] },
  { name: 'Optus mobile', country: 'AU', kind: 'mobile', v4: ['49.176', '49.177', '49.178'], v6: ['2401:d002'] },
  { name: 'Vodafone AU', country: 'AU', kind: 'mobile', v4: ['120.16', '120.17'], v6: [] },
  { name: 'Telstra fixed', country: 'AU', kind: 'fixed', v4: ['101.160', '101.176', '58.104', '60.224'], v6: ['2001:8000'] },
  { name: 'TPG iiNet', country: 'AU', kind: 'fixed', v4: ['124.168', '124.180', '110.20', '14.200'], v6: ['2403:5800', '2001:44b8'] },
  { name: 'Aussie Broadband', country: 'AU', kind: 'fixed', v4: ['110.144', '144.130'], v6: ['2404:bf40'] },
  { name: 'AARNet campus', country: 'AU', kind: 'campus', v4: ['128.250', '129.78', '130.56', '130.102', '130.194', '131.170'], v6: ['2001:388'] },
  { name: 'AWS Sydney', country: 'AU', kind: 'hosting', v4: ['13.54', '13.236', '54.252', '52.62', '52.64', '3.24'], v6: [] },
  // New Zealand.
  { name: 'One NZ mobile', country: 'NZ', kind: 'mobile', v4: ['122.56', '122.57'], v6: ['2407:7000'] },
  { name: '2degrees', country: 'NZ', kind: 'mobile', v4: ['49.224', '49.225'], v6: ['2406:e000'] },
  { name: 'Spark fixed', country: 'NZ', kind: 'fixed', v4: ['125.236', '125.237', '222.152', '222.153', '122.60'], v6: ['2404:4400', '2001:4428'] },
  { name: 'NZ campus', country: 'NZ', kind: 'campus', v4: ['130.216', '130.123', '132.181'], v6: [] },
  // Singapore.
  { name: 'Singtel mobile', country: 'SG', kind: 'mobile', v4: ['116.14', '116.15', '119.74', '42.60', '42.61'], v6: ['2406:3003'] },
  { name: 'SG fixed', country: 'SG', kind: 'fixed', v4: ['121.6', '121.7', '220.255', '118.200', '175.156', '116.86', '116.87'], v6: ['2400:d800', '2401:7400'] },
  { name: 'AWS Singapore', country: 'SG', kind: 'hosting', v4: ['13.212', '13.228'], v6: ['2400:6180'] },
  // Japan.
  { name: 'JP mobile', country: 'JP', kind: 'mobile', v4: ['126.200', '49.96', '49.104', '1.72', '1.75', '106.128'], v6: ['2001:268', '240b:10', '2409:10'] },
  { name: 'JP fixed', country: 'JP', kind: 'fixed', v4: ['60.32', '153.142', '114.160', '180.0', '218.223', '219.100'], v6: ['2400:4000', '2400:4050', '240f:100'] },
  { name: 'AWS Tokyo', country: 'JP', kind: 'hosting', v4: ['13.112'], v6: [] },
  // Indonesia.
  { name: 'Telkomsel', country: 'ID', kind: 'mobile', v4: ['114.120', '114.124', '114.4', '139.192', '120.188'], v6: ['2001:448a', '2404:c0'] },
  { name: 'ID fixed', country: 'ID', kind: 'fixed', v4: ['36.64', '36.72', '36.80', '180.241', '180.248', '182.0', '110.136'], v6: ['2400:9800', '2404:8000'] },
  // Elsewhere: travellers, expats, relay exits, VPN and proxy exits, fraud crews.
  { name: 'Apple relay egress', country: 'US', kind: 'relay', v4: ['172.224', '172.226', '104.28'], v6: [] },
  { name: 'US fixed', country: 'US', kind: 'fixed', v4: ['73.12', '24.5', '98.116', '67.160', '108.28'], v6: ['2600:1700', '2601:40'] },
  { name: 'US mobile', country: 'US', kind: 'mobile', v4: ['23.92'], v6: ['2600:387', '2600:1000'] },
  { name: 'US hosting', country: 'US', kind: 'hosting', v4: ['45.33'], v6: ['2600:3c00'] },
  { name: 'GB fixed', country: 'GB', kind: 'fixed', v4: ['81.96', '86.128'], v6: [] },
  { name: 'DE hosting', country: 'DE', kind: 'hosting', v4: ['5.9', '46.4', '116.203', '159.69'], v6: ['2a01:4f8'] },
  { name: 'DE fixed', country: 'DE', kind: 'fixed', v4: ['84.130', '91.64', '93.230', '79.224'], v6: ['2003:e4'] },
  { name: 'NL fixed', country: 'NL', kind: 'fixed', v4: ['77.160', '84.104', '62.45', '80.100', '94.208'], v6: ['2a10:3781'] },
  { name: 'HK fixed', country: 'HK', kind: 'fixed', v4: ['58.176', '112.118', '119.236', '218.102', '223.16'], v6: ['2400:8800'] },
  { name: 'CN fixed', country: 'CN', kind: 'fixed', v4: ['36.110', '112.96', '183.0', '117.136'], v6: [] },
  { name: 'VN fixed', country: 'VN', kind: 'fixed', v4: ['113.160', '14.160', '171.224', '27.64', '117.2'], v6: ['2402:800', '2001:ee0'] },
  { name: 'RU fixed', country: 'RU', kind: 'fixed', v4: ['95.24', '178.176'], v6: ['2a00:1fa0', '2a02:2698'] },
  { name: 'UA fixed', country: 'UA', kind: 'fixed', v4: ['176.36'], v6: [] },
  { name: 'LT hosting', country: 'LT', kind: 'hosting', v4: ['78.56'], v6: [] },
  { name: 'NG mobile', country: 'NG', kind: 'mobile', v4: ['105.112', '102.89'], v6: [] },
  { name: 'BR fixed', country: 'BR', kind: 'fixed', v4: ['177.100', '179.100', '201.20', '191.180'], v6: [] },
  // Sanctioned jurisdictions.
  { name: 'IR fixed', country: 'IR', kind: 'fixed', v4: ['2.176', '2.184', '5.112', '151.232'], v6: ['2a01:5ec0'] },
  { name: 'CU ETECSA', country: 'CU', kind: 'fixed', v4: ['152.206', '152.207', '169.158'], v6: [] },
  { name: 'KP Star JV', country: 'KP', kind: 'fixed', v4: ['175.45.176', '175.45.177', '175.45.178', '175.45.179'], v6: [] },
  { name: 'SY fixed', country: 'SY', kind: 'fixed', v4: ['5.0', '31.9', '178.52', '46.213'], v6: [] },
];
