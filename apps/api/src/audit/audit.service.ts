import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type QueryDeepPartialEntity, Repository } from 'typeorm';
import { type AuditEventJson, type AuditResult, type Page } from '@vigil/contracts';
import { AuditEventEntity } from '@vigil/persistence';
import { sanitizeDetails } from './audit-details.js';
import { AuditError } from './audit.errors.js';
import { decodeKeysetCursor, encodeKeysetCursor } from '../common/list-query.js';
import { type AuditQuery } from './audit-query.js';

/**
 * Who an entry names. Every `Actor` (auth/actor.ts) is one; a refused sign-in names the account it tried, if
 * any, with no session behind it.
 */
export interface AuditActor {
  user: { id: string | null; email: string | null };
  ip: string | null;
  userAgent: string | null;
}

/** What a feature passes to `AuditService.record`; everything but `action` is optional. */
export interface AuditRecord {
  /** `<area>.<verb>`, e.g. `source.create` (see AuditAction in @vigil/contracts). */
  action: string;
  /** Defaults to `success`. */
  result?: AuditResult;
  /** Who did it, from where; none for what the system does by itself. */
  actor?: AuditActor | null;
  targetType?: string | null;
  targetId?: string | null;
  /** Free-form context. Never secrets or passwords: secret-looking keys are redacted anyway. */
  details?: Record<string, unknown>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const cut = (value: string | null | undefined, max: number): string | null =>
  value === null || value === undefined ? null : value.slice(0, max);

export function toAuditEventJson(row: AuditEventEntity): AuditEventJson {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: { userId: row.actorUserId, email: row.actorEmail },
    action: row.action,
    target: { type: row.targetType, id: row.targetId },
    ip: row.ip,
    userAgent: row.userAgent,
    result: row.result as AuditResult,
    details: row.details,
  };
}

/**
 * The audit trail (docs/security.md#audit-trail): every login, decision and change to rules, lists, sources
 * and users.
 */
@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);

  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  /** Writes one entry. Awaited by callers, so an action whose trail cannot be written is not reported done. */
  async record(entry: AuditRecord): Promise<void> {
    const actor = entry.actor ?? null;
    await this.events.insert({
      actorUserId: actor?.user.id ?? null,
      actorEmail: cut(actor?.user.email?.toLowerCase(), 320),
      action: entry.action.slice(0, 64),
      targetType: cut(entry.targetType, 32),
      targetId: cut(entry.targetId, 255),
      ip: cut(actor?.ip, 64),
      userAgent: cut(actor?.userAgent, 512),
      result: entry.result ?? 'success',
      // Plain JSON by construction; TypeORM's deep-partial type cannot express `unknown` values.
      details: sanitizeDetails(entry.details) as QueryDeepPartialEntity<Record<string, unknown>>,
    });
  }

  /** For paths that must answer even when the trail cannot be written (e.g. a refused login). */
  async recordQuietly(entry: AuditRecord): Promise<void> {
    await this.record(entry).catch((error: unknown) =>
      this.logger.error(`audit entry ${entry.action} not written: ${String(error)}`),
    );
  }

  async list(query: AuditQuery): Promise<Page<AuditEventJson>> {
    const qb = this.events.createQueryBuilder('a');
    if (query.actor) {
      if (UUID.test(query.actor)) qb.andWhere('a.actor_user_id = :actorId', { actorId: query.actor });
      else qb.andWhere('a.actor_email = :actorEmail', { actorEmail: query.actor.toLowerCase() });
    }
    if (query.action?.endsWith('*')) {
      // The schema allows only [a-z0-9_.], so the prefix holds no LIKE wildcards of its own except `_`.
      const prefix = query.action.slice(0, -1).replace(/_/g, '\\_');
      qb.andWhere(`a.action LIKE :actionPrefix ESCAPE '\\'`, { actionPrefix: `${prefix}%` });
    } else if (query.action) {
      qb.andWhere('a.action = :action', { action: query.action });
    }
    if (query.from) qb.andWhere('a.at >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.at < :to', { to: query.to });
    const total = await qb.getCount();
    if (query.cursor) {
      const cursor = decodeKeysetCursor(query.cursor);
      if (!cursor) throw AuditError.badCursor();
      qb.andWhere('(a.at, a.id) < (:cursorAt, :cursorId)', { cursorAt: cursor.at, cursorId: cursor.id });
    }
    const rows = await qb
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(query.limit + 1)
      .getMany();
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(toAuditEventJson),
      nextCursor: rows.length > query.limit && last ? encodeKeysetCursor(last.at, last.id) : null,
      total,
    };
  }
}
