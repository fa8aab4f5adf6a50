import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditAction, type PrivacyEraseJson } from '@vigil/contracts';
import { SECRET_KEY, suppressionHash, suppressionKey } from '@vigil/persistence';
import { type IngestJobData, INGEST_QUEUE_ADMIN, type IngestQueueAdmin } from '@vigil/pipeline';
import { erasePersonalData } from '@vigil/webhooks';
import { type Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { CounterErasure } from './counter-erasure.js';
import {
  type ErasedSubject,
  erasureTarget,
  freeTextIdentifiers,
  scrubJson,
  scrubText,
} from './erased-subject.js';

/** Keeps only the country of an address: statistics and country rules still work, nobody can be found. */
const COUNTRY_ONLY = (column: string): string =>
  `CASE WHEN ${column} IS NULL THEN NULL ELSE jsonb_build_object('country', ${column}->'country', 'postalCode', NULL, 'city', NULL, 'line1', NULL) END`;

/** Risk-snapshot attributes that identify a person (backtests run without them). */
const PERSONAL_ATTRIBUTES = ['email', 'email_domain', 'ip', 'customer_id', 'device_id'];

interface SubjectRow {
  id: string;
  source_id: string;
  ip: string | null;
  customer_id: string | null;
  customer_name: string | null;
  device_id: string | null;
  risk_reason: string | null;
}

type Counts = Omit<PrivacyEraseJson, 'deadLetters'>;

/**
 * Erasure of one customer's personal data on request (docs/security.md#customer-data). The customer is
 * found by e-mail, and through the customer ids of those transactions in the same store. Erased: their
 * transactions' e-mail, name, customer and device ids, IP, street addresses and personal risk attributes; the
 * matching fields of every stored payload and dead letter; list items naming them; their identifiers in
 * decision notes and reasons, decision webhooks and audit details. Amounts, statuses, labels, countries and
 * scores stay, so statistics do not change. A suppression record (a keyed hash) makes the worker scrub later
 * events of the customer before storing them. The audit entry names the customer only by that hash.
 */
@Injectable()
export class PrivacyService {
  private readonly logger = new Logger(PrivacyService.name);
  private readonly key: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly counters: CounterErasure,
    @Inject(INGEST_QUEUE_ADMIN) private readonly queue: IngestQueueAdmin,
    @Inject(SECRET_KEY) secretKey: string,
  ) {
    this.key = suppressionKey(secretKey);
  }

  async erase(email: string, actor: Actor): Promise<PrivacyEraseJson> {
    const { subject, counts } = await this.dataSource.transaction((manager) =>
      this.eraseStored(manager, email),
    );
    const deadLetters = await this.eraseDeadLetters(subject);
    await this.counters.eraseSubject(subject);
    const result: PrivacyEraseJson = { ...counts, deadLetters };
    await this.audit.record({
      action: AuditAction.PrivacyErase,
      actor,
      targetType: 'customer',
      details: { subjectHmac: suppressionHash(this.key, { kind: 'email', email }), ...result },
    });
    return result;
  }

  private async eraseStored(
    manager: EntityManager,
    email: string,
  ): Promise<{ subject: ErasedSubject; counts: Counts }> {
    const rows = await this.subjectTransactions(manager, email);
    const ids = rows.map((row) => row.id);
    const subject: ErasedSubject = {
      email,
      ips: distinct(rows.map((row) => row.ip)),
      customers: distinctBy(
        rows.flatMap((row) =>
          row.customer_id ? [{ sourceId: row.source_id, customerId: row.customer_id }] : [],
        ),
        (c) => `${c.sourceId}|${c.customerId}`,
      ),
      deviceIds: distinct(rows.map((row) => row.device_id)),
      names: distinct(rows.map((row) => row.customer_name)),
    };
    const identifiers = freeTextIdentifiers(subject);
    if (ids.length > 0) {
      await manager.query(
        `UPDATE transactions SET customer_email = NULL, customer_name = NULL, customer_id = NULL, device_id = NULL,
           ip = NULL, billing = ${COUNTRY_ONLY('billing')}, shipping = ${COUNTRY_ONLY('shipping')},
           risk_snapshot = risk_snapshot - $2::text[], updated_at = now()
         WHERE id = ANY($1::uuid[])`,
        [ids, PERSONAL_ATTRIBUTES],
      );
      for (const row of rows) {
        const reason = row.risk_reason === null ? null : scrubText(row.risk_reason, identifiers);
        if (reason !== row.risk_reason)
          await manager.query('UPDATE transactions SET risk_reason = $2 WHERE id = $1', [row.id, reason]);
      }
    }
    const counts: Counts = {
      transactions: ids.length,
      events: await this.erasePayloads(manager, ids, subject),
      listItems: await this.eraseListItems(manager, subject),
      decisions: await this.eraseDecisionTexts(manager, ids, identifiers),
      auditEntries: await this.eraseAuditDetails(manager, identifiers),
    };
    await this.suppress(manager, subject);
    return { subject, counts };
  }

  /** Their transactions by e-mail, then the other transactions of the same customer ids in the same store. */
  private async subjectTransactions(manager: EntityManager, email: string): Promise<SubjectRow[]> {
    const columns = 'id, source_id, ip, customer_id, customer_name, device_id, risk_reason';
    const byEmail = (await manager.query(
      `SELECT ${columns} FROM transactions WHERE customer_email = $1 FOR UPDATE`,
      [email],
    )) as SubjectRow[];
    const customers = byEmail.filter((row) => row.customer_id !== null);
    if (customers.length === 0) return byEmail;
    const byCustomer = (await manager.query(
      `SELECT ${columns} FROM transactions t
       WHERE (t.source_id, t.customer_id) IN (SELECT * FROM unnest($1::uuid[], $2::text[]))
         AND NOT (t.id = ANY($3::uuid[]))
       FOR UPDATE`,
      [
        customers.map((row) => row.source_id),
        customers.map((row) => row.customer_id),
        byEmail.map((r) => r.id),
      ],
    )) as SubjectRow[];
    return [...byEmail, ...byCustomer];
  }

  /** Events of those transactions, plus any other payload that mentions the e-mail (e.g. not merged). */
  private async erasePayloads(
    manager: EntityManager,
    ids: string[],
    subject: ErasedSubject,
  ): Promise<number> {
    const events = (await manager.query(
      `SELECT id, payload FROM webhook_events
        WHERE payload IS NOT NULL
          AND (transaction_id = ANY($1::uuid[]) OR strpos(lower(payload::text), $2) > 0)
        FOR UPDATE`,
      [ids, subject.email],
    )) as Array<{ id: string; payload: unknown }>;
    const target = erasureTarget(subject);
    let erased = 0;
    for (const event of events) {
      const { value, changed } = erasePersonalData(event.payload, target);
      if (!changed) continue;
      await manager.query(`UPDATE webhook_events SET payload = $2::jsonb WHERE id = $1`, [
        event.id,
        JSON.stringify(value),
      ]);
      erased += 1;
    }
    return erased;
  }

  /** Items naming the customer (their e-mail, ids, device ids, IPs) leave every list. */
  private async eraseListItems(manager: EntityManager, subject: ErasedSubject): Promise<number> {
    const values = [
      subject.email,
      ...subject.ips,
      ...subject.customers.map((c) => c.customerId),
      ...subject.deviceIds,
    ].map((value) => value.toLowerCase());
    const [, removed] = (await manager.query(
      `DELETE FROM list_items WHERE lower(value) = ANY($1::text[]) RETURNING id`,
      [values],
    )) as [unknown[], number];
    return removed;
  }

  /** Decision notes and reasons on their transactions, or anywhere they are named. */
  private async eraseDecisionTexts(
    manager: EntityManager,
    ids: string[],
    identifiers: string[],
  ): Promise<number> {
    if (identifiers.length === 0) return 0;
    const decisions = (await manager.query(
      `SELECT id, note, reason FROM decisions
        WHERE transaction_id = ANY($1::uuid[])
           OR EXISTS (SELECT 1 FROM unnest($2::text[]) v
                      WHERE strpos(lower(coalesce(note, '') || ' ' || coalesce(reason, '')), v) > 0)`,
      [ids, identifiers],
    )) as Array<{ id: string; note: string | null; reason: string | null }>;
    let erased = 0;
    for (const decision of decisions) {
      const note = decision.note === null ? null : scrubText(decision.note, identifiers);
      const reason = decision.reason === null ? null : scrubText(decision.reason, identifiers);
      if (note === decision.note && reason === decision.reason) continue;
      await manager.query('UPDATE decisions SET note = $2, reason = $3 WHERE id = $1', [
        decision.id,
        note,
        reason,
      ]);
      erased += 1;
    }
    const deliveries = (await manager.query(
      `SELECT id, body FROM deliveries WHERE transaction_id = ANY($1::uuid[])`,
      [ids],
    )) as Array<{ id: string; body: string }>;
    for (const delivery of deliveries) {
      const body = scrubText(delivery.body, identifiers);
      if (body !== delivery.body)
        await manager.query('UPDATE deliveries SET body = $2 WHERE id = $1', [delivery.id, body]);
    }
    return erased;
  }

  /** Audit details that name the customer (list items added, decision notes, …) keep their shape. */
  private async eraseAuditDetails(manager: EntityManager, identifiers: string[]): Promise<number> {
    if (identifiers.length === 0) return 0;
    const entries = (await manager.query(
      `SELECT id, details FROM audit_events
        WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) v WHERE strpos(lower(details::text), v) > 0)`,
      [identifiers],
    )) as Array<{ id: string; details: unknown }>;
    let erased = 0;
    for (const entry of entries) {
      const { value, changed } = scrubJson(entry.details, identifiers);
      if (!changed) continue;
      await manager.query('UPDATE audit_events SET details = $2::jsonb WHERE id = $1', [
        entry.id,
        JSON.stringify(value),
      ]);
      erased += 1;
    }
    return erased;
  }

  /** Later events naming the e-mail or one of the store customer ids are scrubbed by the worker. */
  private async suppress(manager: EntityManager, subject: ErasedSubject): Promise<void> {
    const hashes = [
      suppressionHash(this.key, { kind: 'email', email: subject.email }),
      ...subject.customers.map((c) => suppressionHash(this.key, { kind: 'customer_id', ...c })),
    ];
    await manager.query(
      `INSERT INTO privacy_suppressions (subject_hash) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`,
      [hashes],
    );
  }

  /** Failed jobs keep their payload in the queue: those naming the customer are rewritten without it. */
  private async eraseDeadLetters(subject: ErasedSubject): Promise<number> {
    const target = erasureTarget(subject);
    const scrub = (data: IngestJobData): IngestJobData | null => {
      let body: unknown;
      try {
        body = JSON.parse(data.body) as unknown;
      } catch {
        return null;
      }
      const { value, changed } = erasePersonalData(body, target);
      if (!changed) return null;
      // The api's normalized copy names the customer too: drop it, the worker normalizes the scrubbed body.
      const { normalized: _normalized, ...rest } = data;
      return { ...rest, body: JSON.stringify(value) };
    };
    try {
      return await this.queue.scrubDeadLetters(scrub);
    } catch (error) {
      // The database part is done; the owner sees the failure in the answer and can repeat the erasure.
      this.logger.warn(
        `dead letters could not be erased: ${error instanceof Error ? error.message : String(error)}`,
      );
      return -1;
    }
  }
}

function distinct(values: Array<string | null>): string[] {
  return [...new Set(values.filter((value): value is string => value !== null && value !== ''))];
}

function distinctBy<T>(items: T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}
