import { Controller, HttpCode, Param, ParseUUIDPipe, Post, Req, UseFilters } from '@nestjs/common';
import type { Request } from 'express';
import { type DeliveryJson } from '@vigil/contracts';
import { Roles } from '../auth/auth.decorators.js';
import { DecisionErrorFilter } from './decision-error.filter.js';
import { RedeliveryService } from './redelivery.service.js';
import { ApiAcceptedResponse } from '@nestjs/swagger';
import { deliveryJson } from '../openapi/responses/transactions.js';

@Controller('api/deliveries')
@UseFilters(DecisionErrorFilter)
export class DeliveriesController {
  constructor(private readonly redelivery: RedeliveryService) {}

  /** One more attempt of a decision webhook, now (202: the worker sends it; see the delivery's attempts). */
  @Roles('owner')
  @ApiAcceptedResponse({ standardSchema: deliveryJson })
  @Post(':id/redeliver')
  @HttpCode(202)
  redeliver(
    @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string,
    @Req() request: Request,
  ): Promise<DeliveryJson> {
    return this.redelivery.redeliver(id, request);
  }
}
