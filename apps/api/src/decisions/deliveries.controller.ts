import { Controller, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { type DeliveryJson } from '@vigil/contracts';
import { Roles } from '../auth/auth.decorators.js';
import { RedeliveryService } from './redelivery.service.js';

@Controller('api/deliveries')
export class DeliveriesController {
  constructor(private readonly redelivery: RedeliveryService) {}

  /** One more attempt of a decision webhook, now (202: the worker sends it; see the delivery's attempts). */
  @Roles('owner')
  @Post(':id/redeliver')
  @HttpCode(202)
  redeliver(
    @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string,
    @Req() request: Request,
  ): Promise<DeliveryJson> {
    return this.redelivery.redeliver(id, request);
  }
}
