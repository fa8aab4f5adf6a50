import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators.js';
import { ApiDocument } from './api-document.service.js';
import { openApiJson } from './responses/operations.js';
import { SWAGGER_UI_HTML, SWAGGER_UI_INIT } from './swagger-ui.js';

/**
 * `GET /api/docs` (and `/api/docs/openapi.json` for tools that want a file name): the OpenAPI document as
 * JSON, which scripts read. `GET /api/docs/ui`: Swagger UI on it, under the dashboard's strict CSP.
 */
@Controller('api/docs')
@Public()
export class OpenApiController {
  constructor(private readonly document: ApiDocument) {}

  @ApiOkResponse({ standardSchema: openApiJson })
  @Get()
  describe(): Record<string, unknown> {
    return this.document.json();
  }

  @ApiOkResponse({ standardSchema: openApiJson })
  @Get('openapi.json')
  file(): Record<string, unknown> {
    return this.document.json();
  }

  @ApiOkResponse({ schema: { type: 'string' }, description: 'The Swagger UI page.' })
  @ApiProduces('text/html')
  @Get('ui')
  @Header('Content-Type', 'text/html; charset=utf-8')
  ui(): string {
    return SWAGGER_UI_HTML;
  }

  @ApiOkResponse({ schema: { type: 'string' }, description: 'Swagger UI’s start script (no inline code).' })
  @ApiProduces('text/javascript')
  @Get('ui/init.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  init(): string {
    return SWAGGER_UI_INIT;
  }
}
