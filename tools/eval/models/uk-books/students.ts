import { type Rng } from '../kit/random.js';
import { type World } from './accounts.js';
import { purchaseOf } from './build.js';
import { drawTime, EVENINGS, STUDENT_HOURS } from './calendar.js';
import { basketOf, lineIn, type Line, NEW_BOOKS, textbookLines } from './catalogue.js';
import { network } from './networks.js';
import { addressIn, EDINBURGH, hallsOf, ukTown, UNIVERSITIES, type University } from './places.js';
import { fullName, originIn, type Origin, type Person, personOf } from './people.js';
import { DAY, honestEnding, honestPay, type MethodMix, type Purchase } from './purchase.js';
import { studentDay } from './seasons.js';
import { guest } from './visits.js';

/** Students and their parents buying term lists. */

/** The address a university gives its students. */
function studentEmail(rng: Rng, p: Person, u: University): string {
  const initials = `${p.first.charAt(0)}${p.last.charAt(0)}`.toLowerCase().replace(/[^a-z]/g, 'x');
  switch (u.domain) {
    case 'ed.ac.uk':
      return `s${rng.digits(7)}@ed.ac.uk`;
    case 'napier.ac.uk':
      return `40${rng.digits(6)}@live.napier.ac.uk`;
    case 'gla.ac.uk':
      return `${rng.digits(7)}${p.last.charAt(0).toLowerCase()}@student.gla.ac.uk`;
    case 'dundee.ac.uk':
      return `${rng.digits(9)}@dundee.ac.uk`;
    default:
      return `${initials}${rng.int(10, 999)}@${u.domain}`;
  }
}

const STUDENT_MIX: MethodMix = [
  ['card', 45],
  ['apple_pay', 20],
  ['google_pay', 8],
  ['paypal', 12],
  ['klarna', 15],
];

const ABROAD_STUDENTS: ReadonlyArray<readonly [Origin, string, number]> = [
  ['chinese', 'CN', 35],
  ['indian', 'IN', 18],
  ['american', 'US', 16],
  ['nigerian', 'NG', 10],
  ['malaysian', 'MY', 8],
  ['greek', 'GR', 6],
  ['german', 'DE', 7],
];

/**
 * Term lists in the fortnight before teaching: students on the campus network or their phones, parents
 * paying from home for delivery to halls, international students with cards from home.
 */
export function student(rng: Rng, w: World): Purchase {
  const u = rng.weightedPick(UNIVERSITIES.map((x, i) => [x, i < 3 ? 4 : 1.5] as const));
  const who = rng.weightedPick([
    ['self', 58],
    ['parent', 24],
    ['international', 18],
  ] as const);
  const at = drawTime(rng, w.window, 'uk', studentDay, who === 'parent' ? EVENINGS : STUDENT_HOURS);
  const origin: Origin =
    who === 'international'
      ? rng.weightedPick(ABROAD_STUDENTS.map(([o, , n]) => [o, n] as const))
      : originIn(rng, 'GB');
  const learner = personOf(rng, origin);
  const halls = hallsOf(rng, u);
  const collect = u.town === EDINBURGH && who !== 'parent' && rng.chance(0.25);
  const lines: Line[] = textbookLines(
    rng,
    'GBP',
    rng.weightedPick([
      [1, 35],
      [2, 35],
      [3, 20],
      [4, 10],
    ] as const),
  );
  if (rng.chance(0.2)) lines.push(lineIn(rng.pick(NEW_BOOKS), 'GBP'));
  const fulfilment = collect ? 'click_collect' : 'tracked_48';
  let visit;
  let billing = halls;
  let recipientName: string | undefined;
  if (who === 'parent') {
    const parent = personOf(rng, learner.origin, learner.last);
    const home = addressIn(rng, ukTown(rng, 0.15));
    visit = guest(rng, parent, 'GB', at, { mobile: rng.chance(0.4) });
    billing = home;
    recipientName = fullName(learner);
  } else {
    const onCampus = rng.chance(0.45);
    const uniEmail = rng.chance(0.6);
    const cardCountry =
      who === 'international' ? (ABROAD_STUDENTS.find(([o]) => o === origin)?.[1] ?? 'GB') : 'GB';
    visit = guest(rng, learner, 'GB', at, {
      signUp: 0.45,
      mobile: rng.chance(0.65),
      ...(onCampus ? { network: network('gb-university') } : {}),
      cardCountry,
      ...(uniEmail ? { email: studentEmail(rng, learner, u) } : {}),
    });
  }
  const studentCode = who !== 'parent' && visit.buyer.email.endsWith('.ac.uk') && rng.chance(0.6);
  const basket = basketOf(
    lines,
    'GBP',
    fulfilment,
    'GB',
    studentCode ? { code: 'STUDENT10', percent: 10 } : undefined,
  );
  const cardCountry = visit.cards[0]?.country ?? 'GB';
  const attempts = honestPay(
    rng,
    { ...visit, country: cardCountry, student: who !== 'parent' },
    basket.amount,
    STUDENT_MIX,
  );
  const later = honestEnding(rng, attempts, { fulfilment, destination: 'GB', amount: basket.amount });
  // A wrong edition now and then comes back once the reading list is checked.
  if (attempts.some((a) => a.ok) && rng.chance(0.03))
    later.push({
      type: 'refund.created',
      afterMs: rng.int(6, 20) * DAY,
      reason: 'returned_wrong_edition',
      amount: lines[0]?.price ?? basket.amount,
    });
  return purchaseOf({
    kind: 'student',
    at,
    zone: 'uk',
    visit,
    billing,
    ...(collect ? {} : { shipping: halls }),
    ...(recipientName ? { recipientName } : {}),
    basket,
    fulfilment,
    attempts,
    later,
  });
}
