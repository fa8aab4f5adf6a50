import { type DataSource } from 'typeorm';
import { ApplyValueTransformers } from 'typeorm/util/ApplyValueTransformers.js';
import { TransactionEntity } from '@vigil/persistence';

/**
 * Raw `transactions` rows (as `RETURNING *` gives them) → entities, through TypeORM's own column metadata
 * (names, transformers), so every column the entity declares is there, new ones included, without a
 * second query to load what the batch just wrote.
 */
export function transactionHydrator(
  dataSource: DataSource,
): (raw: Record<string, unknown>) => TransactionEntity {
  const columns = dataSource
    .getMetadata(TransactionEntity)
    .columns.filter(
      (column) => !column.relationMetadata || column.propertyName !== column.relationMetadata.propertyName,
    );
  return (raw) => {
    const entity = new TransactionEntity();
    const target = entity as unknown as Record<string, unknown>;
    for (const column of columns) {
      const value = raw[column.databaseName];
      if (value === undefined) continue;
      target[column.propertyName] =
        column.transformer && value !== null
          ? ApplyValueTransformers.transformFrom(column.transformer, value)
          : value;
    }
    return entity;
  };
}
