import { InitialSchema1763719200000 } from './1763719200000-initial-schema.js';

/** Every migration, oldest first. A new one is added here and checked by migrations.int-spec.ts. */
export const MIGRATIONS = [InitialSchema1763719200000];
