import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type ListDetailJson,
  RiskAuditAction,
  type ListItemJson,
  type ListJson,
  type ListKind,
} from '@vigil/contracts';
import { maskCardNumbers } from '@vigil/webhooks';
import { type Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { RiskChangeNotifier } from '../rules/risk-change-notifier.service.js';
import { checkListValue } from './list-values.js';
import { type AddListItemInput, type CreateListInput, type ListItemsQuery } from './lists.schemas.js';
import { ListError } from './lists.errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CASE_INSENSITIVE: ReadonlySet<ListKind> = new Set(['email', 'email_domain', 'ip', 'country']);

interface ListRow {
  id: string;
  name: string;
  kind: ListKind;
  description: string | null;
  item_count: string;
  created_at: Date;
  updated_at: Date;
}

interface ItemRow {
  id: string;
  list_id: string;
  value: string;
  note: string | null;
  created_at: Date;
  /** created_at as text keeps microseconds for the cursor. */
  cursor_at: string;
}

const toListJson = (row: ListRow): ListJson => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  description: row.description,
  itemCount: Number(row.item_count),
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

const toItemJson = (row: ItemRow): ListItemJson => ({
  id: row.id,
  listId: row.list_id,
  value: row.value,
  note: row.note,
  createdAt: row.created_at.toISOString(),
});

const SELECT_LISTS = `
SELECT l.id, l.name, l.kind, l.description, l.created_at, l.updated_at,
  (SELECT count(*) FROM list_items i WHERE i.list_id = l.id) AS item_count
FROM lists l`;
const ITEM_COLUMNS = `id, list_id, value, note, created_at,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at`;
const CURSOR_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

@Injectable()
export class ListsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifier: RiskChangeNotifier,
  ) {}

  async list(): Promise<ListJson[]> {
    const rows = (await this.dataSource.query(`${SELECT_LISTS} ORDER BY l.name`)) as ListRow[];
    return rows.map(toListJson);
  }

  async create(input: CreateListInput, actor: Actor): Promise<ListJson> {
    // ON CONFLICT instead of catching the violation: a taken name is an answer, not a database error to log.
    const [created] = (await this.dataSource.query(
      `INSERT INTO lists (name, kind, description) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO NOTHING RETURNING id, name, kind`,
      [input.name, input.kind, input.description ?? null],
    )) as Array<{ id: string; name: string; kind: ListKind }>;
    if (!created) throw ListError.nameTaken(input.name);
    await this.notifier.changed('lists');
    await this.audit.record({
      action: RiskAuditAction.ListCreate,
      actor,
      targetType: 'list',
      targetId: created.id,
      details: { name: created.name, kind: created.kind },
    });
    return this.find(created.id);
  }

  async detail(id: string, query: ListItemsQuery): Promise<ListDetailJson> {
    const list = await this.find(id);
    const params: unknown[] = [id];
    const where = ['list_id = $1'];
    if (query.q) {
      const prefix = CASE_INSENSITIVE.has(list.kind) ? query.q.trim().toLowerCase() : query.q.trim();
      params.push(`${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(
        CASE_INSENSITIVE.has(list.kind)
          ? `lower(value) LIKE $${params.length}`
          : `value LIKE $${params.length}`,
      );
    }
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      if (!cursor) throw ListError.badCursor();
      params.push(cursor.at, cursor.id);
      where.push(`(created_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(query.limit + 1);
    const rows = (await this.dataSource.query(
      `SELECT ${ITEM_COLUMNS} FROM list_items WHERE ${where.join(' AND ')}
       ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
      params,
    )) as ItemRow[];
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      ...list,
      items: page.map(toItemJson),
      nextCursor: rows.length > query.limit && last ? encodeCursor(last.cursor_at, last.id) : null,
    };
  }

  /** Idempotent: a value the list already holds answers with the existing item and `created: false`. */
  async addItem(
    listId: string,
    input: AddListItemInput,
    actor: Actor,
  ): Promise<{ item: ListItemJson; created: boolean }> {
    const list = await this.find(listId);
    const checked = checkListValue(list.kind, input.value);
    if (!checked.ok) throw ListError.invalidValue(checked.message);
    const note = input.note ? maskCardNumbers(input.note) : null;
    const inserted = (await this.dataSource.query(
      `INSERT INTO list_items (list_id, value, note, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (list_id, value) DO NOTHING RETURNING ${ITEM_COLUMNS}`,
      [list.id, checked.value, note, actor.user.id],
    )) as ItemRow[];
    if (inserted[0]) {
      await this.notifier.changed('lists');
      await this.audit.record({
        action: RiskAuditAction.ListItemAdd,
        actor,
        targetType: 'list',
        targetId: list.id,
        details: { list: list.name, value: checked.value, itemId: inserted[0].id },
      });
      return { item: toItemJson(inserted[0]), created: true };
    }
    const [existing] = (await this.dataSource.query(
      `SELECT ${ITEM_COLUMNS} FROM list_items WHERE list_id = $1 AND value = $2`,
      [list.id, checked.value],
    )) as ItemRow[];
    // Deleted between the insert and this read: nothing sensible to return but "not there".
    if (!existing) throw ListError.itemNotFound(checked.value);
    return { item: toItemJson(existing), created: false };
  }

  async removeItem(listId: string, itemId: string, actor: Actor): Promise<void> {
    const list = await this.find(listId);
    if (!UUID.test(itemId)) throw ListError.itemNotFound(itemId);
    const deleted = (await this.dataSource.query(
      'DELETE FROM list_items WHERE id = $1 AND list_id = $2 RETURNING value',
      [itemId, list.id],
    )) as [Array<{ value: string }>, number];
    const removed = deleted[0]?.[0];
    if (!removed) throw ListError.itemNotFound(itemId);
    await this.notifier.changed('lists');
    await this.audit.record({
      action: RiskAuditAction.ListItemRemove,
      actor,
      targetType: 'list',
      targetId: list.id,
      details: { list: list.name, value: removed.value, itemId },
    });
  }

  private async find(id: string): Promise<ListJson> {
    const rows = UUID.test(id)
      ? ((await this.dataSource.query(`${SELECT_LISTS} WHERE l.id = $1`, [id])) as ListRow[])
      : [];
    if (!rows[0]) throw ListError.notFound(id);
    return toListJson(rows[0]);
  }
}

function encodeCursor(at: string, id: string): string {
  return Buffer.from(`${at}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } | null {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!at || !id || !UUID.test(id) || !CURSOR_AT.test(at)) return null;
  return { at, id };
}
