import { type NetKind, type Network, type V6Range } from './networks.js';

/**
 * Networks abroad: where honest travellers and virtual assistants connect from, and where fraud crews sit
 * (checked with geoip-country like the North American ones).
 */

const net = (
  name: string,
  country: string,
  kind: NetKind,
  v4: readonly string[],
  v6: readonly V6Range[] = [],
): Network => ({ name, country, kind, weight: 1, v4, v6 });

export const ABROAD: readonly Network[] = [
  net('mx-telmex', 'MX', 'residential', ['189.128.0.0/10', '201.141.0.0/16'], [['2806', 0x2f0, 0x2f0]]),
  net('gb-broadband', 'GB', 'residential', ['86.128.0.0/10', '81.96.0.0/12'], [['2a00', 0x23c0, 0x23c7]]),
  net('de-telekom', 'DE', 'residential', ['79.192.0.0/10']),
  net('fr-orange', 'FR', 'residential', ['86.192.0.0/12']),
  net('jp-broadband', 'JP', 'residential', ['126.0.0.0/11']),
  net('do-claro', 'DO', 'residential', ['152.166.0.0/15']),
  net(
    'ph-broadband',
    'PH',
    'residential',
    ['112.198.0.0/16', '120.28.0.0/16', '49.144.0.0/13', '112.200.0.0/13'],
    [['2001', 0x4450, 0x4450]],
  ),
  net('in-broadband', 'IN', 'residential', ['122.160.0.0/12', '106.192.0.0/11'], [['2409', 0x4000, 0x40ff]]),
  net('ng-mobile', 'NG', 'mobile', ['102.88.0.0/15', '197.210.0.0/16', '105.112.0.0/12']),
  net('gh-mobile', 'GH', 'mobile', ['154.160.0.0/13', '41.66.192.0/18']),
  net(
    'vn-broadband',
    'VN',
    'residential',
    ['113.160.0.0/11', '171.224.0.0/11', '27.64.0.0/12'],
    [['2402', 0x800, 0x800]],
  ),
  net('pk-broadband', 'PK', 'residential', ['39.32.0.0/11', '119.152.0.0/13']),
  net('ve-cantv', 'VE', 'residential', ['186.88.0.0/13', '190.72.0.0/14']),
  net('ru-broadband', 'RU', 'residential', ['95.24.0.0/13', '178.176.0.0/14']),
  net('id-telkom', 'ID', 'residential', ['36.64.0.0/11']),
];
