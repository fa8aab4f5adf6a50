import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { RiskAuditAction } from '@vigil/contracts';
import { DEFAULT_LISTS, DEFAULT_RULES, DEFAULT_THRESHOLDS } from '@vigil/risk-engine';
import { RiskChangeNotifier } from './risk-change-notifier.service.js';
import { RISK_THRESHOLDS_SETTING } from './thresholds.service.js';

const DEFAULTS_LOCK_ID = 4_711_202;
/** Marks the defaults as installed: a default rule the owner deleted does not come back on restart. */
const INSTALLED_SETTING = 'risk_defaults_installed';
/** Marks the default lists' first items as installed (once per installation, new or upgraded). */
const LIST_ITEMS_SETTING = 'risk_default_list_items_installed';
const DEFAULT_ITEM_NOTE = 'Installed by Vigil: see docs/detection.md, "Blocked countries"';

/**
 * The default lists' first items (the sanctioned countries), for a list that is empty and was never edited:
 * no item was ever added to or removed from it through the api (the audit trail says so). A list the owner
 * emptied on purpose stays empty.
 */
const FILL_UNTOUCHED_LIST = `
INSERT INTO list_items (list_id, value, note)
SELECT l.id, v.value, $3 FROM lists l CROSS JOIN unnest($2::text[]) AS v(value)
WHERE l.name = $1
  AND NOT EXISTS (SELECT 1 FROM list_items i WHERE i.list_id = l.id)
  AND NOT EXISTS (
    SELECT 1 FROM audit_events a
    WHERE a.target_type = 'list' AND a.target_id = l.id::text AND a.action = ANY($4::text[]))
ON CONFLICT (list_id, value) DO NOTHING
RETURNING list_id, value`;

/**
 * First start: installs DEFAULT_RULES, DEFAULT_LISTS (with their first items) and the thresholds once, across
 * concurrent api nodes. An installation from before the lists had items gets the missing default lists and
 * the items of untouched ones on its next start, once (audited as the system's change).
 */
@Injectable()
export class RiskDefaultsService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifier: RiskChangeNotifier,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const changed = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [DEFAULTS_LOCK_ID]);
      const rules = (await this.isMarked(manager, INSTALLED_SETTING)) ? false : await this.install(manager);
      const lists = (await this.isMarked(manager, LIST_ITEMS_SETTING))
        ? false
        : await this.fillLists(manager);
      return { rules, lists };
    });
    if (changed.rules) await this.notifier.changed('rules');
    if (changed.rules || changed.lists) await this.notifier.changed('lists');
  }

  private async isMarked(manager: EntityManager, key: string): Promise<boolean> {
    const rows = (await manager.query('SELECT 1 FROM settings WHERE key = $1', [key])) as unknown[];
    return rows.length > 0;
  }

  private async mark(manager: EntityManager, key: string, value: unknown): Promise<void> {
    await manager.query(
      'INSERT INTO settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO NOTHING',
      [key, JSON.stringify(value)],
    );
  }

  private async install(manager: EntityManager): Promise<true> {
    const rules = DEFAULT_RULES.map((rule, i) => ({ ...rule, position: i + 1 }));
    await manager.query(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(id text, name text, expression text, action text,
           points int, enabled boolean, description text, position int)
       ), inserted AS (
         INSERT INTO rules (id, name, expression, action, points, enabled, description, position, version)
         SELECT id, name, expression, action, points, enabled, description, position, 1 FROM input
         ON CONFLICT (id) DO NOTHING
         RETURNING id, name, expression, action, points, enabled, description
       )
       INSERT INTO rule_versions (rule_id, version, change, name, expression, action, points, enabled, description)
       SELECT id, 1, 'created', name, expression, action, points, enabled, description FROM inserted`,
      [JSON.stringify(rules)],
    );
    await this.mark(manager, RISK_THRESHOLDS_SETTING, DEFAULT_THRESHOLDS);
    await this.mark(manager, INSTALLED_SETTING, { at: new Date().toISOString() });
    return true;
  }

  /** Creates missing default lists and gives untouched ones their first items; true when anything changed. */
  private async fillLists(manager: EntityManager): Promise<boolean> {
    const created = (await manager.query(
      `INSERT INTO lists (name, kind, description)
       SELECT name, kind, description FROM jsonb_to_recordset($1::jsonb) AS l(name text, kind text, description text)
       ON CONFLICT (name) DO NOTHING
       RETURNING id`,
      [JSON.stringify(DEFAULT_LISTS.map(({ name, kind, description }) => ({ name, kind, description })))],
    )) as unknown[];
    let filled = 0;
    for (const list of DEFAULT_LISTS) {
      if (!list.items?.length) continue;
      const rows = (await manager.query(FILL_UNTOUCHED_LIST, [
        list.name,
        list.items,
        DEFAULT_ITEM_NOTE,
        [RiskAuditAction.ListItemAdd, RiskAuditAction.ListItemRemove],
      ])) as Array<{ list_id: string; value: string }>;
      const [first] = rows;
      if (!first) continue;
      filled += rows.length;
      await manager.query(
        `INSERT INTO audit_events (action, target_type, target_id, result, details)
         VALUES ($1, 'list', $2, 'success', $3::jsonb)`,
        [
          RiskAuditAction.ListItemAdd,
          first.list_id,
          JSON.stringify({ list: list.name, values: rows.map((r) => r.value), by: 'vigil defaults' }),
        ],
      );
    }
    await this.mark(manager, LIST_ITEMS_SETTING, { at: new Date().toISOString() });
    return created.length > 0 || filled > 0;
  }
}
