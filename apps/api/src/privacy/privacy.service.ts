import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditAction, type PrivacyEraseJson } from '@vigil/contracts';
import { AuditService } from '../audit/audit.service.js';
import { erasePersonalData } from './erase-payload.js';

/** Keeps only the country of an address: statistics and country rules still work, nobody can be found. */
const COUNTRY_ONLY = (column: string): string =>
  `CASE WHEN ${column} IS NULL THEN NULL ELSE jsonb_build_object('country', ${column}->'country', 'postalCode', NULL, 'city', NULL, 'line1', NULL) END`;

/**
 * Erasure of one customer's personal data on request (spec §4): transactions lose email, name, street
 * addresses and IP; their webhook payloads lose the matching fields. Amounts, statuses, labels, countries
 * and scores stay, so statistics do not change. The audit entry names the customer only by a hash.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async erase(email: string, request: Request): Promise<PrivacyEraseJson> {
    const result = await this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT id, ip FROM transactions WHERE customer_email = $1 FOR UPDATE`,
        [email],
      )) as Array<{ id: string; ip: string | null }>;
      const ids = rows.map((row) => row.id);
      const ips = [...new Set(rows.flatMap((row) => (row.ip ? [row.ip] : [])))];
      if (ids.length > 0) {
        await manager.query(
          `UPDATE transactions SET customer_email = NULL, customer_name = NULL, ip = NULL,
             billing = ${COUNTRY_ONLY('billing')}, shipping = ${COUNTRY_ONLY('shipping')},
             risk_snapshot = risk_snapshot - 'email' - 'email_domain' - 'ip', updated_at = now()
           WHERE id = ANY($1::uuid[])`,
          [ids],
        );
      }
      // Events of those transactions, plus any other payload that mentions the email (e.g. not yet merged).
      const events = (await manager.query(
        `SELECT id, payload FROM webhook_events
          WHERE payload IS NOT NULL
            AND (transaction_id = ANY($1::uuid[]) OR strpos(lower(payload::text), $2) > 0)
          FOR UPDATE`,
        [ids, email],
      )) as Array<{ id: string; payload: unknown }>;
      let erasedEvents = 0;
      for (const event of events) {
        const { value, changed } = erasePersonalData(event.payload, { email, ips });
        if (!changed) continue;
        await manager.query(`UPDATE webhook_events SET payload = $2::jsonb WHERE id = $1`, [
          event.id,
          JSON.stringify(value),
        ]);
        erasedEvents += 1;
      }
      return { transactions: ids.length, events: erasedEvents };
    });
    await this.audit.record({
      action: AuditAction.PrivacyErase,
      request,
      targetType: 'customer',
      details: { emailSha256: createHash('sha256').update(email).digest('hex'), ...result },
    });
    return result;
  }
}
