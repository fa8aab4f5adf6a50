import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { type DeliveryJson } from '@vigil/contracts';
import { type Actor } from '../auth/actor.js';
import { CurrentActor, Roles } from '../auth/auth.decorators.js';
import { RedeliveryService } from './redelivery.service.js';
import { ApiAcceptedResponse } from '@nestjs/swagger';
import { deliveryJson } from '../openapi/responses/transactions.js';

@Controller('api/deliveries')
export class DeliveriesController {
  constructor(private readonly redelivery: RedeliveryService) {}

  /** One more attempt of a decision webhook, now (202: the worker sends it; see the delivery's attempts). */
  @Roles('owner')
  @ApiAcceptedResponse({ standardSchema: deliveryJson })
  @Post(':id/redeliver')
  @HttpCode(202)
  redeliver(
    @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<DeliveryJson> {
    return this.redelivery.redeliver(id, actor);
  }
}
