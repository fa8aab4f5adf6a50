import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { SourceLookupService } from './source-lookup.service.js';
import { SourceSecrets } from './source-secrets.js';
import { SourcesController } from './sources.controller.js';
import { SourcesService } from './sources.service.js';

@Module({
  imports: [AuditModule],
  controllers: [SourcesController],
  providers: [SourcesService, SourceSecrets, SourceLookupService],
  exports: [SourceLookupService],
})
export class SourcesModule {}
