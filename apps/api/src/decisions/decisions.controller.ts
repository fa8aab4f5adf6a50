import {
  Body,
  Controller,
  Delete,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  UseFilters,
} from '@nestjs/common';
import type { Request } from 'express';
import { type BulkDecisionResultJson, type TransactionJson } from '@vigil/contracts';
import { Roles, STAFF_AND_OWNER } from '../auth/auth.decorators.js';
import { ClaimsService } from './claims.service.js';
import { DecisionErrorFilter } from './decision-error.filter.js';
import {
  type BulkDecisionInput,
  bulkDecisionSchema,
  type DecisionInput,
  decisionSchema,
} from './decision-schemas.js';
import { DecisionsService } from './decisions.service.js';
import { ApiOkResponse } from '@nestjs/swagger';
import { bulkDecisionResult } from '../openapi/responses/reviews.js';
import { transactionJson } from '../openapi/responses/transactions.js';

const transactionId = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/** The review queue's writes (spec §2): staff and owners claim, release and decide held transactions. */
@Controller('api/transactions')
@Roles(...STAFF_AND_OWNER)
@UseFilters(DecisionErrorFilter)
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
    @Req() request: Request,
  ): Promise<BulkDecisionResultJson> {
    return this.decisions.bulk(body, request);
  }

  @ApiOkResponse({ standardSchema: transactionJson })
  @Post(':id/claim')
  @HttpCode(200)
  claim(@Param('id', transactionId) id: string, @Req() request: Request): Promise<TransactionJson> {
    return this.claims.claim(id, request);
  }

  @ApiOkResponse({ standardSchema: transactionJson })
  @Delete(':id/claim')
  release(@Param('id', transactionId) id: string, @Req() request: Request): Promise<TransactionJson> {
    return this.claims.release(id, request);
  }

  @ApiOkResponse({ standardSchema: transactionJson })
  @Post(':id/decision')
  @HttpCode(200)
  decide(
    @Param('id', transactionId) id: string,
    @Body({ schema: decisionSchema }) body: DecisionInput,
    @Req() request: Request,
  ): Promise<TransactionJson> {
    return this.decisions.decide(id, body, request);
  }
}
