import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import {
  type DeliveryJson,
  type Page,
  type TransactionDetailJson,
  type TransactionJson,
} from '@vigil/contracts';
import { type Actor } from '../auth/actor.js';
import { ANY_ROLE, CurrentActor, Roles } from '../auth/auth.decorators.js';
import { type TransactionQuery, transactionQuerySchema } from './transaction-query.js';
import { TransactionsService } from './transactions.service.js';
import { ApiOkResponse } from '@nestjs/swagger';
import { deliveryList, transactionDetailJson, transactionPage } from '../openapi/responses/transactions.js';

const transactionId = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@Controller('api/transactions')
@Roles(...ANY_ROLE)
export class TransactionsController {
  constructor(private readonly transactions: TransactionsService) {}

  /** The review queue is `?status=review&sort=waiting` (longest held first). */
  @ApiOkResponse({ standardSchema: transactionPage })
  @Get()
  list(
    @Query({ schema: transactionQuerySchema }) query: TransactionQuery,
    @CurrentActor() actor: Actor,
  ): Promise<Page<TransactionJson>> {
    return this.transactions.list(query, actor.user.id);
  }

  @ApiOkResponse({ standardSchema: transactionDetailJson })
  @Get(':id')
  detail(@Param('id', transactionId) id: string): Promise<TransactionDetailJson> {
    return this.transactions.detail(id);
  }

  @ApiOkResponse({ standardSchema: deliveryList })
  @Get(':id/deliveries')
  deliveries(@Param('id', transactionId) id: string): Promise<{ items: DeliveryJson[] }> {
    return this.transactions.deliveries(id);
  }
}
