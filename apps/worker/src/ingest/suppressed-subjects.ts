import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RecentSuppressionHashes, SECRET_KEY, suppressionKey } from '@vigil/persistence';
import { erasePersonalData, type NormalizedEvent } from '@vigil/webhooks';
import { type IngestEvent } from './ingest-event.js';
import { toTransactionRow } from './transaction-row.js';

const countryOnly = (address: NormalizedEvent['billing']): NormalizedEvent['billing'] =>
  address && { country: address.country, postalCode: null, city: null, line1: null };

/** The event and its payload without the customer's personal data; amounts, ids of the order, countries stay. */
export function withoutPersonalData(input: IngestEvent): IngestEvent {
  const { event } = input;
  const identifying = [event.customer.id, event.deviceId, event.customer.name].filter((v) => v !== null);
  const target = {
    email: event.customer.email?.toLowerCase() ?? '',
    ips: event.ip ? [event.ip] : [],
    values: identifying,
  };
  const scrubbed: NormalizedEvent = {
    ...event,
    customer: { id: null, email: null, name: null, createdAt: event.customer.createdAt },
    billing: countryOnly(event.billing),
    shipping: countryOnly(event.shipping),
    ip: null,
    deviceId: null,
    userAgent: null,
  };
  return {
    ...input,
    event: scrubbed,
    payloadJson: JSON.stringify(erasePersonalData(JSON.parse(input.payloadJson), target).value),
    row: input.row
      ? toTransactionRow(scrubbed, input.row.merge_key, input.occurredAt, input.row.status)
      : null,
  };
}

/**
 * Customers whose data was erased stay erased (docs/security.md#customer-data): a later event naming one (by
 * e-mail, or by a customer id of the same store) is scrubbed before it is scored, counted or stored. One indexed
 * lookup per batch, of the keyed hashes the api stored at erasure time.
 */
@Injectable()
export class SuppressedSubjects {
  private readonly hashes: RecentSuppressionHashes;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(SECRET_KEY) secretKey: string,
  ) {
    this.hashes = new RecentSuppressionHashes(suppressionKey(secretKey));
  }

  /** Replaces, in place, the inputs that name an erased customer. */
  async scrub(inputs: Map<number, IngestEvent>): Promise<void> {
    const hashesOf = new Map<number, string[]>();
    for (const [key, input] of inputs) {
      const { email, id } = input.event.customer;
      const hashes: string[] = [];
      if (email) hashes.push(this.hashes.hash({ kind: 'email', email }));
      if (id)
        hashes.push(this.hashes.hash({ kind: 'customer_id', sourceId: input.sourceId, customerId: id }));
      if (hashes.length > 0) hashesOf.set(key, hashes);
    }
    if (hashesOf.size === 0) return;
    const rows = (await this.dataSource.query(
      'SELECT subject_hash FROM privacy_suppressions WHERE subject_hash = ANY($1::text[])',
      [[...hashesOf.values()].flat()],
    )) as Array<{ subject_hash: string }>;
    if (rows.length === 0) return;
    const suppressed = new Set(rows.map((row) => row.subject_hash));
    for (const [key, hashes] of hashesOf) {
      const input = inputs.get(key);
      if (input && hashes.some((hash) => suppressed.has(hash))) inputs.set(key, withoutPersonalData(input));
    }
  }
}
