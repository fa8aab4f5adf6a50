import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isIP } from 'node:net';
import { HOSTING_ASNS } from './hosting-asns.js';

/**
 * Which hosting company (if any) an IP address belongs to: the address's autonomous system from the
 * `@ip-location-db/asn` data package (RouteViews and DB-IP, bundled offline), matched against HOSTING_ASNS.
 * Only the hosting networks' ranges are kept in memory (about 20,000 of the ~515,000 rows), read once on first
 * use (~0.1 s). Private, reserved and unknown addresses are not hosting.
 */
export function hostingProvider(ip: string | null | undefined): string | null {
  if (typeof ip !== 'string') return null;
  // A zone index (`fe80::1%eth0`) names the machine's interface, not the network.
  const address = ip.trim().toLowerCase().split('%')[0] ?? '';
  const version = isIP(address);
  if (version === 0) return null;
  const table = tables();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1];
  if (version === 4 || mapped !== undefined) return find(table.v4, BigInt(ipv4Number(mapped ?? address)));
  return find(table.v6, ipv6Number(address));
}

/** Whether the IP belongs to a hosting network; null without a valid IP. */
export function isHostingIp(ip: string | null | undefined): boolean | null {
  if (typeof ip !== 'string' || isIP(ip.trim()) === 0) return null;
  return hostingProvider(ip) !== null;
}

/** Sorted, non-overlapping ranges of one IP version: starts, ends and the provider of each. */
interface RangeTable {
  starts: bigint[];
  ends: bigint[];
  providers: string[];
}

let loaded: { v4: RangeTable; v6: RangeTable } | null = null;

/** Reads the ranges now (the worker does at start), so the first scored event does not wait for them. */
export function loadHostingNetworks(): void {
  tables();
}

function tables(): { v4: RangeTable; v6: RangeTable } {
  if (loaded) return loaded;
  const resolve = createRequire(import.meta.url).resolve;
  loaded = {
    v4: readRanges(resolve('@ip-location-db/asn/asn-ipv4-num.csv')),
    v6: readRanges(resolve('@ip-location-db/asn/asn-ipv6-num.csv')),
  };
  return loaded;
}

/** Rows `start,end,asn,organisation`, sorted by start; only the hosting networks' rows are kept. */
function readRanges(file: string): RangeTable {
  const text = readFileSync(file, 'latin1');
  const table: RangeTable = { starts: [], ends: [], providers: [] };
  let line = 0;
  while (line < text.length) {
    const next = text.indexOf('\n', line);
    const end = next < 0 ? text.length : next;
    const first = text.indexOf(',', line);
    const second = text.indexOf(',', first + 1);
    const third = text.indexOf(',', second + 1);
    if (first > line && second > first && third > second && third < end) {
      const provider = HOSTING_ASNS.get(Number(text.slice(second + 1, third)));
      if (provider !== undefined) {
        table.starts.push(BigInt(text.slice(line, first)));
        table.ends.push(BigInt(text.slice(first + 1, second)));
        table.providers.push(provider);
      }
    }
    line = end + 1;
  }
  return table;
}

function find(table: RangeTable, n: bigint): string | null {
  let low = 0;
  let high = table.starts.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((table.starts[mid] as bigint) > n) high = mid - 1;
    else if ((table.ends[mid] as bigint) < n) low = mid + 1;
    else return table.providers[mid] as string;
  }
  return null;
}

function ipv4Number(address: string): number {
  return address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function ipv6Number(address: string): bigint {
  const [head = '', tail] = address.split('::');
  const groups = (part: string): string[] => (part === '' ? [] : part.split(':'));
  let left = groups(head);
  let right = tail === undefined ? [] : groups(tail);
  // An embedded IPv4 tail (`::1.2.3.4`, `64:ff9b::1.2.3.4`) is two groups.
  const expand = (parts: string[]): string[] =>
    parts.flatMap((p) => {
      if (!p.includes('.')) return [p];
      const v4 = ipv4Number(p);
      return [Math.floor(v4 / 65536).toString(16), (v4 % 65536).toString(16)];
    });
  left = expand(left);
  right = expand(right);
  const all =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return all.reduce((n, group) => (n << 16n) + BigInt(parseInt(group, 16) || 0), 0n);
}
