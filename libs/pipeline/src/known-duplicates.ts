import { type EnqueueResult, type IngestJobData } from './ingest-queue.js';

/** The key `sendUnseen` compares markers by. */
export const markerId = (sourceId: string, eventId: string): string => `${sourceId}\n${eventId}`;

const idOf = (job: IngestJobData): string => markerId(job.sourceId, job.eventId);

/**
 * Sends a burst without the events already acknowledged: a redelivery whose marker is set, or a second copy
 * in the same burst, is answered `duplicate: true` and never queued, so a redelivery with a different body
 * cannot race the first copy in the worker. `findMarked` only reads; when it fails the store is away and the
 * burst fails like a failed write (the provider gets 503 and retries); the markers are written by `send`, after
 * the envelope is stored.
 */
export async function sendUnseen(
  jobs: IngestJobData[],
  findMarked: (unique: IngestJobData[]) => Promise<Set<string>>,
  send: (unique: IngestJobData[]) => Promise<Array<EnqueueResult | Error>>,
): Promise<Array<EnqueueResult | Error>> {
  const first = new Map<string, number>();
  jobs.forEach((job, i) => {
    if (!first.has(idOf(job))) first.set(idOf(job), i);
  });
  const unique = [...first.values()].map((i) => jobs[i] as IngestJobData);
  const marked = await findMarked(unique);
  const unseen = unique.filter((job) => !marked.has(idOf(job)));
  const sent = unseen.length > 0 ? await send(unseen) : [];
  const results = new Map(unseen.map((job, i) => [idOf(job), sent[i] ?? new Error('not queued')]));
  return jobs.map((job, i) => {
    const result = results.get(idOf(job)) ?? { duplicate: true };
    // A repeat within the burst shares its first copy's failure, or is a duplicate of it.
    return first.get(idOf(job)) === i || result instanceof Error ? result : { duplicate: true };
  });
}
