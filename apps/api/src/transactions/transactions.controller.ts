import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import {
  type DeliveryJson,
  type Page,
  type TransactionDetailJson,
  type TransactionJson,
} from '@vigil/contracts';
import { ANY_ROLE, CurrentAuth, Roles } from '../auth/auth.decorators.js';
import { type RequestAuth } from '../auth/request-auth.js';
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
    @CurrentAuth() auth: RequestAuth,
  ): Promise<Page<TransactionJson>> {
    return this.transactions.list(query, auth.user.id);
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
