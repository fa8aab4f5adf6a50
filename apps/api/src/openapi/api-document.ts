import { type INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { CSRF_COOKIE, SESSION_COOKIE } from '@vigil/contracts';
import { z } from 'zod';
import { apiError } from './responses/common.js';
import { describeAccess } from './api-document-access.js';
import { scanRoutes } from './route-scanner.js';

/** The API version described (not the package version): bump it when the public contract changes. */
const API_VERSION = '1.0.0';

const DESCRIPTION =
  'Vigil’s HTTP API. Every /api route takes the session cookie (dashboard; writes also need the ' +
  `X-CSRF-Token header matching the ${CSRF_COOKIE} cookie) or \`Authorization: Bearer <token>\` from ` +
  'POST /api/auth/login (scripts). Errors are always `{statusCode, error, message}`. Generated from the ' +
  'routes the server registers (@nestjs/swagger), so it lists exactly what this build serves.';

/** `SourcesController.rotate` → `sources_rotate`. */
const operationId = (controller: string, method: string): string => {
  const name = controller.replace(/Controller$/, '');
  return `${name.charAt(0).toLowerCase()}${name.slice(1)}_${method}`;
};

function registeredControllers(app: INestApplication): Array<new () => object> {
  return [...app.get(ModulesContainer).values()].flatMap((module) =>
    [...module.controllers.values()].flatMap((wrapper) =>
      wrapper.metatype ? [wrapper.metatype as new () => object] : [],
    ),
  );
}

/** The shared error answer, from the same zod schema the responses use. */
function errorSchema(): Record<string, unknown> {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(apiError) as Record<string, unknown>;
  return schema;
}

/**
 * The OpenAPI 3.1 document of every route `app` registered: request schemas from the zod schemas Nest
 * validates with, response schemas from the routes' @Api…Response decorators (openapi/responses/, tied to
 * libs/contracts), access and error answers from the auth metadata (api-document-access.ts).
 */
export function buildApiDocument(app: INestApplication, serverUrl: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Vigil')
    .setVersion(API_VERSION)
    .setDescription(DESCRIPTION)
    .addServer(serverUrl)
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', description: 'The token from POST /api/auth/login.' },
      'bearerAuth',
    )
    .addCookieAuth(SESSION_COOKIE, { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE }, 'cookieAuth')
    .build();
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: operationId });
  const schemas = ((document.components ??= {}).schemas ??= {});
  schemas['Error'] = errorSchema();
  describeAccess(document, scanRoutes(registeredControllers(app)));
  return document;
}
