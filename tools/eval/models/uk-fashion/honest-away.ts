import { cardFrom } from './cards.js';
import { everydayLines } from './catalog.js';
import { ipOf } from './geo-ip.js';
import { account, build, goods, honestAfter, newBuyer, paid } from './kit.js';
import { deviceFor, emailFor, personName, relayEmail, studentEmail } from './people.js';
import { bfpo, borderHome, homeIn } from './places.js';
import { DAY } from './purchase.js';
import { type Planner } from './honest-everyday.js';

/** Honest shoppers whose network, card or address is somewhere unexpected. */

/** On holiday or a work trip: hotel or café Wi-Fi abroad, the usual card, delivery home. */
export const traveller: Planner = (rng, world) => {
  const c = world.returning(rng);
  const at = world.time(rng);
  const net = rng.pick([
    'es-broadband',
    'pt-broadband',
    'fr-broadband',
    'us-broadband',
    'ae-broadband',
    'nl-broadband',
    'de-broadband',
  ]);
  const lines = everydayLines(rng, world.discount(rng, at));
  return build({
    at,
    kind: 'traveller',
    fraud: false,
    buyer: account(c),
    billing: c.home,
    shipping: c.home,
    ip: ipOf(rng, net, 0.2),
    device: c.device,
    lines,
    attempts: paid(rng, c.card),
    followUps: honestAfter(rng, goods(lines), true),
  });
};

/** Britons living in Spain, Portugal, France or the Gulf: UK card and old UK billing, parcel to family at home. */
export const expat: Planner = (rng, world) => {
  const at = world.time(rng);
  const country = rng.pick(['ES', 'PT', 'FR', 'AE', 'CY']);
  const name = personName(rng);
  const oldHome = homeIn(rng, 'GB');
  const lines = everydayLines(rng, world.discount(rng, at));
  return build({
    at,
    kind: 'expat_abroad',
    fraud: false,
    buyer: newBuyer(rng, at, name, emailFor(rng, name), 0.3, Math.round(rng.float(30, 900) * DAY)),
    billing: oldHome,
    shipping: rng.chance(0.6) ? homeIn(rng, 'GB') : oldHome,
    ip: ipOf(rng, `${country.toLowerCase()}-broadband`),
    device: deviceFor(rng),
    lines,
    attempts: paid(rng, cardFrom(rng, rng.chance(0.8) ? 'GB' : country === 'CY' ? 'CY' : 'ES')),
    followUps: honestAfter(rng, goods(lines), true, 0.15),
  });
};

/** iCloud Private Relay, a VPN on a cloud host, Hide My Email: privacy, not fraud. */
export const privacyUser: Planner = (rng, world) => {
  const c = world.returning(rng);
  const at = world.time(rng);
  const vpn = rng.chance(0.45);
  const net = vpn ? rng.pick(['gb-cloud', 'ie-cloud', 'nl-cloud', 'de-cloud', 'fr-cloud']) : 'us-relay';
  const lines = everydayLines(rng, world.discount(rng, at));
  return build({
    at,
    kind: 'privacy_user',
    fraud: false,
    buyer: { ...account(c), email: rng.chance(0.6) ? relayEmail(rng) : c.email },
    billing: c.home,
    shipping: c.home,
    ip: ipOf(rng, net),
    device: rng.chance(0.2) ? { userAgent: c.device.userAgent ?? 'Mozilla/5.0' } : c.device,
    lines,
    attempts: paid(rng, c.card),
    followUps: honestAfter(rng, goods(lines), true),
  });
};

