import { Module } from '@nestjs/common';
import { RulesModule } from '../rules/rules.module.js';
import { ListsController } from './lists.controller.js';
import { ListsService } from './lists.service.js';

/** Named lists for `in @name` (blocked emails, IPs, cards, …). ListsService is exported for block decisions. */
@Module({
  imports: [RulesModule],
  controllers: [ListsController],
  providers: [ListsService],
  exports: [ListsService],
})
export class ListsModule {}
