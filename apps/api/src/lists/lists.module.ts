import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { RulesModule } from '../rules/rules.module.js';
import { ListsController } from './lists.controller.js';
import { ListsService } from './lists.service.js';

/** Named lists for `in @name` (blocked emails, IPs, cards, …). ListsService is exported for block decisions. */
@Module({
  imports: [AuditModule, RulesModule],
  controllers: [ListsController],
  providers: [ListsService],
  exports: [ListsService],
})
export class ListsModule {}
