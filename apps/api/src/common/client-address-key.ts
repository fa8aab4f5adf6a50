import { isIPv4, isIPv6 } from 'node:net';

/** Full eight groups of an IPv6 address (`2001:db8::1` → ['2001','db8','0',…,'1']); null when not one. */
function ipv6Groups(address: string): string[] | null {
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail (`::ffff:1.2.3.4`) is two groups.
  const last = right.length > 0 ? right : left;
  const v4 = last.at(-1);
  if (v4 && isIPv4(v4)) {
    const [a = 0, b = 0, c = 0, d = 0] = v4.split('.').map(Number);
    last.splice(-1, 1, ((a << 8) | b).toString(16), ((c << 8) | d).toString(16));
  }
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 0) return null;
  return [...left, ...Array.from({ length: missing }, () => '0'), ...right].map((group) =>
    (Number.parseInt(group, 16) || 0).toString(16),
  );
}

const MAPPED_PREFIX = '::ffff:';

/**
 * The key per-client limits count under: an IPv4 address as it is (IPv4-mapped IPv6 too), and an IPv6
 * address by its /64, the block one subscriber usually holds, so rotating addresses inside it does not
 * reset a limit (docs/operations.md "Login throttling").
 */
export function clientAddressKey(address: string): string {
  const zone = address.indexOf('%');
  const plain = zone === -1 ? address : address.slice(0, zone);
  // Fast path for what dual-stack sockets report for every IPv4 client (`::ffff:a.b.c.d`): the same key the
  // group parsing below gives (isIPv4 accepts only canonical dotted quads), without it.
  if (
    plain.length > MAPPED_PREFIX.length &&
    plain.slice(0, MAPPED_PREFIX.length).toLowerCase() === MAPPED_PREFIX
  ) {
    const v4 = plain.slice(MAPPED_PREFIX.length);
    if (isIPv4(v4)) return v4;
  }
  if (!isIPv6(plain)) return plain;
  const groups = ipv6Groups(plain.toLowerCase());
  if (!groups) return plain;
  if (groups.slice(0, 6).join(':') === '0:0:0:0:0:ffff') {
    const [hi = 0, lo = 0] = groups.slice(6).map((group) => Number.parseInt(group, 16));
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
  }
  return `${groups.slice(0, 4).join(':')}::/64`;
}
