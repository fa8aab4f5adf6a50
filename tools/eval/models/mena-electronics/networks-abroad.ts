import { net, type Network } from './networks-region.js';

/** Networks outside the storefronts: expatriates' and travellers' home lines, crews' lines, VPN exits and hosts. */
export const ABROAD: readonly Network[] = [
  // Expatriates' and travellers' home networks, and where stolen cards come from.
  net(
    'jio',
    'IN',
    'mobile',
    [
      ['49.32.0.0', 12],
      ['157.32.0.0', 12],
    ],
    ['2409:4000'],
    0.5,
  ),
  net('airtel-in', 'IN', 'mobile', [
    ['122.160.0.0', 12],
    ['106.192.0.0', 11],
  ]),
  net('ptcl', 'PK', 'broadband', [
    ['119.152.0.0', 13],
    ['182.176.0.0', 12],
  ]),
  net('jazz', 'PK', 'mobile', [['39.32.0.0', 11]]),
  net('pldt', 'PH', 'broadband', [['112.198.0.0', 16]]),
  net('smart-ph', 'PH', 'mobile', [
    ['49.144.0.0', 13],
    ['112.200.0.0', 13],
  ]),
  net('globe', 'PH', 'mobile', [
    ['110.54.128.0', 17],
    ['124.104.0.0', 14],
  ]),
  net('bt', 'GB', 'broadband', [
    ['86.128.0.0', 10],
    ['81.128.0.0', 11],
  ]),
  net('virgin-media', 'GB', 'broadband', [['82.0.0.0', 14]]),
  net('ee', 'GB', 'mobile', [['31.94.0.0', 16]]),
  net('three-uk', 'GB', 'mobile', [['188.29.0.0', 16]]),
  net('comcast', 'US', 'broadband', [
    ['73.0.0.0', 8],
    ['24.0.0.0', 12],
  ]),
  net('telekom-de', 'DE', 'broadband', [
    ['79.192.0.0', 10],
    ['87.128.0.0', 10],
    ['91.0.0.0', 10],
  ]),
  net('rogers', 'CA', 'broadband', [['99.224.0.0', 11]]),
  net('telefonica-es', 'ES', 'broadband', [['83.32.0.0', 11]]),
  net('lebanon-dsl', 'LB', 'broadband', [['178.135.0.0', 16]]),
  net('omantel', 'OM', 'mobile', [['5.36.0.0', 15]]),
  net('ru-broadband', 'RU', 'broadband', [['95.24.0.0', 13]]),
  net('ng-mobile', 'NG', 'mobile', [['105.112.0.0', 12]]),
  net('vn-broadband', 'VN', 'broadband', [['113.160.0.0', 11]]),
  net('id-broadband', 'ID', 'broadband', [['36.64.0.0', 11]]),
  // VPN exits and cloud hosts.
  net('vpn-leaseweb-nl', 'NL', 'vpn', [
    ['85.17.0.0', 16],
    ['37.48.64.0', 18],
  ]),
  net('vpn-datacamp-nl', 'NL', 'vpn', [['185.107.44.0', 22]]),
  net('vpn-linode-uk', 'GB', 'vpn', [['178.79.128.0', 18]]),
  net('vpn-hetzner-de', 'DE', 'vpn', [
    ['88.198.0.0', 16],
    ['78.46.0.0', 15],
  ]),
  net('vpn-aws-us', 'US', 'vpn', [
    ['44.192.0.0', 11],
    ['3.80.0.0', 12],
  ]),
  net('digitalocean-nl', 'NL', 'hosting', [['188.166.0.0', 17]]),
  net('digitalocean-de', 'DE', 'hosting', [['164.90.160.0', 19]]),
  net('hetzner-fi', 'FI', 'hosting', [['65.21.0.0', 16]]),
  net('aws-bahrain', 'BH', 'hosting', [['15.184.0.0', 15]]),
  net('aws-frankfurt', 'DE', 'hosting', [['3.120.0.0', 14]]),
  net('gcp-nl', 'NL', 'hosting', [['34.90.0.0', 15]]),
];
