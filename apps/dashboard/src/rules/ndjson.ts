/**
 * Splits streamed NDJSON text into complete lines: returns the parsed lines and the unfinished rest, which the
 * caller prepends to the next chunk.
 */
export function takeLines<T>(buffer: string): { lines: T[]; rest: string } {
  const parts = buffer.split('\n');
  const rest = parts.pop() ?? '';
  const lines = parts.filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as T);
  return { lines, rest };
}

/** Reads a streamed NDJSON body to its end, handing each line over as it arrives. */
export async function readNdjson<T>(
  body: ReadableStream<Uint8Array>,
  onLine: (line: T) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const { lines, rest } = takeLines<T>(buffer + decoder.decode(value, { stream: true }));
    buffer = rest;
    lines.forEach(onLine);
  }
  takeLines<T>(`${buffer}${decoder.decode()}\n`).lines.forEach(onLine);
}
