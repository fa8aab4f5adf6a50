import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { getMetadataArgsStorage } from 'typeorm';
import { TransactionEntity } from '@vigil/persistence';
import { COMMITTED_COLUMNS } from './batch-statements.js';

/** Columns the write leaves out of what it returns: nothing after the commit reads them (batch-statements.ts). */
const NOT_RETURNED = ['risk_snapshot', 'field_times'];

describe('the ingest write returns every transaction column but the two it leaves out', () => {
  it('names each column of the entity, so a new one reaches the live update', () => {
    const columns = getMetadataArgsStorage()
      .columns.filter((column) => column.target === TransactionEntity)
      .map((column) => column.options.name ?? column.propertyName);
    expect(columns.length).toBeGreaterThan(30);
    expect([...COMMITTED_COLUMNS].sort()).toEqual(columns.filter((c) => !NOT_RETURNED.includes(c)).sort());
  });
});
