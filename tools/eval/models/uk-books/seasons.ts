import { bump, type DayCurve, type LocalDay, nearPayday, seasonOf } from './calendar.js';

/**
 * How busy each day is for each kind of buyer, from the calendar (calendar.ts): readers build towards
 * Christmas with peaks on Super Thursday, the day after the Booker, Book Week Scotland and Black Friday;
 * students crowd into the fortnight before teaching; gift buyers and Australians race their posting dates.
 */

const ramp = (d: LocalDay, from: number, days: number) => Math.min(1, Math.max(0, (d.index - from) / days));

const weekend = (d: LocalDay, sunday: number, saturday: number) =>
  d.weekday === 0 ? sunday : d.weekday === 6 ? saturday : 1;

/** Release days, prizes and the end of the season, on top of a slow autumn build. */
export const readerDay: DayCurve = (d) => {
  const s = seasonOf(d.year);
  let w = 1 + 0.7 * ramp(d, s.scottishTerm - 13, 90);
  const sinceRelease = d.index - s.superThursday;
  if (sinceRelease === 0) w *= 2.2;
  else if (sinceRelease > 0 && sinceRelease <= 2) w *= 1.4;
  if (d.index >= s.booker && d.index <= s.booker + 2) w *= d.index === s.booker ? 1.2 : 1.7;
  if (d.index >= s.bookWeekScotland && d.index < s.bookWeekScotland + 7) w *= 1.3;
  if (d.index >= s.blackFriday && d.index <= s.blackFriday + 3) w *= 1.5;
  if (d.index === s.stAndrewsDay) w *= 1.2;
  if (nearPayday(d)) w *= 1.25;
  return w * weekend(d, 1.15, 0.85);
};

/** Term lists: the fortnight before Scottish teaching starts, then the English one; a trickle all term. */
export const studentDay: DayCurve = (d) => {
  const s = seasonOf(d.year);
  return 0.12 + 2.6 * bump(d.index, s.scottishTerm - 3, 8) + 1.6 * bump(d.index, s.englishTerm - 3, 8);
};

/** Gifts and e-gift cards: birthdays all autumn, then Christmas from November. */
export const giftDay: DayCurve = (d) => {
  const s = seasonOf(d.year);
  let w = 0.6 + 1.8 * ramp(d, s.halloween - 20, 50);
  if (d.index >= s.blackFriday && d.index <= s.blackFriday + 3) w *= 1.6;
  if (nearPayday(d)) w *= 1.3;
  return w * weekend(d, 1.2, 0.9);
};

/** Subscriptions bought as Christmas presents from late October. */
export const subscriptionDay: DayCurve = (d) => {
  const s = seasonOf(d.year);
  return 0.7 + 1.5 * ramp(d, s.halloween - 10, 40) * (nearPayday(d) ? 1.2 : 1);
};

/** Abroad: Australians order before the shop's Christmas airmail date; Americans and Europeans keep building. */
export const abroadDay =
  (country: string): DayCurve =>
  (d) => {
    const s = seasonOf(d.year);
    if (country === 'AU')
      return d.index <= s.australiaCutoff ? 0.8 + 1.7 * ramp(d, s.superThursday - 14, 50) : 0.5;
    if (country === 'US')
      return 0.9 + 1.1 * ramp(d, s.superThursday, 55) * (d.index >= s.blackFriday ? 1.4 : 1);
    return readerDay(d);
  };

/** Collectors read the shop's rare-book list e-mailed on the first Thursday of each month. */
export const collectorDay: DayCurve = (d) =>
  (d.weekday === 4 && d.day <= 7 ? 3 : d.weekday === 5 && d.day <= 8 ? 1.8 : 1) * weekend(d, 0.8, 0.7);

/**
 * Institutions order on working days: new-term stock in early September, spending in November; not on
 * Edinburgh's September holiday Monday nor on St Andrew's Day; schools quiet in the October break.
 */
export const institutionDay: DayCurve = (d) => {
  if (d.weekday === 0 || d.weekday === 6) return 0;
  const s = seasonOf(d.year);
  const septemberHoliday = d.month === 9 && d.weekday === 1 && d.day >= 15 && d.day <= 21;
  if (septemberHoliday || d.index === s.stAndrewsDay) return 0;
  const octoberBreak = d.month === 10 && d.day >= 12 && d.day <= 23;
  return (
    (octoberBreak ? 0.4 : 1) *
    (1 + 0.9 * bump(d.index, s.scottishTerm - 10, 10) + 0.5 * ramp(d, s.halloween, 20))
  );
};

/** Tickets sell in the weeks before Halloween readings and Book Week Scotland's events. */
export const eventDay: DayCurve = (d) => {
  const s = seasonOf(d.year);
  return 0.7 + 1.3 * bump(d.index, s.halloween - 6, 8) + 2.2 * bump(d.index, s.bookWeekScotland - 4, 9);
};

/** Tourists fill the Old Town into October; locals collect all season. */
export const visitorDay: DayCurve = (d) => {
  const s = seasonOf(d.year);
  return 0.6 + 1.6 * (1 - ramp(d, s.scottishTerm, 45)) + 0.3 * ramp(d, s.halloween, 25);
};

/** Holidays abroad: the late-summer fortnight and Scotland's October school break. */
export const travelDay: DayCurve = (d) => {
  const s = seasonOf(d.year);
  const octoberBreak = d.month === 10 && d.day >= 10 && d.day <= 25;
  return 0.6 + 1.2 * (1 - ramp(d, s.scottishTerm - 12, 20)) + (octoberBreak ? 1.6 : 0);
};

/** Fraud follows the money: ordinary days, busier when the shop is busy and near paydays (cards topped up). */
export const fraudDay: DayCurve = (d) => 0.6 + 0.4 * readerDay(d);
