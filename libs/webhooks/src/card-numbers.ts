/**
 * Finds card numbers in free text with a single linear scan (no regular expressions, so hostile input cannot
 * cause backtracking): a run is digit groups separated by any run of whitespace, dashes or dots, in any
 * Unicode spelling (tabs, no-break and thin spaces, en dashes, "4242 - 4242", "4242.4242", …); a run of
 * 13–19 digits that passes Luhn is a card number. When a run is longer or fails as a whole (e.g.
 * "4242 4242 4242 4242 12/25" or "qty 2 4242 4242 4242 4242"), whole groups inside it that add up to 13–19
 * digits and pass Luhn count too, so neighbouring numbers cannot hide a card (docs/security.md#card-numbers).
 */

const MIN_DIGITS = 13;
const MAX_DIGITS = 19;

/** Non-ASCII characters that may sit between digit groups: Unicode spaces, invisible joiners, dashes, dots. */
const SEPARATORS: ReadonlySet<number> = new Set([
  // whitespace (Unicode White_Space) and the invisible characters that render as nothing
  0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff,
  // dashes (Unicode Dash_Punctuation, the minus sign, the soft hyphen)
  0xad, 0x058a, 0x05be, 0x1400, 0x1806, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212,
  0x2e17, 0x2e1a, 0x2e3a, 0x2e3b, 0x2e40, 0x301c, 0x3030, 0x30a0, 0xfe31, 0xfe32, 0xfe58, 0xfe63, 0xff0d,
  // dots
  0xb7, 0x0387, 0x2024, 0x2027, 0x2219, 0x22c5, 0x30fb, 0xff0e, 0xff65,
]);

/** The digit's value (ASCII or fullwidth), or -1. */
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

function isSeparator(c: number): boolean {
  if (c < 128) return c === 32 || c === 45 || c === 46 || (c >= 9 && c <= 13);
  return SEPARATORS.has(c);
}

interface Region {
  /** Character range in the text, end exclusive. */
  start: number;
  end: number;
  digits: string;
}

/** Masks every card number to its first 6 and last 4 digits, e.g. "4242 4242 4242 4242" → "424242******4242". */
export function maskCardNumbers(text: string): string {
  const regions = findCardNumbers(text, false);
  if (regions.length === 0) return text;
  let out = '';
  let last = 0;
  for (const region of regions) {
    out += text.slice(last, region.start) + maskDigits(region.digits);
    last = region.end;
  }
  return out + text.slice(last);
}

/** True when the text holds at least one Luhn-valid card number (for tests and logging guards). */
export function containsCardNumber(text: string): boolean {
  return findCardNumbers(text, true).length > 0;
}

/**
 * For fields that are named like a card number: masks all digits once there are 13 or more, Luhn or not
 * (test numbers and typos are still card numbers there).
 */
export function maskAllDigits(text: string): string {
  let digits = '';
  for (let i = 0; i < text.length; i++) {
    const value = digitValue(text.charCodeAt(i));
    if (value >= 0) digits += String(value);
  }
  return digits.length >= MIN_DIGITS ? maskDigits(digits) : maskCardNumbers(text);
}

/** First 6 and last 4 digits kept, the middle as `*`. */
export function maskDigits(digits: string): string {
  return digits.slice(0, 6) + '*'.repeat(Math.max(0, digits.length - 10)) + digits.slice(-4);
}

function isDigit(c: number): boolean {
  return digitValue(c) >= 0;
}

function findCardNumbers(text: string, firstOnly: boolean): Region[] {
  const regions: Region[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let digitCount = 0;
    let groups = 1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isDigit(c)) {
        digitCount++;
        i++;
        continue;
      }
      if (!isSeparator(c)) break;
      let next = i + 1;
      while (next < n && isSeparator(text.charCodeAt(next))) next++;
      if (next >= n || !isDigit(text.charCodeAt(next))) break;
      groups++;
      i = next;
    }
    if (digitCount >= MIN_DIGITS) {
      examineRun(text, start, i, digitCount, groups, regions);
      if (firstOnly && regions.length > 0) return regions;
    }
  }
  return regions;
}

function examineRun(
  text: string,
  start: number,
  end: number,
  digitCount: number,
  groups: number,
  regions: Region[],
): void {
  if (digitCount > MAX_DIGITS && groups === 1) return; // one long unbroken number is not a card
  const digits = new Uint8Array(digitCount);
  const groupDigitStart = new Int32Array(groups + 1); // digit index where each group starts (+ sentinel)
  const groupCharStart = new Int32Array(groups);
  const groupCharEnd = new Int32Array(groups);
  let d = 0;
  let g = 0;
  let inSeparator = false;
  groupCharStart[0] = start;
  for (let i = start; i < end; i++) {
    const value = digitValue(text.charCodeAt(i));
    if (value >= 0) {
      if (inSeparator) {
        groupDigitStart[++g] = d;
        groupCharStart[g] = i;
        inSeparator = false;
      }
      digits[d++] = value;
    } else if (!inSeparator) {
      groupCharEnd[g] = i;
      inSeparator = true;
    }
  }
  groupCharEnd[g] = end;
  groupDigitStart[groups] = digitCount;

  // Luhn prefix sums: `evenDoubled` doubles digits at even indices, `oddDoubled` at odd ones. In a window
  // ending at e (exclusive) the doubled digits are those whose index has the parity of e.
  const evenDoubled = new Int32Array(digitCount + 1);
  const oddDoubled = new Int32Array(digitCount + 1);
  for (let k = 0; k < digitCount; k++) {
    const plain = digits[k];
    const doubled = plain * 2 > 9 ? plain * 2 - 9 : plain * 2;
    evenDoubled[k + 1] = evenDoubled[k] + (k % 2 === 0 ? doubled : plain);
    oddDoubled[k + 1] = oddDoubled[k] + (k % 2 === 1 ? doubled : plain);
  }
  const luhn = (s: number, e: number): boolean => {
    const sums = e % 2 === 0 ? evenDoubled : oddDoubled;
    return (sums[e] - sums[s]) % 10 === 0;
  };
  const digitText = (s: number, e: number): string => {
    let out = '';
    for (let k = s; k < e; k++) out += String(digits[k]);
    return out;
  };

  if (digitCount <= MAX_DIGITS && luhn(0, digitCount)) {
    regions.push({ start, end, digits: digitText(0, digitCount) });
    return;
  }
  if (groups === 1) return;

  // Windows of whole groups; overlapping hits merge so the union is masked as one.
  let mergedFrom = -1;
  let mergedTo = -1;
  const flush = (): void => {
    if (mergedFrom < 0) return;
    const s = groupDigitStart[mergedFrom];
    const e = groupDigitStart[mergedTo + 1];
    regions.push({ start: groupCharStart[mergedFrom], end: groupCharEnd[mergedTo], digits: digitText(s, e) });
    mergedFrom = -1;
  };
  for (let a = 0; a < groups; a++) {
    const s = groupDigitStart[a];
    for (let b = a; b < groups; b++) {
      const e = groupDigitStart[b + 1];
      const size = e - s;
      if (size > MAX_DIGITS) break;
      if (size < MIN_DIGITS || !luhn(s, e)) continue;
      if (mergedFrom >= 0 && a <= mergedTo) mergedTo = Math.max(mergedTo, b);
      else {
        flush();
        mergedFrom = a;
        mergedTo = b;
      }
    }
  }
  flush();
}
