import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type DraftRuleJson, type RiskThresholdsJson } from '@vigil/contracts';
import {
  buildRiskLists,
  compileRuleSet,
  type CompiledRuleSet,
  type ListItemKind,
  type RiskLists,
  type RuleDefinition,
} from '@vigil/risk-engine';
import { RuleEntity } from '@vigil/persistence';
import { slugify } from '../rules/rules.service.js';
import { ThresholdsService } from '../rules/thresholds.service.js';
import { DetectionError } from './detection.errors.js';

export interface LoadedRuleSet {
  definitions: RuleDefinition[];
  /** The stored rules' versions (calibration suggestions name the version they start from). */
  versions: Map<string, number>;
  compiled: CompiledRuleSet;
  lists: RiskLists;
  thresholds: RiskThresholdsJson;
  names: Map<string, string>;
}

/**
 * The rule set a simulation or calibration runs: the current one (as the worker loads it) or a draft,
 * compiled by the engine's own compileRuleSet with today's lists. A draft rule that does not compile is
 * refused with its name, position and cause.
 */
@Injectable()
export class RuleSetSource {
  constructor(
    private readonly dataSource: DataSource,
    private readonly thresholds: ThresholdsService,
  ) {}

  async load(draft?: DraftRuleJson[], thresholds?: RiskThresholdsJson): Promise<LoadedRuleSet> {
    const [lists, current] = await Promise.all([this.lists(), this.thresholds.get()]);
    const versions = new Map<string, number>();
    let definitions: RuleDefinition[];
    if (draft) {
      const used = new Set<string>();
      definitions = draft.map((rule) => {
        let id = rule.id ?? slugify(rule.name);
        for (let n = 2; used.has(id); n += 1) id = `${rule.id ?? slugify(rule.name)}_${n}`;
        used.add(id);
        return {
          id,
          name: rule.name,
          expression: rule.expression,
          action: rule.action,
          points: rule.points ?? 0,
          enabled: rule.enabled ?? true,
        };
      });
    } else {
      const rules = await this.dataSource
        .getRepository(RuleEntity)
        .find({ order: { position: 'ASC', id: 'ASC' } });
      definitions = rules
        .filter((rule) => rule.deletedAt === null)
        .map((rule) => {
          versions.set(rule.id, rule.version);
          return {
            id: rule.id,
            name: rule.name,
            expression: rule.expression,
            action: rule.action,
            points: rule.points,
            enabled: rule.enabled,
            ...(rule.description ? { description: rule.description } : {}),
          };
        });
    }
    const compiled = compileRuleSet(definitions, { knownLists: new Set(Object.keys(lists)) });
    const broken = compiled.errors[0];
    if (draft && broken) throw DetectionError.invalidRule(broken.name, broken.message);
    return {
      definitions,
      versions,
      compiled,
      lists,
      thresholds: thresholds ?? current,
      names: new Map(definitions.map((rule) => [rule.id, rule.name])),
    };
  }

  private async lists(): Promise<RiskLists> {
    const rows = (await this.dataSource.query(
      `SELECT l.name, l.kind, COALESCE(array_agg(i.value) FILTER (WHERE i.value IS NOT NULL), '{}') AS items
       FROM lists l LEFT JOIN list_items i ON i.list_id = l.id GROUP BY l.id`,
    )) as Array<{ name: string; kind: ListItemKind; items: string[] }>;
    return buildRiskLists(rows);
  }
}
