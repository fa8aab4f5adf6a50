/**
 * Finds card numbers in free text with a single linear scan (no regular expressions, so hostile input cannot
 * cause backtracking): a run is digits with at most one space or dash between two digits; a run of 13–19
 * digits that passes Luhn is a card number. When a run is longer or fails as a whole (e.g.
 * "4242 4242 4242 4242 12/25" or "qty 2 4242 4242 4242 4242"), whole space/dash-separated groups inside it
 * that add up to 13–19 digits and pass Luhn count too, so neighbouring numbers cannot hide a card.
 */

const MIN_DIGITS = 13;
const MAX_DIGITS = 19;

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
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += text[i];
  }
  return digits.length >= MIN_DIGITS ? maskDigits(digits) : maskCardNumbers(text);
}

/** First 6 and last 4 digits kept, the middle as `*`. */
export function maskDigits(digits: string): string {
  return digits.slice(0, 6) + '*'.repeat(Math.max(0, digits.length - 10)) + digits.slice(-4);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
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
      } else if ((c === 32 || c === 45) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
        groups++;
        i++;
      } else break;
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
  groupCharStart[0] = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) digits[d++] = c - 48;
    else {
      groupCharEnd[g] = i;
      groupDigitStart[++g] = d;
      groupCharStart[g] = i + 1;
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
