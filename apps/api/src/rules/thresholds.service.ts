import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RiskAuditAction, type RiskThresholdsJson } from '@vigil/contracts';
import { DEFAULT_THRESHOLDS } from '@vigil/risk-engine';
import { RISK_SETTINGS } from '@vigil/pipeline';
import { type Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { RiskChangeNotifier } from './risk-change-notifier.service.js';

/** settings.key of the thresholds; the worker reads the same row (named once in libs/pipeline's registry). */
export const RISK_THRESHOLDS_SETTING = RISK_SETTINGS.thresholdsKey;

@Injectable()
export class ThresholdsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifier: RiskChangeNotifier,
  ) {}

  async get(): Promise<RiskThresholdsJson> {
    const rows = (await this.dataSource.query('SELECT value FROM settings WHERE key = $1', [
      RISK_THRESHOLDS_SETTING,
    ])) as Array<{ value: Partial<RiskThresholdsJson> | null }>;
    const value = rows[0]?.value;
    return typeof value?.block === 'number' && typeof value.review === 'number'
      ? { block: value.block, review: value.review }
      : { ...DEFAULT_THRESHOLDS };
  }

  async set(thresholds: RiskThresholdsJson, actor: Actor): Promise<RiskThresholdsJson> {
    const before = await this.get();
    const value = { block: thresholds.block, review: thresholds.review };
    await this.dataSource.query(
      `INSERT INTO settings (key, value) VALUES ($1, $2::jsonb)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [RISK_THRESHOLDS_SETTING, JSON.stringify(value)],
    );
    await this.notifier.changed('rules');
    await this.audit.record({
      action: RiskAuditAction.ThresholdsUpdate,
      actor,
      targetType: 'settings',
      targetId: RISK_THRESHOLDS_SETTING,
      details: { before, after: value },
    });
    return value;
  }
}
