import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { OpenApiController } from './openapi.controller.js';

/** The OpenAPI description at GET /api/docs, generated from the registered routes. */
@Module({
  imports: [DiscoveryModule],
  controllers: [OpenApiController],
})
export class OpenApiModule {}
