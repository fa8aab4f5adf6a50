import { type SourceWithSecretJson } from '@vigil/contracts';
import { signStandard } from '@vigil/testing';

/** Believable store traffic for screenshots: mostly good orders, some mismatches, some plain fraud. */
interface Buyer {
  name: string;
  email: string;
  country: string;
  city: string;
  postalCode: string;
  line1: string;
  ip: string;
}

const BUYERS: Buyer[] = [
  {
    name: 'Aoife Byrne',
    email: 'aoife.byrne@eircom.net',
    country: 'IE',
    city: 'Dublin',
    postalCode: 'D02 X285',
    line1: '12 Merrion Sq',
    ip: '87.198.0.10',
  },
  {
    name: 'Lukas Weber',
    email: 'lukas.weber@gmx.de',
    country: 'DE',
    city: 'Berlin',
    postalCode: '10115',
    line1: 'Invalidenstr. 5',
    ip: '85.214.132.117',
  },
  {
    name: 'Camille Martin',
    email: 'camille.martin@orange.fr',
    country: 'FR',
    city: 'Lyon',
    postalCode: '69002',
    line1: '8 Rue de la Ré',
    ip: '5.135.0.10',
  },
  {
    name: 'James Carter',
    email: 'jcarter@gmail.com',
    country: 'US',
    city: 'Austin',
    postalCode: '78701',
    line1: '400 Congress Ave',
    ip: '8.8.8.8',
  },
  {
    name: 'Sofia Rossi',
    email: 'sofia.rossi@libero.it',
    country: 'IT',
    city: 'Milano',
    postalCode: '20121',
    line1: 'Via Dante 7',
    ip: '151.1.0.10',
  },
  {
    name: 'Emma de Vries',
    email: 'emma.devries@ziggo.nl',
    country: 'NL',
    city: 'Utrecht',
    postalCode: '3511',
    line1: 'Oudegracht 21',
    ip: '84.80.0.10',
  },
  {
    name: 'Oliver Smith',
    email: 'oliver.smith@btinternet.com',
    country: 'GB',
    city: 'Leeds',
    postalCode: 'LS1 4DY',
    line1: '3 Park Row',
    ip: '81.2.69.142',
  },
];

/** The i-th order of the demo stream; every 7th buyer misbehaves in one of a few ways. */
export function demoOrder(i: number, prefix: string): Record<string, unknown> {
  const buyer = BUYERS[i % BUYERS.length];
  const pattern = i % 9;
  const orderId = `${prefix}${4200 + i}`;
  let amount = 1_500 + ((i * 7_919) % 18_000);
  // Every good order is its own person, card and device; fraud patterns reuse them.
  let email = buyer.email.replace('@', `+${i}@`);
  let shipping = {
    country: buyer.country,
    postalCode: buyer.postalCode,
    city: buyer.city,
    line1: buyer.line1,
  };
  let ip = buyer.ip.replace(/\.\d+$/, `.${10 + (i % 200)}`);
  let checks = { avs: 'pass', cvc: 'pass' };
  let customerCreated = '2023-03-14T09:00:00Z';
  if (pattern === 3) {
    // Ships abroad from a foreign IP: held for a look.
    amount = 128_900 + i * 10;
    shipping = { country: 'NG', postalCode: '100001', city: 'Lagos', line1: '14 Broad St' };
    ip = '41.58.0.10';
  } else if (pattern === 5) {
    // Big first order from a brand-new customer on a throw-away address.
    amount = 612_000 + i * 100;
    email = `deals${i}@mailinator.com`;
    customerCreated = new Date().toISOString();
  } else if (pattern === 7) {
    // Card checks failed.
    checks = { avs: 'fail', cvc: i % 2 === 0 ? 'fail' : 'pass' };
  }
  return {
    type: 'order.created',
    timestamp: new Date().toISOString(),
    data: {
      orderId,
      paymentId: `pi_${orderId}`,
      amount,
      currency: i % 11 === 0 ? 'USD' : 'EUR',
      customer: { id: `cus_${1000 + i}`, email, name: buyer.name, createdAt: customerCreated },
      billing: { country: buyer.country, postalCode: buyer.postalCode, city: buyer.city, line1: buyer.line1 },
      shipping,
      ip,
      deviceId: `dev_${prefix}${i}`,
      userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15',
      card: {
        bin: ['424242', '555555', '400005'][i % 3],
        last4: String(1000 + ((i * 37) % 9000)).slice(-4),
        brand: ['visa', 'mastercard', 'visa'][i % 3],
        country: buyer.country,
        fingerprint: pattern === 7 ? `fp_stolen_${i % 3}` : `fp_${prefix}${i}`,
      },
      checks,
      items: [{ sku: `SKU-${i % 12}`, quantity: 1 + (i % 3), price: amount }],
    },
  };
}

/** Posts orders `from`..`to` of the demo stream to `source`. */
export async function postDemoOrders(
  source: SourceWithSecretJson,
  from: number,
  to: number,
  prefix = 'A-',
): Promise<void> {
  for (let i = from; i < to; i++) {
    const signed = signStandard(source.secret, `msg_demo_${prefix}${i}`, demoOrder(i, prefix));
    const response = await fetch(source.ingestUrl, {
      method: 'POST',
      headers: signed.headers,
      body: signed.body,
    });
    if (response.status !== 202) throw new Error(`demo webhook refused: ${response.status}`);
  }
}
