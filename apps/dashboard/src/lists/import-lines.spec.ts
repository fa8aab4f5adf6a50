import { describe, expect, it } from '@jest/globals';
import { mapLimited, parseImportLines, summarizeImport } from './import-lines';

describe('parseImportLines', () => {
  it('reads one value per line, skipping blanks and keeping line numbers', () => {
    expect(parseImportLines('a@x.io\n\n  b@x.io  \r\nc@x.io,\n')).toEqual([
      { line: 1, value: 'a@x.io' },
      { line: 3, value: 'b@x.io' },
      { line: 4, value: 'c@x.io' },
    ]);
  });

  it('keeps a value repeated in the paste once', () => {
    expect(parseImportLines('1.2.3.4\n1.2.3.4\n5.6.7.8').map((l) => l.line)).toEqual([1, 3]);
  });
});

describe('summarizeImport', () => {
  it('counts added and existing values and lists failures by line', () => {
    const summary = summarizeImport([
      { line: 3, value: 'bad', kind: 'failed', message: 'not an email' },
      { line: 1, value: 'a', kind: 'added' },
      { line: 2, value: 'b', kind: 'existing' },
      { line: 0, value: 'z', kind: 'failed', message: 'x' },
    ]);
    expect(summary.added).toBe(1);
    expect(summary.existing).toBe(1);
    expect(summary.failed.map((f) => f.line)).toEqual([0, 3]);
  });
});

describe('mapLimited', () => {
  it('keeps results in order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapLimited([1, 2, 3, 4, 5], 2, async (n) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5 - n));
      running -= 1;
      return n * 10;
    });
    expect(results).toEqual([10, 20, 30, 40, 50]);
    expect(peak).toBe(2);
  });
});
