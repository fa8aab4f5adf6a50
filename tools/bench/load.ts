import { Agent, request } from 'undici';

export interface PreparedRequest {
  key: string;
  headers: Record<string, string>;
  body: string;
}

export interface LoadResult {
  sent: number;
  acknowledged: Set<string>;
  failed: number;
  statuses: Record<string, number>;
  ackLatencies: number[];
  sentAt: Map<string, number>;
  durationMs: number;
}

function newResult(): LoadResult {
  return {
    sent: 0,
    acknowledged: new Set(),
    failed: 0,
    statuses: {},
    ackLatencies: [],
    sentAt: new Map(),
    durationMs: 0,
  };
}

async function postOne(agent: Agent, url: string, item: PreparedRequest, result: LoadResult): Promise<void> {
  const start = performance.now();
  result.sentAt.set(item.key, start);
  result.sent += 1;
  try {
    const response = await request(url, {
      method: 'POST',
      headers: item.headers,
      body: item.body,
      dispatcher: agent,
    });
    await response.body.dump();
    result.statuses[response.statusCode] = (result.statuses[response.statusCode] ?? 0) + 1;
    if (response.statusCode === 202 || response.statusCode === 200) {
      result.ackLatencies.push(performance.now() - start);
      result.acknowledged.add(item.key);
    } else result.failed += 1;
  } catch {
    result.failed += 1;
    result.statuses['error'] = (result.statuses['error'] ?? 0) + 1;
  }
}

/** As fast as `connections` keep-alive connections allow (saturation). */
export async function saturate(
  url: string,
  items: PreparedRequest[],
  connections: number,
): Promise<LoadResult> {
  const agent = new Agent({ connections, pipelining: 1, keepAliveTimeout: 30_000 });
  const result = newResult();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < items.length) {
        const item = items[next++];
        if (item) await postOne(agent, url, item, result);
      }
    }),
  );
  result.durationMs = performance.now() - started;
  await agent.close();
  return result;
}

/** Open-loop load at a fixed rate (requests are started on schedule, whatever the answers take). */
export async function fixedRate(
  url: string,
  items: PreparedRequest[],
  perSecond: number,
  connections: number,
): Promise<LoadResult> {
  const agent = new Agent({ connections, pipelining: 1, keepAliveTimeout: 30_000 });
  const result = newResult();
  const started = performance.now();
  const inflight: Promise<void>[] = [];
  const tickMs = 10;
  const perTick = (perSecond * tickMs) / 1000;
  let issued = 0;
  while (issued < items.length) {
    const due = Math.min(items.length, Math.floor(((performance.now() - started) / tickMs + 1) * perTick));
    while (issued < due) {
      const item = items[issued++];
      if (item) inflight.push(postOne(agent, url, item, result));
    }
    await new Promise((resolve) => setTimeout(resolve, tickMs));
  }
  await Promise.all(inflight);
  result.durationMs = performance.now() - started;
  await agent.close();
  return result;
}

/**
 * One request at a time on an otherwise idle system: each is posted only once the previous one was seen
 * (`seen` resolves when the event reaches the live socket), then a short pause lets every queue go idle.
 */
export async function oneByOne(
  url: string,
  items: PreparedRequest[],
  seen: (key: string) => Promise<void>,
  pauseMs = 20,
): Promise<LoadResult> {
  const agent = new Agent({ connections: 1, pipelining: 1, keepAliveTimeout: 30_000 });
  const result = newResult();
  const started = performance.now();
  for (const item of items) {
    const arrived = seen(item.key);
    await postOne(agent, url, item, result);
    await arrived;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  result.durationMs = performance.now() - started;
  await agent.close();
  return result;
}
