import { Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { type BulkDecisionResultJson, type TransactionJson } from '@vigil/contracts';
import { type Actor } from '../auth/actor.js';
import { CurrentActor, Roles, STAFF_AND_OWNER } from '../auth/auth.decorators.js';
import { ClaimsService } from './claims.service.js';
import {
  type BulkDecisionInput,
  bulkDecisionSchema,
  type DecisionInput,
  decisionSchema,
} from './decisions.schemas.js';
import { DecisionsService } from './decisions.service.js';
import { ApiOkResponse } from '@nestjs/swagger';
import { bulkDecisionResult } from '../openapi/responses/reviews.js';
import { transactionJson } from '../openapi/responses/transactions.js';

const transactionId = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/**
 * The review queue's writes (docs/api.md#transactions-and-decisions): staff and owners claim, release and
 * decide held transactions.
 */
@Controller('api/transactions')
@Roles(...STAFF_AND_OWNER)
export class DecisionsController {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly claims: ClaimsService,
  ) {}

  @ApiOkResponse({ standardSchema: bulkDecisionResult })
  @Post('decisions/bulk')
  @HttpCode(200)
  bulk(
    @Body({ schema: bulkDecisionSchema }) body: BulkDecisionInput,
    @CurrentActor() actor: Actor,
  ): Promise<BulkDecisionResultJson> {
    return this.decisions.bulk(body, actor);
  }

  @ApiOkResponse({ standardSchema: transactionJson })
  @Post(':id/claim')
  @HttpCode(200)
  claim(@Param('id', transactionId) id: string, @CurrentActor() actor: Actor): Promise<TransactionJson> {
    return this.claims.claim(id, actor);
  }

  @ApiOkResponse({ standardSchema: transactionJson })
  @Delete(':id/claim')
  release(@Param('id', transactionId) id: string, @CurrentActor() actor: Actor): Promise<TransactionJson> {
    return this.claims.release(id, actor);
  }

  @ApiOkResponse({ standardSchema: transactionJson })
  @Post(':id/decision')
  @HttpCode(200)
  decide(
    @Param('id', transactionId) id: string,
    @Body({ schema: decisionSchema }) body: DecisionInput,
    @CurrentActor() actor: Actor,
  ): Promise<TransactionJson> {
    return this.decisions.decide(id, body, actor);
  }
}
