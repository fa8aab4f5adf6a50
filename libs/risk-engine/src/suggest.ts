/** Longest name we try to match; longer input is not a typo of a real name and would only cost time. */
const MAX_SUGGEST_LENGTH = 48;

/** Levenshtein distance, O(a·b) with a single row; inputs are capped by the caller. */
function distance(a: string, b: string): number {
  const row: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** The closest candidate within a small edit distance (or containing the input), if any. */
export function closestName(input: string, candidates: ReadonlyArray<string>): string | undefined {
  if (input.length === 0 || input.length > MAX_SUGGEST_LENGTH) return undefined;
  const limit = Math.max(2, Math.floor(input.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(input, candidate);
    if (d < bestDistance && d <= limit) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined && input.length >= 4) {
    best = candidates.find((c) => c.startsWith(input));
  }
  return best;
}
