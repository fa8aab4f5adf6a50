import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Put, Req } from '@nestjs/common';
import type { Request } from 'express';
import { type TransactionLabelsJson } from '@vigil/contracts';
import { ANY_ROLE, Roles, STAFF_AND_OWNER } from '../auth/auth.decorators.js';
import { type LabelInput, labelSchema } from './label-schemas.js';
import { LabelsService } from './labels.service.js';
import { ApiOkResponse } from '@nestjs/swagger';
import { transactionLabels } from '../openapi/responses/reviews.js';

const transactionId = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/** A transaction's labels: everyone reads, staff and owners give a verdict, only the owner clears one. */
@Controller('api/transactions')
export class LabelsController {
  constructor(private readonly labels: LabelsService) {}

  @Roles(...ANY_ROLE)
  @ApiOkResponse({ standardSchema: transactionLabels })
  @Get(':id/label')
  get(@Param('id', transactionId) id: string): Promise<TransactionLabelsJson> {
    return this.labels.get(id);
  }

  @Roles(...STAFF_AND_OWNER)
  @ApiOkResponse({ standardSchema: transactionLabels })
  @Put(':id/label')
  set(
    @Param('id', transactionId) id: string,
    @Body({ schema: labelSchema }) body: LabelInput,
    @Req() request: Request,
  ): Promise<TransactionLabelsJson> {
    return this.labels.set(id, body, request);
  }

  @Roles('owner')
  @ApiOkResponse({ standardSchema: transactionLabels })
  @Delete(':id/label')
  clear(@Param('id', transactionId) id: string, @Req() request: Request): Promise<TransactionLabelsJson> {
    return this.labels.clear(id, request);
  }
}
