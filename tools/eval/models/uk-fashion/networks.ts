/**
 * Address blocks the model draws IPs from, by country and kind of network. Every block was checked against
 * geoip-country (the spec checks every address drawn); `v4` entries are /16 (`a.b`) or /24 (`a.b.c`)
 * prefixes, `v6` entries are /32 prefixes.
 */
export type NetKind = 'broadband' | 'mobile' | 'campus' | 'cloud' | 'office' | 'relay';

export interface Network {
  name: string;
  country: string;
  kind: NetKind;
  v4: readonly string[];
  v6: readonly string[];
}

export const NETWORKS: readonly Network[] = [
  {
    name: 'gb-bt',
    country: 'GB',
    kind: 'broadband',
    v4: ['86.128', '86.150', '81.129', '109.150'],
    v6: ['2a00:23c4', '2a00:23c6'],
  },
  { name: 'gb-sky', country: 'GB', kind: 'broadband', v4: ['90.200', '90.210'], v6: ['2a02:c7c'] },
  {
    name: 'gb-virgin',
    country: 'GB',
    kind: 'broadband',
    v4: ['82.1', '82.20', '86.5', '86.20'],
    v6: ['2a02:8010'],
  },
  {
    name: 'gb-talktalk',
    country: 'GB',
    kind: 'broadband',
    v4: ['92.16', '92.20', '78.144', '78.150'],
    v6: ['2a01:4b00'],
  },
  {
    name: 'gb-mobile',
    country: 'GB',
    kind: 'mobile',
    v4: ['31.94', '82.132.220', '92.40', '92.41'],
    v6: ['2a01:4c8'],
  },
  {
    name: 'gb-janet',
    country: 'GB',
    kind: 'campus',
    v4: ['128.232', '129.67', '144.82', '137.205', '129.215'],
    v6: [],
  },
  { name: 'gb-cloud', country: 'GB', kind: 'cloud', v4: ['18.130', '35.176', '51.140'], v6: [] },
  {
    name: 'gb-office',
    country: 'GB',
    kind: 'office',
    v4: ['165.225.80', '165.225.196', '147.161.166', '62.252'],
    v6: [],
  },
  {
    name: 'ie-broadband',
    country: 'IE',
    kind: 'broadband',
    v4: ['86.40', '86.44', '79.97', '89.100', '89.101', '109.76', '109.78', '78.16'],
    v6: ['2001:bb6', '2a02:8084'],
  },
  { name: 'ie-mobile', country: 'IE', kind: 'mobile', v4: ['46.7', '89.101'], v6: ['2a02:8085'] },
  { name: 'ie-campus', country: 'IE', kind: 'campus', v4: ['134.226', '137.43'], v6: [] },
  { name: 'ie-cloud', country: 'IE', kind: 'cloud', v4: ['34.240', '52.16'], v6: [] },
  {
    name: 'je-broadband',
    country: 'JE',
    kind: 'broadband',
    v4: ['212.9.2', '212.9.10', '87.244.64', '213.133.200'],
    v6: [],
  },
  { name: 'im-broadband', country: 'IM', kind: 'broadband', v4: ['195.10.98'], v6: [] },
  { name: 'cy-broadband', country: 'CY', kind: 'broadband', v4: ['46.199', '31.153', '213.7'], v6: [] },
  { name: 'fk-broadband', country: 'FK', kind: 'broadband', v4: ['80.73.208'], v6: [] },
  { name: 'ee-broadband', country: 'EE', kind: 'broadband', v4: ['90.190', '84.50', '88.196'], v6: [] },
  {
    name: 'es-broadband',
    country: 'ES',
    kind: 'broadband',
    v4: ['88.0', '83.45', '79.148', '95.16'],
    v6: [],
  },
  {
    name: 'fr-broadband',
    country: 'FR',
    kind: 'broadband',
    v4: ['90.50', '86.200', '82.64', '176.128'],
    v6: [],
  },
  { name: 'fr-cloud', country: 'FR', kind: 'cloud', v4: ['51.38', '51.68'], v6: [] },
  { name: 'pt-broadband', country: 'PT', kind: 'broadband', v4: ['85.240', '89.152', '94.60'], v6: [] },
  {
    name: 'us-broadband',
    country: 'US',
    kind: 'broadband',
    v4: ['73.10', '98.200', '24.5', '71.200'],
    v6: ['2600:1700', '2601:1c0'],
  },
  { name: 'us-relay', country: 'US', kind: 'relay', v4: ['172.226', '172.224'], v6: [] },
  { name: 'ae-broadband', country: 'AE', kind: 'broadband', v4: ['94.200', '86.96', '5.30'], v6: [] },
  { name: 'de-broadband', country: 'DE', kind: 'broadband', v4: ['93.200', '91.64'], v6: ['2a02:8108'] },
  { name: 'de-cloud', country: 'DE', kind: 'cloud', v4: ['88.198', '78.46'], v6: ['2a01:4f8'] },
  { name: 'nl-broadband', country: 'NL', kind: 'broadband', v4: ['84.24', '77.160'], v6: [] },
  { name: 'nl-cloud', country: 'NL', kind: 'cloud', v4: ['185.95.12'], v6: [] },
  { name: 'ng-mobile', country: 'NG', kind: 'mobile', v4: ['105.112', '102.89', '197.210'], v6: [] },
  { name: 'ro-broadband', country: 'RO', kind: 'broadband', v4: ['86.120', '188.24'], v6: [] },
  { name: 'vn-broadband', country: 'VN', kind: 'broadband', v4: ['14.160', '113.160', '27.72'], v6: [] },
  { name: 'br-broadband', country: 'BR', kind: 'broadband', v4: ['189.50', '177.10'], v6: [] },
  { name: 'cu-broadband', country: 'CU', kind: 'broadband', v4: ['152.206', '169.158'], v6: [] },
  { name: 'ir-broadband', country: 'IR', kind: 'broadband', v4: ['2.176', '5.112', '5.160'], v6: [] },
  { name: 'kp-broadband', country: 'KP', kind: 'broadband', v4: ['175.45.176', '175.45.178'], v6: [] },
  { name: 'sy-broadband', country: 'SY', kind: 'broadband', v4: ['5.0', '31.9', '178.52'], v6: [] },
  { name: 'ru-broadband', country: 'RU', kind: 'broadband', v4: ['95.24', '5.3', '178.66'], v6: [] },
  { name: 'by-broadband', country: 'BY', kind: 'broadband', v4: ['178.120', '93.84', '37.214'], v6: [] },
];

export function network(name: string): Network {
  const found = NETWORKS.find((n) => n.name === name);
  if (!found) throw new Error(`no network ${name}`);
  return found;
}
