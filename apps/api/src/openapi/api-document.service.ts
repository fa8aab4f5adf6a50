import { type INestApplication, Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { type OpenAPIObject } from '@nestjs/swagger';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { buildApiDocument } from './api-document.js';

/**
 * The document of the running app. @nestjs/swagger reads the whole application, which a provider cannot
 * inject: createApiApp attaches it once built; the document is made on first request and kept (routes do
 * not change after start).
 */
@Injectable()
export class ApiDocument {
  private app: INestApplication | null = null;
  private document: OpenAPIObject | null = null;

  constructor(@Inject(VIGIL_CONFIG) private readonly config: VigilConfig) {}

  attach(app: INestApplication): void {
    this.app = app;
  }

  json(): Record<string, unknown> {
    if (!this.app) throw new ServiceUnavailableException('The API description is not available yet');
    this.document ??= buildApiDocument(this.app, this.config.publicUrl);
    return this.document as unknown as Record<string, unknown>;
  }
}
