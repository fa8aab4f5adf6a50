import { isIP } from 'node:net';
import { type ListKind } from '@vigil/contracts';
import { normalizeListItem } from '@vigil/risk-engine';
import { containsCardNumber } from '@vigil/webhooks';

export type ListValueCheck = { ok: true; value: string } | { ok: false; message: string };

const MAX_LENGTH = 320;
const DOMAIN =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])$/;
/** Control characters (newlines, NUL, DEL) have no place in any list value. */
const hasControl = (value: string): boolean =>
  [...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

const KIND_WORDS: Record<ListKind, string> = {
  email: 'an email address such as ann@example.com',
  email_domain: 'an email domain such as example.com',
  ip: 'a single IPv4 or IPv6 address (ranges are not supported)',
  country: "an ISO 3166 alpha-2 country code such as 'NG'",
  card_fingerprint: "the provider's card fingerprint (never a card number)",
  card_bin: 'the first 6 to 8 digits of a card number',
  customer_id: "the store's customer id",
  device_id: 'a device id',
};

function shapeOk(kind: ListKind, value: string): boolean {
  switch (kind) {
    case 'email': {
      const at = value.lastIndexOf('@');
      const local = value.slice(0, at);
      return (
        at > 0 && local.length <= 64 && !/[\s@]/.test(local) && DOMAIN.test(value.slice(at + 1).toLowerCase())
      );
    }
    case 'email_domain':
      return DOMAIN.test(value.replace(/^@+/, '').toLowerCase());
    case 'ip':
      return isIP(value) !== 0;
    case 'country':
      return /^[A-Za-z]{2}$/.test(value);
    case 'card_bin':
      return /^\d{6,8}$/.test(value);
    case 'card_fingerprint':
      return value.length <= 255 && !/\s/.test(value) && !containsCardNumber(value);
    case 'customer_id':
    case 'device_id':
      return value.length <= 255;
  }
}

/** Validates a list value for its list's kind and normalizes it the way the risk engine compares it. */
export function checkListValue(kind: ListKind, raw: string): ListValueCheck {
  const value = raw.trim();
  if (value === '') return { ok: false, message: 'value is required' };
  if (value.length > MAX_LENGTH || hasControl(value) || !shapeOk(kind, value)) {
    return { ok: false, message: `value must be ${KIND_WORDS[kind]} for a list of kind ${kind}` };
  }
  const normalized = normalizeListItem(kind, value);
  return normalized === null ? { ok: false, message: 'value is required' } : { ok: true, value: normalized };
}
