import { asciiSlug, type PersonName } from './names.js';
import { table, type Rng, type Weighted } from './random.js';

/**
 * Mailbox providers by country (roughly their consumer market share among online shoppers), privacy relays
 * that honest people use, and the disposable-mail domains throwaway accounts come from.
 */

const PROVIDERS: Record<string, Weighted<string>> = {
  DE: table(
    'gmail.com 27, gmx.de 18, web.de 17, t-online.de 9, outlook.de 4, hotmail.de 4, icloud.com 7, yahoo.de 3, gmx.net 4, freenet.de 2, posteo.de 1, mail.de 1',
  ),
  AT: table(
    'gmail.com 35, gmx.at 18, hotmail.com 8, outlook.com 6, aon.at 7, icloud.com 7, chello.at 3, yahoo.com 3, a1.net 3, gmx.net 4, web.de 2',
  ),
  CH: table(
    'gmail.com 35, bluewin.ch 18, gmx.ch 10, hotmail.com 8, icloud.com 9, outlook.com 5, sunrise.ch 4, hispeed.ch 3, protonmail.com 3',
  ),
  FR: table(
    'gmail.com 36, orange.fr 11, hotmail.fr 11, free.fr 8, yahoo.fr 6, sfr.fr 5, laposte.net 4, icloud.com 6, outlook.fr 4, wanadoo.fr 3, live.fr 3, neuf.fr 1',
  ),
  BE: table(
    'gmail.com 40, hotmail.com 14, skynet.be 9, telenet.be 11, outlook.com 7, icloud.com 6, hotmail.be 5, yahoo.fr 3, proximus.be 3',
  ),
  LU: table('gmail.com 40, pt.lu 15, hotmail.com 15, outlook.com 10, icloud.com 10, yahoo.fr 5'),
  NL: table(
    'gmail.com 42, hotmail.com 15, outlook.com 8, live.nl 6, ziggo.nl 8, kpnmail.nl 6, icloud.com 7, planet.nl 3, home.nl 2, xs4all.nl 2, hetnet.nl 1',
  ),
  IT: table(
    'gmail.com 42, libero.it 14, hotmail.it 10, yahoo.it 6, virgilio.it 5, icloud.com 6, outlook.it 5, alice.it 3, tiscali.it 2, live.it 4, email.it 1, tin.it 2',
  ),
  ES: table(
    'gmail.com 52, hotmail.com 14, hotmail.es 8, yahoo.es 6, outlook.es 6, icloud.com 7, telefonica.net 2, live.com 3, yahoo.com 2',
  ),
  PT: table(
    'gmail.com 55, hotmail.com 15, sapo.pt 8, outlook.pt 6, icloud.com 6, live.com.pt 5, yahoo.com 5',
  ),
  PL: table(
    'gmail.com 36, wp.pl 17, o2.pl 12, onet.pl 12, interia.pl 8, op.pl 3, icloud.com 4, outlook.com 4, tlen.pl 1, vp.pl 1, poczta.fm 2',
  ),
  CZ: table('seznam.cz 42, gmail.com 32, email.cz 8, centrum.cz 7, post.cz 3, icloud.com 4, outlook.com 4'),
  GB: table(
    'gmail.com 40, hotmail.co.uk 11, outlook.com 7, yahoo.co.uk 7, btinternet.com 6, icloud.com 10, sky.com 3, live.co.uk 4, aol.com 2, hotmail.com 4, virginmedia.com 2, talktalk.net 2, me.com 2',
  ),
  IE: table(
    'gmail.com 52, hotmail.com 14, outlook.com 8, eircom.net 5, icloud.com 9, yahoo.ie 3, live.ie 4, yahoo.com 3, hotmail.co.uk 2',
  ),
  SE: table(
    'gmail.com 48, hotmail.com 16, outlook.com 7, telia.com 5, icloud.com 10, live.se 6, yahoo.se 4, bredband.net 2, spray.se 1',
  ),
  DK: table(
    'gmail.com 46, hotmail.com 17, outlook.dk 6, live.dk 6, yahoo.dk 4, icloud.com 10, mail.dk 4, jubii.dk 3, stofanet.dk 2',
  ),
  NO: table(
    'gmail.com 48, hotmail.com 17, online.no 8, outlook.com 7, icloud.com 10, live.no 5, yahoo.no 3, getmail.no 2',
  ),
  FI: table(
    'gmail.com 48, hotmail.com 14, outlook.com 8, luukku.com 6, icloud.com 9, live.fi 5, yahoo.com 4, suomi24.fi 3, elisanet.fi 3',
  ),
  GR: table('gmail.com 62, yahoo.gr 12, hotmail.com 12, otenet.gr 6, outlook.com 4, icloud.com 4'),
  RO: table('gmail.com 60, yahoo.com 22, yahoo.ro 6, hotmail.com 6, icloud.com 3, outlook.com 3'),
  US: table(
    'gmail.com 48, yahoo.com 14, hotmail.com 8, outlook.com 6, icloud.com 12, aol.com 5, comcast.net 4, att.net 3',
  ),
  CA: table(
    'gmail.com 50, hotmail.com 15, outlook.com 8, yahoo.ca 8, icloud.com 10, videotron.ca 4, rogers.com 5',
  ),
  UA: table('gmail.com 70, ukr.net 20, i.ua 5, meta.ua 5'),
  RU: table('mail.ru 35, yandex.ru 30, gmail.com 25, rambler.ru 5, bk.ru 5'),
  TR: table('gmail.com 65, hotmail.com 25, yandex.com 5, outlook.com 5'),
  IR: table('gmail.com 70, yahoo.com 15, chmail.ir 10, outlook.com 5'),
  SY: table('gmail.com 70, hotmail.com 20, yahoo.com 10'),
  CU: table('nauta.cu 55, gmail.com 35, yahoo.es 10'),
  KP: table('gmail.com 60, outlook.com 40'),
};

