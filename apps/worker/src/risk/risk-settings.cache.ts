import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RISK_SETTINGS, SHARED_STORES, type SharedStores } from '@vigil/pipeline';
import {
  buildRiskLists,
  compileRuleSet,
  type CompiledRuleSet,
  type ListItemKind,
  type RuleAction,
} from '@vigil/risk-engine';
import { readThresholds, type RiskSettings } from './risk-settings.js';

interface RuleRow {
  id: string;
  name: string;
  expression: string;
  action: RuleAction;
  points: number;
  enabled: boolean;
  description: string | null;
  version: number;
}

const SAFETY_RELOAD_MS = 60_000;

/**
 * Rules (compiled once per rules version), lists (built once per change) and thresholds, shared by every
 * evaluation. Freshness: each scoring call compares the api's revision counter in the shared store and
 * reloads when it moved, so a change made through the api applies to every event processed after the api
 * answered; the change notification reloads idle workers early; a 60 s reload covers a lost one.
 */
@Injectable()
export class RiskSettingsCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RiskSettingsCache.name);
  private settings: RiskSettings | null = null;
  private loadedRevision: number | null = null;
  private rulesSignature = '';
  private inflight: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(SHARED_STORES) private readonly stores: SharedStores,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.stores.riskChanges.subscribe(() => void this.reload().catch((error) => this.warn(error)));
    this.timer = setInterval(() => void this.reload().catch((error) => this.warn(error)), SAFETY_RELOAD_MS);
    this.timer.unref();
    await this.reload().catch((error) => this.warn(error));
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
  }

  /** Settings no older than the last change the api acknowledged. */
  async current(): Promise<RiskSettings> {
    const seen = await this.readRevision();
    if (this.settings && seen === this.loadedRevision) return this.settings;
    try {
      await this.reload();
      // A load already running when the change landed may have read the old rows: load once more.
      if (seen !== null && (this.loadedRevision ?? -1) < seen) await this.reload();
    } catch (error) {
      if (!this.settings) throw error;
      this.warn(error);
    }
    return this.settings as RiskSettings;
  }

  /** Single flight: callers during a load share it. */
  reload(): Promise<void> {
    this.inflight ??= this.load().finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  private async load(): Promise<void> {
    // Read the revision first: a change after this point makes the next caller load again.
    const revision = await this.readRevision();
    const [rules, lists, thresholds] = await Promise.all([
      this.dataSource.query(
        `SELECT id, name, expression, action, points, enabled, description, version FROM rules
         WHERE deleted_at IS NULL ORDER BY position, id`,
      ) as Promise<RuleRow[]>,
      this.dataSource.query(RISK_SETTINGS.listsQuery) as Promise<
        Array<{ name: string; kind: ListItemKind; items: string[] }>
      >,
      this.dataSource.query('SELECT value FROM settings WHERE key = $1', [
        RISK_SETTINGS.thresholdsKey,
      ]) as Promise<Array<{ value: unknown }>>,
    ]);
    const signature = rules.map((rule) => `${rule.id}@${rule.version}`).join(',');
    const ruleSet =
      this.settings && signature === this.rulesSignature ? this.settings.ruleSet : this.compile(rules);
    this.rulesSignature = signature;
    this.settings = {
      ruleSet,
      lists: buildRiskLists(lists),
      thresholds: readThresholds(thresholds[0]?.value),
    };
    this.loadedRevision = revision;
  }

  private compile(rules: RuleRow[]): CompiledRuleSet {
    const ruleSet = compileRuleSet(
      rules.map((rule) => ({ ...rule, description: rule.description ?? undefined })),
    );
    for (const error of ruleSet.errors) {
      this.logger.warn(`rule ${error.ruleId} is skipped: ${error.message}`);
    }
    return ruleSet;
  }

  /** The shared revision; while the store is away, the loaded one (the 60 s reload still applies changes). */
  private async readRevision(): Promise<number | null> {
    try {
      return await this.stores.riskChanges.revision();
    } catch (error) {
      if (!this.settings) throw error;
      return this.loadedRevision;
    }
  }

  private warn(error: unknown): void {
    this.logger.warn(
      `risk settings reload failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
