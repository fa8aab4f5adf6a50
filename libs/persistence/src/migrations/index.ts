import { InitialSchema1763719200000 } from './1763719200000-initial-schema.js';
import { TransactionEventTime1763719250000 } from './1763719250000-transaction-event-time.js';
import { RulesAndLists1763719300000 } from './1763719300000-rules-and-lists.js';
import { UsersAudit2fa1763719400000 } from './1763719400000-users-audit-2fa.js';
import { TransactionCreatedAtMilliseconds1763719500000 } from './1763719500000-transaction-created-at-milliseconds.js';
import { DecisionsDeliveries1763719600000 } from './1763719600000-decisions-deliveries.js';
import { PostgresSharedStores1763719700000 } from './1763719700000-postgres-shared-stores.js';
import { WebhookEventCuts1763719710000 } from './1763719710000-webhook-event-cuts.js';
import { PrivacySuppressions1763719800000 } from './1763719800000-privacy-suppressions.js';
import { TransactionLabels1763719900000 } from './1763719900000-transaction-labels.js';
import { VelocityEntryValues1763720000000 } from './1763720000000-velocity-entry-values.js';
import { VelocityEntriesHotUpdates1763720100000 } from './1763720100000-velocity-entries-hot-updates.js';
import { AuditActorPartialIndexes1763720200000 } from './1763720200000-audit-actor-partial-indexes.js';

/** Every migration, oldest first. A new one is added here and checked by migrations.int-spec.ts. */
export const MIGRATIONS = [
  InitialSchema1763719200000,
  TransactionEventTime1763719250000,
  RulesAndLists1763719300000,
  UsersAudit2fa1763719400000,
  TransactionCreatedAtMilliseconds1763719500000,
  DecisionsDeliveries1763719600000,
  PostgresSharedStores1763719700000,
  WebhookEventCuts1763719710000,
  PrivacySuppressions1763719800000,
  TransactionLabels1763719900000,
  VelocityEntryValues1763720000000,
  VelocityEntriesHotUpdates1763720100000,
  AuditActorPartialIndexes1763720200000,
];
