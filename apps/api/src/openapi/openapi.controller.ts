import { Controller, Get, Inject } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { Public } from '../auth/auth.decorators.js';
import { buildOpenApiDocument, type OpenApiDocument } from './openapi-document.js';
import { scanRoutes } from './route-scanner.js';

/** The API version described (not the package version): bump it when the public contract changes. */
const API_VERSION = '1.0.0';

/**
 * `GET /api/docs` (and `/api/docs/openapi.json` for tools that want a file name): the OpenAPI document as
 * JSON. No Swagger UI: it would need inline scripts, which the dashboard's CSP forbids; load the JSON into
 * any OpenAPI viewer or client generator instead.
 */
@Controller('api/docs')
@Public()
export class OpenApiController {
  private document: OpenApiDocument | null = null;

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(VIGIL_CONFIG) private readonly config: VigilConfig,
  ) {}

  @Get()
  describe(): OpenApiDocument {
    return this.current();
  }

  @Get('openapi.json')
  file(): OpenApiDocument {
    return this.current();
  }

  /** Built on first request, once every module's controllers are registered; routes do not change after. */
  private current(): OpenApiDocument {
    this.document ??= buildOpenApiDocument(
      scanRoutes(
        this.discovery
          .getControllers()
          .flatMap((wrapper) => (wrapper.metatype ? [wrapper.metatype as new () => object] : [])),
      ),
      { title: 'Vigil', version: API_VERSION, serverUrl: this.config.publicUrl },
    );
    return this.document;
  }
}
