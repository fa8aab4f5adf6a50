import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  type BacktestResultJson,
  type RiskThresholdsJson,
  type RuleAttributeJson,
  type RuleJson,
  type RuleVersionJson,
} from '@vigil/contracts';
import { ATTRIBUTES } from '@vigil/risk-engine';
import { type Actor } from '../auth/actor.js';
import { ANY_ROLE, CurrentActor, Roles } from '../auth/auth.decorators.js';
import { BacktestService } from './backtest.service.js';
import {
  type BacktestInput,
  backtestSchema,
  type CreateRuleInput,
  createRuleSchema,
  type ThresholdsInput,
  thresholdsSchema,
  type UpdateRuleInput,
  updateRuleSchema,
} from './rules.schemas.js';
import { RulesService } from './rules.service.js';
import { ThresholdsService } from './thresholds.service.js';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import {
  backtestResult,
  riskThresholds,
  ruleAttributes,
  ruleJson,
  ruleList,
  ruleVersions,
} from '../openapi/responses/rules.js';

const ATTRIBUTE_LIST: RuleAttributeJson[] = ATTRIBUTES.map((a) => ({
  name: a.name,
  type: a.type,
  category: a.category,
  description: a.description,
}));

/** Owners edit rules; everyone signed in may read them. Fixed paths come before `:id`. */
@Controller('api/rules')
export class RulesController {
  constructor(
    private readonly rules: RulesService,
    private readonly thresholds: ThresholdsService,
    private readonly backtests: BacktestService,
  ) {}

  @Roles(...ANY_ROLE)
  @ApiOkResponse({ standardSchema: ruleList })
  @Get()
  async list(): Promise<{ items: RuleJson[] }> {
    return { items: await this.rules.list() };
  }

  @Roles(...ANY_ROLE)
  @ApiOkResponse({ standardSchema: ruleAttributes })
  @Get('attributes')
  attributes(): { items: RuleAttributeJson[] } {
    return { items: ATTRIBUTE_LIST };
  }

  @Roles(...ANY_ROLE)
  @ApiOkResponse({ standardSchema: riskThresholds })
  @Get('thresholds')
  getThresholds(): Promise<RiskThresholdsJson> {
    return this.thresholds.get();
  }

  @Roles('owner')
  @ApiOkResponse({ standardSchema: riskThresholds })
  @Put('thresholds')
  setThresholds(
    @Body({ schema: thresholdsSchema }) body: ThresholdsInput,
    @CurrentActor() actor: Actor,
  ): Promise<RiskThresholdsJson> {
    return this.thresholds.set(body, actor);
  }

  /** Read-only, but it scans up to every stored transaction: for the owner tuning rules. */
  @Roles('owner')
  @ApiOkResponse({ standardSchema: backtestResult })
  @Post('backtest')
  @HttpCode(200)
  backtest(
    @Body({ schema: backtestSchema }) body: BacktestInput,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<BacktestResultJson> {
    const disconnected = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) disconnected.abort();
    });
    return this.backtests.run(body, { userId: actor.user.id, signal: disconnected.signal });
  }

  @Roles('owner')
  @ApiCreatedResponse({ standardSchema: ruleJson })
  @Post()
  create(
    @Body({ schema: createRuleSchema }) body: CreateRuleInput,
    @CurrentActor() actor: Actor,
  ): Promise<RuleJson> {
    return this.rules.create(body, actor);
  }

  @Roles(...ANY_ROLE)
  @ApiOkResponse({ standardSchema: ruleJson })
  @Get(':id')
  get(@Param('id') id: string): Promise<RuleJson> {
    return this.rules.get(id);
  }

  @Roles(...ANY_ROLE)
  @ApiOkResponse({ standardSchema: ruleVersions })
  @Get(':id/versions')
  async versions(@Param('id') id: string): Promise<{ items: RuleVersionJson[] }> {
    return { items: await this.rules.versions(id) };
  }

  @Roles('owner')
  @ApiOkResponse({ standardSchema: ruleJson })
  @Patch(':id')
  update(
    @Param('id') id: string,
    @Body({ schema: updateRuleSchema }) body: UpdateRuleInput,
    @CurrentActor() actor: Actor,
  ): Promise<RuleJson> {
    return this.rules.update(id, body, actor);
  }

  @Roles('owner')
  @ApiNoContentResponse()
  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.rules.remove(id, actor);
  }
}
