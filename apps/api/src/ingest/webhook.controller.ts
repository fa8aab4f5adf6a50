import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { type WebhookAck } from '@vigil/contracts';
import { Public } from '../auth/auth.decorators.js';
import { WebhookIngestService } from './webhook-ingest.service.js';

/** Providers authenticate with their signature, not a session: the route is public and verified inside. */
@Controller('webhooks')
export class WebhookController {
  constructor(private readonly ingest: WebhookIngestService) {}

  @Public()
  @Post(':sourceId')
  @HttpCode(202)
  receive(@Param('sourceId') sourceId: string, @Req() request: Request): Promise<WebhookAck> {
    return this.ingest.receive(sourceId, request);
  }
}
