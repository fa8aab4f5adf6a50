export interface ImportLine {
  /** 1-based line number in the pasted text. */
  line: number;
  value: string;
}

export type ImportOutcome =
  | { line: number; value: string; kind: 'added' }
  | { line: number; value: string; kind: 'existing' }
  | { line: number; value: string; kind: 'failed'; message: string };

/**
 * A pasted column, one value per line: trimmed, blank lines skipped, a trailing comma or semicolon (from a
 * spreadsheet export) dropped, repeats within the paste kept once (at their first line).
 */
export function parseImportLines(text: string): ImportLine[] {
  const seen = new Set<string>();
  const lines: ImportLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const value = raw
      .trim()
      .replace(/[,;]+$/, '')
      .trim();
    if (value === '' || seen.has(value)) return;
    seen.add(value);
    lines.push({ line: index + 1, value });
  });
  return lines;
}

export interface ImportSummary {
  added: number;
  existing: number;
  failed: Array<Extract<ImportOutcome, { kind: 'failed' }>>;
}

export function summarizeImport(outcomes: readonly ImportOutcome[]): ImportSummary {
  const summary: ImportSummary = { added: 0, existing: 0, failed: [] };
  for (const outcome of outcomes) {
    if (outcome.kind === 'added') summary.added += 1;
    else if (outcome.kind === 'existing') summary.existing += 1;
    else summary.failed.push(outcome);
  }
  summary.failed.sort((a, b) => a.line - b.line);
  return summary;
}

/** Runs `task` over `items` with at most `concurrency` at a time, keeping the results in input order. */
export async function mapLimited<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T) => Promise<R>,
  onProgress?: (done: number) => void,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let done = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
      onProgress?.(++done);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
