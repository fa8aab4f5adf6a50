import { Module } from '@nestjs/common';
import { TransactionHistoryService } from './transaction-history.service.js';
import { TransactionsController } from './transactions.controller.js';
import { TransactionsService } from './transactions.service.js';

@Module({
  controllers: [TransactionsController],
  providers: [TransactionsService, TransactionHistoryService],
  exports: [TransactionHistoryService],
})
export class TransactionsModule {}
