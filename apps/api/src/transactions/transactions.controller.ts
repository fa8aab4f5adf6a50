import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { type Page, type TransactionDetailJson, type TransactionJson } from '@vigil/contracts';
import { ANY_ROLE, Roles } from '../auth/auth.decorators.js';
import { type TransactionQuery, transactionQuerySchema } from './transaction-query.js';
import { TransactionsService } from './transactions.service.js';

@Controller('api/transactions')
@Roles(...ANY_ROLE)
export class TransactionsController {
  constructor(private readonly transactions: TransactionsService) {}

  @Get()
  list(@Query({ schema: transactionQuerySchema }) query: TransactionQuery): Promise<Page<TransactionJson>> {
    return this.transactions.list(query);
  }

  @Get(':id')
  detail(
    @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string,
  ): Promise<TransactionDetailJson> {
    return this.transactions.detail(id);
  }
}
