import { afterAll, describe, expect, it } from '@jest/globals';
import { createTestConfig, dropTestResources } from '@vigil/testing';
import { createDataSource } from './data-source.js';
import { MIGRATIONS } from './migrations/index.js';
import { prepareDatabase } from './prepare-database.js';

/** CI's migration check: a database built only from the committed migrations must match the entities. */
describe('migrations', () => {
  const config = createTestConfig();
  afterAll(() => dropTestResources(config));

  it('create the database and leave nothing for the entities to change', async () => {
    await prepareDatabase(config);
    const dataSource = createDataSource(config);
    await dataSource.initialize();
    try {
      expect(await dataSource.showMigrations()).toBe(false);
      const pending = await dataSource.driver.createSchemaBuilder().log();
      const sql = pending.upQueries.map((q) => q.query);
      // When this fails, write a migration with exactly these statements (and their reverse in `down`).
      expect(sql).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('can run again, concurrently, without applying any migration twice', async () => {
    await Promise.all([prepareDatabase(config), prepareDatabase(config)]);
    const dataSource = createDataSource(config);
    await dataSource.initialize();
    try {
      const applied: Array<{ name: string }> = await dataSource.query(
        'SELECT name FROM migrations ORDER BY id',
      );
      expect(applied.map((row) => row.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
    } finally {
      await dataSource.destroy();
    }
  });
});
