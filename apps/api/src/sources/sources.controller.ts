import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { z } from 'zod';
import {
  HOLD_EXPIRY_POLICIES,
  HOLD_MINUTES_MAX,
  SOURCE_KINDS,
  SOURCE_RATE_LIMIT_MAX,
  type SourceJson,
  type SourceWithSecretJson,
} from '@vigil/contracts';
import { type Actor } from '../auth/actor.js';
import { ANY_ROLE, CurrentActor, Roles } from '../auth/auth.decorators.js';
import { secretFormatProblem } from './secret-format.js';
import { SourcesService } from './sources.service.js';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { sourceJson, sourceList, sourceWithSecret } from '../openapi/responses/sources.js';

const MAX_GRACE_HOURS = 24 * 30;

const name = z.string().trim().min(1, 'name is required').max(200, 'name must be at most 200 characters');
const decisionUrl = z
  .url({ protocol: /^https?$/, error: 'decisionUrl must be an http(s) URL' })
  .max(2048, 'decisionUrl must be at most 2048 characters')
  .nullable()
  .optional();
const rateLimitPerSecond = z
  .int('rateLimitPerSecond must be an integer')
  .min(1, 'rateLimitPerSecond must be at least 1')
  .max(SOURCE_RATE_LIMIT_MAX, `rateLimitPerSecond must be at most ${SOURCE_RATE_LIMIT_MAX}`)
  .optional();
const secret = z.string('secret must be a string').optional();
// Hold policy (review queue). Fractional minutes are allowed (0.5 = 30 s), mostly for trying policies out.
const holdMinutes = z
  .number('holdMinutes must be a number')
  .min(0.05, 'holdMinutes must be at least 0.05')
  .max(HOLD_MINUTES_MAX, `holdMinutes must be at most ${HOLD_MINUTES_MAX}`)
  .optional();
const onHoldExpiry = z
  .enum(HOLD_EXPIRY_POLICIES, `onHoldExpiry must be one of ${HOLD_EXPIRY_POLICIES.join(', ')}`)
  .optional();
const notifyAutoApprovals = z.boolean('notifyAutoApprovals must be true or false').optional();
const HOLD_FIELDS = 'holdMinutes, onHoldExpiry, notifyAutoApprovals';

/** Unknown fields are refused rather than ignored, so a typo (or `secret` on PATCH) does not look applied. */
const unknownFields =
  (allowed: string) =>
  (issue: { code?: string; keys?: string[] }): string | undefined =>
    issue.code === 'unrecognized_keys'
      ? `unknown field ${issue.keys?.join(', ')}: the body may only contain ${allowed}`
      : undefined;

const createSourceSchema = z
  .strictObject(
    {
      name,
      kind: z.enum(SOURCE_KINDS, `kind must be one of ${SOURCE_KINDS.join(', ')}`),
      secret,
      decisionUrl,
      rateLimitPerSecond,
      holdMinutes,
      onHoldExpiry,
      notifyAutoApprovals,
    },
    { error: unknownFields(`name, kind, secret, decisionUrl, rateLimitPerSecond, ${HOLD_FIELDS}`) },
  )
  .superRefine((body, ctx) => {
    const problem = body.secret === undefined ? null : secretFormatProblem(body.kind, body.secret);
    if (problem) ctx.addIssue({ code: 'custom', path: ['secret'], message: problem });
  });

const updateSourceSchema = z
  .strictObject(
    {
      name: name.optional(),
      decisionUrl,
      rateLimitPerSecond,
      holdMinutes,
      onHoldExpiry,
      notifyAutoApprovals,
    },
    {
      error: unknownFields(
        `name, decisionUrl, rateLimitPerSecond, ${HOLD_FIELDS} (rotate the secret with POST /api/sources/:id/rotate)`,
      ),
    },
  )
  .refine((body) => Object.keys(body).length > 0, {
    error: `nothing to change: give name, decisionUrl, rateLimitPerSecond or ${HOLD_FIELDS}`,
  });

const rotateSourceSchema = z
  .strictObject(
    {
      graceHours: z
        .number('graceHours must be a number')
        .min(0, 'graceHours must be at least 0')
        .max(MAX_GRACE_HOURS, `graceHours must be at most ${MAX_GRACE_HOURS}`)
        .optional(),
      secret,
    },
    { error: unknownFields('graceHours, secret') },
  )
  .optional();

@Controller('api/sources')
export class SourcesController {
  constructor(private readonly sources: SourcesService) {}

  @Roles('owner')
  @ApiCreatedResponse({ standardSchema: sourceWithSecret })
  @Post()
  create(
    @Body({ schema: createSourceSchema }) body: z.infer<typeof createSourceSchema>,
    @CurrentActor() actor: Actor,
  ): Promise<SourceWithSecretJson> {
    return this.sources.create(body, actor);
  }

  /** Never includes secrets: they are shown only by create and rotate. */
  @Roles(...ANY_ROLE)
  @ApiOkResponse({ standardSchema: sourceList })
  @Get()
  async list(): Promise<{ items: SourceJson[] }> {
    return { items: await this.sources.list() };
  }

  @Roles('owner')
  @ApiOkResponse({ standardSchema: sourceJson })
  @Patch(':id')
  update(
    @Param('id') id: string,
    @Body({ schema: updateSourceSchema }) body: z.infer<typeof updateSourceSchema>,
    @CurrentActor() actor: Actor,
  ): Promise<SourceJson> {
    return this.sources.update(id, body, actor);
  }

  @Roles('owner')
  @ApiOkResponse({ standardSchema: sourceWithSecret })
  @Post(':id/rotate')
  @HttpCode(200)
  rotate(
    @Param('id') id: string,
    @Body({ schema: rotateSourceSchema }) body: z.infer<typeof rotateSourceSchema>,
    @CurrentActor() actor: Actor,
  ): Promise<SourceWithSecretJson> {
    return this.sources.rotate(id, body, actor);
  }
}
