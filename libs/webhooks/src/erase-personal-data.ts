/** Keys that hold personal data wherever they appear (compared without case, `_` or `-`). */
const PERSONAL_KEYS = new Set([
  'email',
  'contactemail',
  'receiptemail',
  'customeremail',
  'billingemail',
  'phone',
  'ip',
  'ipaddress',
  'browserip',
  'clientip',
  'useragent',
  'firstname',
  'lastname',
  'fullname',
  'address1',
  'address2',
  'line1',
  'line2',
  'street',
  'zip',
  'postalcode',
  'postcode',
  'latitude',
  'longitude',
  'customerid',
  'deviceid',
]);

/**
 * Keys that are personal only inside a person or address object (Shopify's order `name` is "#1001"; a
 * customer's `id` is theirs, an order's is not).
 */
const CONTEXTUAL_KEYS = new Set(['name', 'city', 'company', 'id']);
const PERSON_CONTAINERS =
  /^(customer|billing|shipping|billingaddress|shippingaddress|billingdetails|address|defaultaddress|owner|contact)$/;

const normalize = (key: string): string => key.toLowerCase().replace(/[_-]/g, '');

export interface ErasureTarget {
  /** Lower-case email of the customer. */
  email: string;
  /** IP addresses seen on the customer's transactions. */
  ips: string[];
  /** Other values that identify them (customer ids, device ids, names): strings equal to one are removed. */
  values?: string[];
}

/**
 * A copy of a provider payload without one customer's personal data: personal fields are removed, and any
 * other string that contains their email or equals one of their IPs or identifying values is removed too.
 * Amounts, currencies, countries, statuses and other ids stay, so statistics and rules keep working
 * (docs/security.md#customer-data).
 */
export function erasePersonalData(
  payload: unknown,
  target: ErasureTarget,
): { value: unknown; changed: boolean } {
  let changed = false;
  const exact = new Set([...target.ips, ...(target.values ?? [])].map((value) => value.toLowerCase()));
  const sensitiveString = (value: string): boolean => {
    const lower = value.toLowerCase();
    return (target.email !== '' && lower.includes(target.email)) || exact.has(lower);
  };

  const walk = (value: unknown, inPerson: boolean): unknown => {
    if (Array.isArray(value))
      return value.map((item) => walk(item, inPerson)).filter((item) => item !== DROP);
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        const name = normalize(key);
        // Stripe names the customer by id (`"customer": "cus_…"`).
        const customerReference = name === 'customer' && typeof item === 'string';
        if (PERSONAL_KEYS.has(name) || (inPerson && CONTEXTUAL_KEYS.has(name)) || customerReference) {
          changed = true;
          continue;
        }
        const next = walk(item, PERSON_CONTAINERS.test(name));
        if (next !== DROP) out[key] = next;
      }
      return out;
    }
    if (typeof value === 'string' && sensitiveString(value)) {
      changed = true;
      return DROP;
    }
    return value;
  };

  const value = walk(payload, false);
  return { value: value === DROP ? null : value, changed };
}

const DROP = Symbol('drop');
