import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
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
  it('answers made-up source ids from memory: one query for the id list, none per id', async () => {
    const { lookup, queries } = table();
    for (let i = 0; i < 1_000; i += 1) expect(await lookup.find(randomUUID())).toBeNull();
    expect(queries).toEqual({ ids: 1, rows: 0 });
  });

  it('still finds real sources, and sees a source created on this node at once', async () => {
    const { lookup, existing, queries } = table();
    await lookup.find(randomUUID());
    expect(await lookup.find(existing.id)).toMatchObject({ id: existing.id, secrets: ['open:sealed'] });
    lookup.invalidate(existing.id); // as SourcesService does after creating or changing one
    expect(await lookup.find(existing.id)).toMatchObject({ id: existing.id });
    expect(queries).toEqual({ ids: 2, rows: 2 });
  });
});
