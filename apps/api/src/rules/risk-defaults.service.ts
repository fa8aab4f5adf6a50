import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEFAULT_LISTS, DEFAULT_RULES, DEFAULT_THRESHOLDS } from '@vigil/risk-engine';
import { RiskChangeNotifier } from './risk-change-notifier.service.js';
import { RISK_THRESHOLDS_SETTING } from './thresholds.service.js';

const DEFAULTS_LOCK_ID = 4_711_202;
/** Marks the defaults as installed: a default rule the owner deleted does not come back on restart. */
const INSTALLED_SETTING = 'risk_defaults_installed';

/** First start: installs DEFAULT_RULES, DEFAULT_LISTS and the thresholds once, across concurrent api nodes. */
@Injectable()
export class RiskDefaultsService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifier: RiskChangeNotifier,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const installed = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [DEFAULTS_LOCK_ID]);
      const done = (await manager.query('SELECT 1 FROM settings WHERE key = $1', [
        INSTALLED_SETTING,
      ])) as unknown[];
      if (done.length > 0) return false;
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
      await manager.query(
        `INSERT INTO lists (name, kind, description)
         SELECT name, kind, description FROM jsonb_to_recordset($1::jsonb) AS l(name text, kind text, description text)
         ON CONFLICT (name) DO NOTHING`,
        [JSON.stringify(DEFAULT_LISTS)],
      );
      await manager.query(
        `INSERT INTO settings (key, value) VALUES ($1, $2::jsonb), ($3, $4::jsonb) ON CONFLICT (key) DO NOTHING`,
        [
          RISK_THRESHOLDS_SETTING,
          JSON.stringify(DEFAULT_THRESHOLDS),
          INSTALLED_SETTING,
          JSON.stringify({ at: new Date().toISOString() }),
        ],
      );
      return true;
    });
    if (installed) {
      await this.notifier.changed('rules');
      await this.notifier.changed('lists');
    }
  }
}
