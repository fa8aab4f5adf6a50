import { Controller, Get, Query } from '@nestjs/common';
import { type AuditEventJson, type Page } from '@vigil/contracts';
import { Roles } from '../auth/auth.decorators.js';
import { type AuditQuery, auditQuerySchema } from './audit-query.js';
import { AuditService } from './audit.service.js';
import { ApiOkResponse } from '@nestjs/swagger';
import { auditPage } from '../openapi/responses/operations.js';

@Controller('api/audit')
@Roles('owner')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Who did what, when, from where, with what result; newest first. */
  @ApiOkResponse({ standardSchema: auditPage })
  @Get()
  list(@Query({ schema: auditQuerySchema }) query: AuditQuery): Promise<Page<AuditEventJson>> {
    return this.audit.list(query);
  }
}
