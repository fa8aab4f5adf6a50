import { describe, expect, it } from '@jest/globals';
import { readNdjson, takeLines } from './ndjson';

describe('NDJSON reading', () => {
  it('keeps an unfinished line for the next chunk', () => {
    expect(takeLines('{"a":1}\n{"b":')).toEqual({ lines: [{ a: 1 }], rest: '{"b":' });
    expect(takeLines('\n\n')).toEqual({ lines: [], rest: '' });
  });

  it('reads lines split across chunks, the last one without a newline', async () => {
    const chunks = ['{"type":"progress","scanned":5', '000}\n{"type":"res', 'ult"}'];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
        controller.close();
      },
    });
    const lines: unknown[] = [];
    await readNdjson(body, (line) => lines.push(line));
    expect(lines).toEqual([{ type: 'progress', scanned: 5000 }, { type: 'result' }]);
  });
});
