import { Module } from '@nestjs/common';
import { ApiDocument } from './api-document.service.js';
import { OpenApiController } from './openapi.controller.js';

/** The OpenAPI description at GET /api/docs (@nestjs/swagger) and Swagger UI at /api/docs/ui. */
@Module({
  controllers: [OpenApiController],
  providers: [ApiDocument],
  exports: [ApiDocument],
})
export class OpenApiModule {}