const DEFAULT_PROVIDERS: Weighted<string> = table(
  'gmail.com 60, outlook.com 15, hotmail.com 15, yahoo.com 10',
);

/** Privacy relays: Apple "Hide My Email", DuckDuckGo, Firefox Relay, SimpleLogin, Proton — used by honest people. */
export const PRIVACY_RELAYS: Weighted<string> = table(
  'privaterelay.appleid.com 70, duck.com 10, mozmail.com 6, simplelogin.com 4, proton.me 6, pm.me 4',
);

/** Real disposable-mail services (public inboxes or ten-minute mailboxes). */
export const DISPOSABLE_DOMAINS: Weighted<string> = table(
  'mailinator.com 14, guerrillamail.com 10, sharklasers.com 7, grr.la 3, 10minutemail.com 9, yopmail.com 13, yopmail.fr 3, temp-mail.org 7, trashmail.com 6, trashmail.de 3, dispostable.com 4, maildrop.cc 5, getnada.com 4, throwawaymail.com 4, mohmal.com 3, emailondeck.com 3, spam4.me 2',
);

export function providerFor(rng: Rng, country: string): string {
  return rng.weighted(PROVIDERS[country] ?? DEFAULT_PROVIDERS);
}

/** How people build the part before the @: real names mostly, with birth years and nicknames. */
export function localPart(rng: Rng, name: PersonName): string {
  const g = asciiSlug(name.given);
  const f = asciiSlug(name.family);
  const year = String(rng.int(1958, 2006));
  const style = rng.weighted<string>([
    ['g.f', 30],
    ['gf', 12],
    ['g_f', 5],
    ['g.fYY', 10],
    ['gfYYYY', 6],
    ['ginitialf', 8],
    ['f.g', 6],
    ['gYY', 6],
    ['nick', 8],
    ['g-f', 4],
    ['fg', 3],
    ['ginitial.f', 2],
  ]);
  switch (style) {
    case 'g.f':
      return `${g}.${f}`;
    case 'gf':
      return `${g}${f}`;
    case 'g_f':
      return `${g}_${f}`;
    case 'g.fYY':
      return `${g}.${f}${year.slice(2)}`;
    case 'gfYYYY':
      return `${g}${f}${year}`;
    case 'ginitialf':
      return `${g[0] ?? 'x'}${f}`;
    case 'f.g':
      return `${f}.${g}`;
    case 'gYY':
      return `${g}${year.slice(2)}`;
    case 'g-f':
      return `${g}-${f}`;
    case 'fg':
      return `${f}${g}`;
    case 'ginitial.f':
      return `${g[0] ?? 'x'}.${f}`;
    default:
      return `${rng.pick(['the', 'mr', 'its', 'real', 'big', 'little', ''])}${g.slice(0, 4)}${rng.pick(['', 'x', 'o', 'i'])}${rng.int(1, 999)}`;
  }
}

export function personalEmail(rng: Rng, name: PersonName, country: string): string {
  return `${localPart(rng, name)}@${providerFor(rng, country)}`;
}

/** A relay address: random local part, e.g. `x7q2mfk8yz@privaterelay.appleid.com`. */
export function relayEmail(rng: Rng, name: PersonName): string {
  const domain = rng.weighted(PRIVACY_RELAYS);
  if (domain === 'privaterelay.appleid.com') return `${rng.letters(10)}@${domain}`;
  if (domain === 'duck.com') return `${asciiSlug(name.given)}${rng.letters(4)}@${domain}`;
  if (domain === 'proton.me' || domain === 'pm.me') return `${localPart(rng, name)}@${domain}`;
  return `${rng.pick(['shop', 'buy', 'store', 'web'])}.${rng.letters(6)}@${domain}`;
}

export function disposableEmail(rng: Rng, name: PersonName | null): string {
  const domain = rng.weighted(DISPOSABLE_DOMAINS);
  const local =
    name && rng.chance(0.45)
      ? `${asciiSlug(name.given)}${asciiSlug(name.family).slice(0, 3)}${rng.int(1, 99)}`
      : rng.chance(0.5)
        ? rng.letters(rng.int(6, 10))
        : `${rng.letters(rng.int(3, 5))}${rng.int(100, 99999)}`;
  return `${local}@${domain}`;
}

/** Work addresses for B2B buyers: the company's own domain. */
export function companyEmail(rng: Rng, name: PersonName, companyDomain: string): string {
  const g = asciiSlug(name.given);
  const f = asciiSlug(name.family);
  return rng.chance(0.7) ? `${g}.${f}@${companyDomain}` : `${g[0] ?? 'x'}.${f}@${companyDomain}`;
}

/** Relay or throwaway inbox (for labelling honest orders that use one). */
export function isPrivacyAddress(email: string): boolean {
  const domain = email.slice(email.indexOf('@') + 1);
  return PRIVACY_RELAYS.some(([d]) => d === domain) || DISPOSABLE_DOMAINS.some(([d]) => d === domain);
}
