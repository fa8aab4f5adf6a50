import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { type Repository } from 'typeorm';
import { type SourceEntity } from '@vigil/persistence';
import { SourceLookupService } from './source-lookup.service.js';
import { type SourceSecrets } from './source-secrets.js';

/** A sources table with one source, counting the queries made against it. */
function table() {
  const existing = { id: randomUUID(), kind: 'standard', secretSealed: 'sealed', rateLimitPerSecond: 10 };
  const queries = { ids: 0, rows: 0 };
  const repository = {
    find: async () => {
      queries.ids += 1;
      return [{ id: existing.id }];
    },
    findOneBy: async ({ id }: { id: string }) => {
      queries.rows += 1;
      return id === existing.id ? existing : null;
    },
  } as unknown as Repository<SourceEntity>;
  const secrets = { open: (sealed: string) => `open:${sealed}` } as unknown as SourceSecrets;
  return { lookup: new SourceLookupService(repository, secrets), existing, queries };
}

describe('source lookup', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('answers made-up source ids from memory: one query for the id list, none per id', async () => {
    // The clock stands still: on a busy machine 1,000 lookups can outlast the list's one-second refresh, which
    // is not what this test is about.
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-12-04T12:00:00Z'));
    const { lookup, queries } = table();
    for (let i = 0; i < 1_000; i += 1) expect(await lookup.find(randomUUID())).toBeNull();
    expect(queries).toEqual({ ids: 1, rows: 0 });
  });

  it('reads the id list again for an unknown id once a second has passed', async () => {
    let now = Date.parse('2026-12-04T12:00:00Z');
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    const { lookup, queries } = table();
    await lookup.find(randomUUID());
    now += 999;
    await lookup.find(randomUUID());
    expect(queries.ids).toBe(1);
    now += 2;
    await lookup.find(randomUUID());
    expect(queries.ids).toBe(2);
  });

  it('still finds real sources, and sees a source created on this node at once', async () => {
    const { lookup, existing, queries } = table();
    await lookup.find(randomUUID());
    expect(await lookup.find(existing.id)).toMatchObject({ id: existing.id, secrets: ['open:sealed'] });
    lookup.invalidate(existing.id); // as SourcesService does after creating or changing one
    expect(await lookup.find(existing.id)).toMatchObject({ id: existing.id });
    expect(queries).toEqual({ ids: 2, rows: 2 });
  });

  it('single flight: concurrent lookups of the same uncached source share one query', async () => {
    const { lookup, existing, queries } = table();
    await lookup.find(randomUUID()); // the id list is read once, as before
    const found = await Promise.all(Array.from({ length: 50 }, () => lookup.find(existing.id)));
    expect(found.every((source) => source?.id === existing.id)).toBe(true);
    expect(queries.rows).toBe(1);
    // Cached afterwards; a failed lookup is not remembered (the next caller queries again).
    await lookup.find(existing.id);
    expect(queries.rows).toBe(1);
  });

  it('single flight: a lookup that fails fails every waiter, and the next one queries again', async () => {
    const { lookup, existing, queries } = table();
    await lookup.find(randomUUID());
    const repository = (
      lookup as unknown as { sources: { findOneBy: (q: { id: string }) => Promise<unknown> } }
    ).sources;
    const real = repository.findOneBy;
    repository.findOneBy = async () => {
      queries.rows += 1;
      throw new Error('database away');
    };
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => lookup.find(existing.id)));
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    expect(queries.rows).toBe(1);
    repository.findOneBy = real;
    expect(await lookup.find(existing.id)).toMatchObject({ id: existing.id });
    expect(queries.rows).toBe(2);
  });

  it('single flight: a lookup started after invalidate() does not join one started before it', async () => {
    const { lookup, existing, queries } = table();
    await lookup.find(randomUUID());
    const before = lookup.find(existing.id);
    lookup.invalidate(existing.id);
    const after = lookup.find(existing.id);
    await Promise.all([before, after]);
    expect(queries.rows).toBe(2);
  });
});
