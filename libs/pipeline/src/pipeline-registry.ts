import { DELIVERY_RETRY_DELAYS_MS } from '@vigil/contracts';
import { type VigilConfig } from '@vigil/config';

/*
 * The one place that names what the api and the worker share through the queues and the shared stores:
 * queue and job names, job options, Redis keys and channels, PostgreSQL channels and tables. Producers and
 * consumers import these instead of spelling a name twice (docs/operations.md "Two modes").
 */

/** Every BullMQ queue (the same names on Redis and on BullMQ's PostgreSQL backend). */
export const QUEUES = {
  /** Webhooks the api acknowledged; the worker scores and commits them. */
  ingest: 'ingest',
  /** Outbound decision webhooks (api: people's decisions; worker: automatic ones and the sweep). */
  deliveries: 'deliveries',
  /** A delayed job per held transaction, due at its hold deadline. */
  holdExpiry: 'hold-expiry',
  /** A repeatable safety net: due holds, transitions and deliveries a crashed process left behind. */
  decisionSweep: 'decision-sweep',
  /** Hourly housekeeping: payload retention and expired rows of the PostgreSQL stores. */
  maintenance: 'maintenance',
  /** Reviewers' verdicts for the label history counters (docs/detection.md "Labels"). */
  labels: 'labels',
} as const;

export const JOBS = {
  /** A burst of acknowledged webhooks (IngestEnvelopeData); single events keep their source kind as name. */
  ingestEnvelope: 'envelope',
  deliverDecision: 'deliver-decision',
  expireHold: 'expire-hold',
  sweep: 'sweep',
  purgePayloads: 'purge-payloads',
  recordLabel: 'record-label',
} as const;

/** Scheduler ids of the repeatable jobs (one entry shared by every worker process). */
export const SCHEDULERS = { decisionSweep: 'decision-sweep', purgePayloads: 'purge-payloads' } as const;
export const DECISION_SWEEP_EVERY_MS = 30_000;
export const MAINTENANCE_EVERY_MS = 3_600_000;

export interface DeliverDecisionJobData {
  deliveryId: string;
  manual?: boolean;
}

export interface ExpireHoldJobData {
  transactionId: string;
}

export interface RecordLabelJobData {
  transactionId: string;
}

/** BullMQ's custom backoff type of the deliveries queue (the worker registers the schedule). */
export const DELIVERY_BACKOFF_TYPE = 'decision-delivery';
/** The first attempt plus one per retry delay. */
export const DELIVERY_JOB_ATTEMPTS = DELIVERY_RETRY_DELAYS_MS.length + 1;

/** Job options per kind of job, so every producer of a queue adds the same job. */
export const JOB_OPTIONS = {
  /** Completed jobs are dropped (PostgreSQL is the record); failures stay: they are the dead letters. */
  ingest: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 500 },
    removeOnComplete: true,
    removeOnFail: false,
  },
  delivery: {
    attempts: DELIVERY_JOB_ATTEMPTS,
    backoff: { type: DELIVERY_BACKOFF_TYPE },
    removeOnComplete: true,
    removeOnFail: true,
  },
  manualRedelivery: { attempts: 1, removeOnComplete: true, removeOnFail: true },
  holdExpiry: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 1_000 },
    removeOnComplete: true,
    removeOnFail: true,
  },
  decisionSweep: { removeOnComplete: true, removeOnFail: true },
  maintenance: { removeOnComplete: true, removeOnFail: 100 },
  recordLabel: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 1_000 },
    removeOnComplete: true,
    removeOnFail: 100,
  },
} as const;

type RedisNaming = Pick<VigilConfig, 'redisUrl' | 'redisPrefix'>;

/** Database index from a Redis URL (`redis://host:6379/3` → 3). */
export function redisDb(redisUrl: string): number {
  const path = new URL(redisUrl).pathname.replace(/^\//, '');
  return path ? Number(path) : 0;
}

/**
 * Prefix of pub/sub channels. Channels ignore the database index, so the index is part of it: two instances
 * on `/0` and `/1` of one Redis never hear each other.
 */
export function redisChannelPrefix(config: RedisNaming): string {
  return `${config.redisPrefix}:${config.redisUrl ? redisDb(config.redisUrl) : 0}`;
}

/** Redis keys and channels (full names, prefix included). */
export const REDIS_KEYS = {
  bullPrefix: (config: Pick<VigilConfig, 'redisPrefix'>): string => `${config.redisPrefix}:bull`,
  dedupeMarker: (config: Pick<VigilConfig, 'redisPrefix'>, sourceId: string, eventId: string): string =>
    `${config.redisPrefix}:dedupe:${sourceId}:${eventId}`,
  /** Hashes of cluster-wide counters, by who writes them (see MetricCounters). */
  metrics: (config: Pick<VigilConfig, 'redisPrefix'>, hash: MetricHash): string =>
    `${config.redisPrefix}:metrics:${hash}`,
  riskRevision: (config: Pick<VigilConfig, 'redisPrefix'>): string => `${config.redisPrefix}:risk:revision`,
  riskChanged: (config: RedisNaming, what: RiskChange): string =>
    `${redisChannelPrefix(config)}:${what}-changed`,
  liveAdapter: (config: RedisNaming): string => `${redisChannelPrefix(config)}:socket.io`,
  loginChallenge: (config: Pick<VigilConfig, 'redisPrefix'>, hash: string): string =>
    `${config.redisPrefix}:login:2fa:${hash}`,
  rateCounter: (config: Pick<VigilConfig, 'redisPrefix'>, name: string): string =>
    `${config.redisPrefix}:rate:${name}`,
} as const;

/** PostgreSQL names of the no-Redis mode (tables are created by the persistence migrations). */
export const PG_NAMES = {
  /** BullMQ's PostgreSQL backend keeps its tables and functions in this schema of Vigil's database. */
  queueSchema: 'bullmq',
  /** NOTIFY channel prefix of the socket.io adapter and emitter (`<prefix>#<namespace>`). */
  liveChannelPrefix: 'vigil_live',
  /** Payloads over NOTIFY's 8000 bytes travel through this table (the adapter cleans it up). */
  liveAttachments: 'socket_io_attachments',
  /** NOTIFY channel of rules/lists/thresholds changes; the payload names what changed. */
  riskChanged: 'vigil_risk_changed',
} as const;

export type RiskChange = 'lists' | 'rules';
export type MetricHash = 'api' | 'worker';

/** What the api writes and the worker reads for scoring (settings rows and the lists query). */
export const RISK_SETTINGS = {
  /** settings.key of the score thresholds. */
  thresholdsKey: 'risk_thresholds',
  /** Every list with its items, as the risk engine's buildRiskLists takes them. */
  listsQuery: `SELECT l.name, l.kind, COALESCE(array_agg(i.value) FILTER (WHERE i.value IS NOT NULL), '{}') AS items
FROM lists l LEFT JOIN list_items i ON i.list_id = l.id GROUP BY l.id`,
} as const;
