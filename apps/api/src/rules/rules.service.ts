import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { RiskAuditAction, type RuleChange, type RuleJson, type RuleVersionJson } from '@vigil/contracts';
import { RiskListEntity, RuleEntity, RuleVersionEntity } from '@vigil/persistence';
import { validateExpression } from '@vigil/risk-engine';
import { type Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { RiskChangeNotifier } from './risk-change-notifier.service.js';
import { type CreateRuleInput, RULE_ID, type UpdateRuleInput } from './rules.schemas.js';
import { RuleError } from './rules.errors.js';

/** Serializes rule writes (new ids, positions, versions) across api nodes. */
const RULES_LOCK_ID = 4_711_201;

export function toRuleJson(rule: RuleEntity): RuleJson {
  return {
    id: rule.id,
    name: rule.name,
    expression: rule.expression,
    action: rule.action,
    points: rule.points,
    enabled: rule.enabled,
    description: rule.description,
    version: rule.version,
    createdAt: rule.createdAt.toISOString(),
    updatedAt: rule.updatedAt.toISOString(),
  };
}

function toVersionJson(row: RuleVersionEntity): RuleVersionJson {
  return {
    ruleId: row.ruleId,
    version: row.version,
    change: row.change,
    name: row.name,
    expression: row.expression,
    action: row.action,
    points: row.points,
    enabled: row.enabled,
    description: row.description,
    changedBy: row.changedBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A readable, stable id from the name: it is the signal code transactions show ('High amount' → high_amount). */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60)
    .replace(/_+$/, '');
  return slug === '' ? 'rule' : slug;
}

@Injectable()
export class RulesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifier: RiskChangeNotifier,
  ) {}

  async list(): Promise<RuleJson[]> {
    const rules = await this.dataSource
      .getRepository(RuleEntity)
      .find({ order: { position: 'ASC', id: 'ASC' } });
    return rules.map(toRuleJson);
  }

  async get(id: string): Promise<RuleJson> {
    return toRuleJson(await this.find(this.dataSource.manager, id));
  }

  async versions(id: string): Promise<RuleVersionJson[]> {
    await this.find(this.dataSource.manager, id);
    const rows = await this.dataSource
      .getRepository(RuleVersionEntity)
      .find({ where: { ruleId: id }, order: { version: 'DESC' } });
    return rows.map(toVersionJson);
  }

  async create(input: CreateRuleInput, actor: Actor): Promise<RuleJson> {
    await this.checkExpression(input.expression);
    const rule = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [RULES_LOCK_ID]);
      const id = await this.freeId(manager, slugify(input.name));
      const [{ next }] = (await manager.query(
        'SELECT COALESCE(MAX(position), 0) + 1 AS next FROM rules',
      )) as [{ next: number }];
      const created = await manager.save(
        manager.create(RuleEntity, {
          id,
          name: input.name,
          expression: input.expression,
          action: input.action,
          points: input.points ?? 0,
          enabled: input.enabled ?? true,
          description: input.description ?? null,
          position: Number(next),
          version: 1,
        }),
      );
      await this.saveVersion(manager, created, 'created', actor);
      return created;
    });
    await this.afterChange(RiskAuditAction.RuleCreate, rule, actor);
    return toRuleJson(rule);
  }

  async update(id: string, patch: UpdateRuleInput, actor: Actor): Promise<RuleJson> {
    if (patch.expression !== undefined) await this.checkExpression(patch.expression);
    const rule = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [RULES_LOCK_ID]);
      const current = await this.find(manager, id);
      if (patch.version !== undefined && patch.version !== current.version) {
        throw RuleError.staleVersion(current.version);
      }
      const { version: _edited, ...changes } = patch;
      Object.assign(current, changes, { version: current.version + 1 });
      const saved = await manager.save(current);
      await this.saveVersion(manager, saved, 'updated', actor);
      return saved;
    });
    await this.afterChange(RiskAuditAction.RuleUpdate, rule, actor, { changed: Object.keys(patch) });
    return toRuleJson(rule);
  }

  /**
   * New points for several rules at once (a calibration, docs/detection.md): all or nothing, each rule at the
   * version the caller saw, each change a new version. Rules whose points stay are left alone.
   */
  async applyPoints(
    changes: ReadonlyArray<{ id: string; version: number; points: number }>,
    actor: Actor,
  ): Promise<Array<{ rule: RuleJson; before: number }>> {
    const updated = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [RULES_LOCK_ID]);
      const result: Array<{ rule: RuleEntity; before: number }> = [];
      for (const change of changes) {
        const current = await manager.findOneBy(RuleEntity, { id: change.id, deletedAt: IsNull() });
        if (!current) throw RuleError.gone(change.id);
        if (current.version !== change.version) throw RuleError.staleVersion(current.version);
        if (current.points === change.points) continue;
        const before = current.points;
        current.points = change.points;
        current.version += 1;
        const saved = await manager.save(current);
        await this.saveVersion(manager, saved, 'updated', actor);
        result.push({ rule: saved, before });
      }
      return result;
    });
    for (const { rule } of updated)
      await this.afterChange(RiskAuditAction.RuleUpdate, rule, actor, {
        changed: ['points'],
        calibration: true,
      });
    return updated.map(({ rule, before }) => ({ rule: toRuleJson(rule), before }));
  }

  /** Soft delete: the rule stops scoring; its versions (and the codes on old signals) stay explainable. */
  async remove(id: string, actor: Actor): Promise<void> {
    const rule = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [RULES_LOCK_ID]);
      const current = await this.find(manager, id);
      current.version += 1;
      await manager.query(
        'UPDATE rules SET deleted_at = now(), updated_at = now(), version = $2 WHERE id = $1',
        [id, current.version],
      );
      await this.saveVersion(manager, current, 'deleted', actor);
      return current;
    });
    await this.afterChange(RiskAuditAction.RuleDelete, rule, actor);
  }

  /** Refuses an expression the engine cannot compile, with its position and what was expected there. */
  async checkExpression(expression: string): Promise<void> {
    const names = await this.dataSource.getRepository(RiskListEntity).find({ select: { name: true } });
    const result = validateExpression(expression, { knownLists: new Set(names.map((list) => list.name)) });
    if (!result.ok) throw RuleError.invalidExpression(result.message);
  }

  private async find(manager: EntityManager, id: string): Promise<RuleEntity> {
    const rule = RULE_ID.test(id) ? await manager.findOneBy(RuleEntity, { id, deletedAt: IsNull() }) : null;
    if (!rule) throw RuleError.notFound(id);
    return rule;
  }

  /** Ids are never reused, not even a deleted rule's: old signals keep pointing at the right history. */
  private async freeId(manager: EntityManager, base: string): Promise<string> {
    const rows = (await manager.query(`SELECT id FROM rules WHERE id = $1 OR id LIKE $2`, [
      base,
      `${base.replace(/_/g, '\\_')}\\_%`,
    ])) as Array<{ id: string }>;
    const taken = new Set(rows.map((row) => row.id));
    if (!taken.has(base)) return base;
    for (let n = 2; ; n += 1) if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
  }

  private async saveVersion(
    manager: EntityManager,
    rule: RuleEntity,
    change: RuleChange,
    actor: Actor,
  ): Promise<void> {
    await manager.insert(RuleVersionEntity, {
      ruleId: rule.id,
      version: rule.version,
      change,
      name: rule.name,
      expression: rule.expression,
      action: rule.action,
      points: rule.points,
      enabled: rule.enabled,
      description: rule.description,
      changedBy: actor.user.id,
    });
  }

  private async afterChange(
    action: string,
    rule: RuleEntity,
    actor: Actor,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await this.notifier.changed('rules');
    await this.audit.record({
      action,
      actor,
      targetType: 'rule',
      targetId: rule.id,
      details: { ...details, name: rule.name, version: rule.version },
    });
  }
}
