import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import { type Actor } from '../auth/actor.js';
import { CurrentActor, Roles } from '../auth/auth.decorators.js';
import { limitParam } from '../common/list-query.js';
import { type DeadLetterPage, DeadLettersService } from './dead-letters.service.js';
import { ApiOkResponse } from '@nestjs/swagger';
import { deadLetterPage, deadLetterReplayed } from '../openapi/responses/operations.js';

const deadLetterQuerySchema = z.strictObject({ limit: limitParam });
type DeadLetterQuery = z.infer<typeof deadLetterQuerySchema>;

/** Owner only: failed jobs carry which sources sent what, and replaying one is a change. */
@Controller('api/dead-letters')
@Roles('owner')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLettersService) {}

  @ApiOkResponse({ standardSchema: deadLetterPage })
  @Get()
  list(@Query({ schema: deadLetterQuerySchema }) query: DeadLetterQuery): Promise<DeadLetterPage> {
    return this.deadLetters.list(query.limit);
  }

  @ApiOkResponse({ standardSchema: deadLetterReplayed })
  @Post(':id/replay')
  @HttpCode(200)
  replay(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<{ replayed: true; id: string }> {
    return this.deadLetters.replay(id, actor);
  }
}