/** Students: campus networks, university mailboxes, home-country cards for international students. */
export const student: Planner = (rng, world) => {
  const at = world.time(rng);
  const country = rng.chance(0.8) ? 'GB' : 'IE';
  const home = homeIn(rng, country);
  const name = personName(rng);
  const cardCountry = rng.chance(0.35) ? rng.pick(['CN', 'IN', 'NG', 'US', 'HK', 'AE']) : country;
  const lines = everydayLines(rng, world.discount(rng, at) || 0.1);
  return build({
    at,
    kind: 'student',
    fraud: false,
    buyer: newBuyer(
      rng,
      at,
      name,
      studentEmail(rng, name, country),
      0.2,
      Math.round(rng.float(0.01, 400) * DAY),
    ),
    billing:
      cardCountry === country
        ? home
        : {
            ...homeIn(rng, country),
            line1: `Room ${rng.int(1, 400)}, ${rng.pick(['Owens Park', 'Pollock Halls', 'Campus Residences'])}`,
          },
    shipping: home,
    ip: rng.chance(0.55)
      ? ipOf(rng, country === 'IE' ? 'ie-campus' : 'gb-janet')
      : world.mobileIp(rng, country),
    device: deviceFor(rng, 0.6),
    lines,
    currency: country === 'IE' ? 'EUR' : 'GBP',
    attempts: paid(rng, cardFrom(rng, cardCountry)),
    followUps: honestAfter(rng, goods(lines), true),
  });
};

/** Life along the Irish border: a Newry or Derry card and phone, a Donegal or Dundalk home, or the reverse. */
export const crossBorder: Planner = (rng, world) => {
  const at = world.time(rng);
  const livesSouth = rng.chance(0.5);
  const home = borderHome(rng, livesSouth ? 'IE' : 'GB');
  const name = personName(rng);
  const other = livesSouth ? 'GB' : 'IE';
  const lines = everydayLines(rng, world.discount(rng, at));
  return build({
    at,
    kind: 'cross_border_ni_roi',
    fraud: false,
    buyer: newBuyer(
      rng,
      at,
      name,
      emailFor(rng, name, home.country),
      0.3,
      Math.round(rng.float(10, 900) * DAY),
    ),
    billing: rng.chance(0.5) ? home : borderHome(rng, other),
    shipping: home,
    ip: world.mobileIp(rng, rng.chance(0.5) ? other : home.country),
    device: deviceFor(rng),
    lines,
    currency: rng.chance(0.5) ? 'EUR' : 'GBP',
    attempts: paid(rng, cardFrom(rng, other)),
    followUps: honestAfter(rng, goods(lines), true),
  });
};

/** Service personnel abroad order to a BFPO number: UK card, UK billing, IP in Cyprus, Estonia, the Falklands or Germany. */
export const forcesBfpo: Planner = (rng, world) => {
  const at = world.time(rng);
  const name = personName(rng);
  const home = homeIn(rng, 'GB');
  const lines = everydayLines(rng, world.discount(rng, at));
  return build({
    at,
    kind: 'forces_bfpo',
    fraud: false,
    buyer: newBuyer(rng, at, name, emailFor(rng, name), 0.2, Math.round(rng.float(60, 1500) * DAY)),
    billing: home,
    shipping: bfpo(rng, name),
    ip: ipOf(rng, rng.pick(['cy-broadband', 'ee-broadband', 'fk-broadband', 'de-broadband'])),
    device: deviceFor(rng),
    lines,
    attempts: paid(rng, cardFrom(rng, 'GB')),
    followUps: honestAfter(rng, goods(lines), true, 0.1),
  });
};

/** Jersey and the Isle of Man: GBP, local islands' networks and cards, JE/IM postcodes. */
export const islander: Planner = (rng, world) => {
  const at = world.time(rng);
  const country = rng.chance(0.7) ? 'JE' : 'IM';
  const home = homeIn(rng, country);
  const name = personName(rng);
  const lines = everydayLines(rng, world.discount(rng, at));
  return build({
    at,
    kind: 'island_customer',
    fraud: false,
    buyer: newBuyer(rng, at, name, emailFor(rng, name), 0.3, Math.round(rng.float(30, 2000) * DAY)),
    billing: home,
    shipping: home,
    ip: ipOf(rng, country === 'JE' ? 'je-broadband' : 'im-broadband'),
    device: deviceFor(rng),
    lines,
    currency: 'GBP',
    attempts: paid(rng, cardFrom(rng, country === 'JE' ? 'JE' : 'GB')),
    followUps: honestAfter(rng, goods(lines), true),
  });
};
