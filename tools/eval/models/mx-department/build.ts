import { type Address, type Buyer, type Device, type Window } from '../kit/purchase.js';
import { type Rng } from '../kit/random.js';
import { type Basket, basketOf, type Code, type Fulfilment, fulfilmentFor, type Line } from './catalogue.js';
import { type Network } from './networks.js';
import { ipOn } from './networks.js';
import { type Account } from './people.js';
import { STORES } from './places.js';
import { type Attempt, type LaterEvent, type Purchase } from './purchase.js';

/** Puts a planned purchase together: the basket's money, how it is delivered, then payment and later steps. */

export interface World {
  window: Window;
  customers: Account[];
  /** Lab, library and family computers several accounts share. */
  shared: Device[];
}

export interface Plan {
  at: number;
  kind: string;
  fraud: boolean;
  buyer: Buyer;
  billing: Address;
  /** Where a parcel goes; ignored for store pickup and e-mail. */
  shipTo: Address;
  wanted: Fulfilment;
  lines: Line[];
  code?: Code;
  network: Network;
  /** One address a whole run shares (a card tester's server); drawn from `network` otherwise. */
  ip?: string;
  device: Device;
  /** The branch a click & collect order is picked up at (the nearest one otherwise). */
  store?: string;
  company?: { name: string; rfc: string };
  giftMessage?: string;
  pay: (amount: number) => Attempt[];
  later: (fulfilment: Fulfilment, basket: Basket) => LaterEvent[];
}

export function build(rng: Rng, p: Plan): Purchase {
  const fulfilment = fulfilmentFor(p.lines, p.wanted);
  const basket = basketOf(p.lines, fulfilment, p.code);
  const store = fulfilment === 'click_collect' ? (p.store ?? rng.pick(STORES).store) : undefined;
  const shipped = fulfilment === 'home' || fulfilment === 'scheduled' || fulfilment === 'pickup_point';
  return {
    at: p.at,
    fraud: p.fraud,
    kind: p.kind,
    basket,
    billing: p.billing,
    buyer: p.buyer,
    ...(shipped ? { shipping: p.shipTo } : {}),
    fulfilment,
    ...(store ? { store } : {}),
    ip: p.ip ?? ipOn(rng, p.network),
    device: p.device,
    channel: p.device.userAgent.startsWith('AlamedaApp') ? 'app' : 'web',
    ...(p.company ? { company: p.company } : {}),
    ...(p.giftMessage ? { giftMessage: p.giftMessage } : {}),
    attempts: p.pay(basket.amount),
    later: p.later(fulfilment, basket),
  };
}
