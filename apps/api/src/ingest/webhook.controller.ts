import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { type WebhookAck } from '@vigil/contracts';
import { Public } from '../auth/auth.decorators.js';
import { clientIp } from '../common/client-ip.js';
import { DomainError } from '../common/domain-error.js';
import { IngestCounters } from './ingest-counters.js';
import { WebhookIngestService } from './webhook-ingest.service.js';
import { ApiAcceptedResponse, ApiBody } from '@nestjs/swagger';
import { WebhookSignatureHeaders } from '../openapi/webhook-signature-headers.js';
import { webhookAck } from '../openapi/responses/sources.js';

/**
 * Providers authenticate with their signature, not a session: the route is public and verified inside.
 * Webhooks are normally answered by WebhookFastPath before Express; this route serves them when Express has
 * to resolve the caller's address (`trust proxy`), and describes the endpoint to the route inventory.
 */
@Controller('webhooks')
export class WebhookController {
  constructor(
    private readonly ingest: WebhookIngestService,
    private readonly counters: IngestCounters,
  ) {}

  @Public()
  @ApiAcceptedResponse({ standardSchema: webhookAck, description: 'Durably queued (or a redelivery).' })
  @ApiBody({
    description:
      'The provider’s event, byte for byte as signed (read raw: signatures cover the exact bytes).',
    schema: { type: 'object', additionalProperties: true },
  })
  @WebhookSignatureHeaders()
  @Post(':sourceId')
  @HttpCode(202)
  async receive(@Param('sourceId') sourceId: string, @Req() request: Request): Promise<WebhookAck> {
    try {
      const ack = await this.ingest.receive(sourceId, request, clientIp(request));
      this.counters.count(202);
      return ack;
    } catch (error) {
      this.counters.count(error instanceof DomainError ? error.status : 500);
      throw error;
    }
  }
}
