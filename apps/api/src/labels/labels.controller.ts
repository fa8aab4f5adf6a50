import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { type TransactionLabelsJson } from '@vigil/contracts';
import { type Actor } from '../auth/actor.js';
import { ANY_ROLE, CurrentActor, Roles, STAFF_AND_OWNER } from '../auth/auth.decorators.js';
import { type LabelInput, labelSchema } from './labels.schemas.js';
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
    @CurrentActor() actor: Actor,
  ): Promise<TransactionLabelsJson> {
    return this.labels.set(id, body, actor);
  }

  @Roles('owner')
  @ApiOkResponse({ standardSchema: transactionLabels })
  @Delete(':id/label')
  clear(
    @Param('id', transactionId) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<TransactionLabelsJson> {
    return this.labels.clear(id, actor);
  }
}
