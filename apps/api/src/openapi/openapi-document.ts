import { CSRF_COOKIE, SESSION_COOKIE } from '@vigil/contracts';
import { acceptsUndefined, type JsonSchema, objectProperties, toJsonSchema } from './json-schema.js';
import { ROUTE_NOTES } from './route-notes.js';
import { type ScannedRoute } from './route-scanner.js';

export interface OpenApiOptions {
  title: string;
  version: string;
  serverUrl: string;
}

type Operation = Record<string, unknown>;
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description: string };
  servers: Array<{ url: string }>;
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
}

const VERBS: Record<string, string[]> = {
  GET: ['get'],
  POST: ['post'],
  PUT: ['put'],
  PATCH: ['patch'],
  DELETE: ['delete'],
  OPTIONS: ['options'],
  HEAD: ['head'],
  ALL: ['get', 'post', 'put', 'patch', 'delete'],
};

const ERROR_REF = { $ref: '#/components/schemas/Error' };
const PATH_PARAM = /[:*](\w+)/g;

/** `/api/sources/:id/rotate` → `/api/sources/{id}/rotate`. */
export const openApiPath = (path: string): string => path.replace(PATH_PARAM, '{$1}');

/** The OpenAPI verbs a Nest request method is served under. */
export const openApiVerbs = (method: string): string[] => VERBS[method] ?? [];

const tagOf = (path: string): string => {
  const [first, second] = path.split('/').filter(Boolean);
  return (first === 'api' ? second : first) ?? 'root';
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ERROR_REF } },
});

function parameters(route: ScannedRoute): Operation[] {
  const result: Operation[] = [];
  for (const match of route.path.matchAll(PATH_PARAM)) {
    const name = match[1] as string;
    const arg = route.args.find((a) => a.kind === 'param' && a.name === name);
    const declared = arg?.schema === undefined ? null : toJsonSchema(arg.schema);
    const schema = declared ?? (arg?.uuid ? { type: 'string', format: 'uuid' } : { type: 'string' });
    result.push({ name, in: 'path', required: true, schema });
  }
  for (const arg of route.args.filter((a) => a.kind === 'query')) {
    if (arg.name) {
      result.push({ name: arg.name, in: 'query', required: false, schema: toJsonSchema(arg.schema) });
      continue;
    }
    for (const property of objectProperties(toJsonSchema(arg.schema))) {
      result.push({ name: property.name, in: 'query', required: property.required, schema: property.schema });
    }
  }
  for (const header of ROUTE_NOTES[`${route.method} ${route.path}`]?.headers ?? []) {
    result.push({ ...header, in: 'header', required: false, schema: { type: 'string' } });
  }
  return result;
}

function requestBody(route: ScannedRoute): Operation | undefined {
  const note = ROUTE_NOTES[`${route.method} ${route.path}`];
  if (note?.rawJsonBody) {
    return { required: true, description: note.rawJsonBody, content: { 'application/json': { schema: {} } } };
  }
  const body = route.args.find((a) => a.kind === 'body' && a.schema !== undefined);
  if (!body) return undefined;
  const json = toJsonSchema(body.schema);
  const schema = body.name ? { type: 'object', properties: { [body.name]: json } } : json;
  return { required: !acceptsUndefined(body.schema), content: { 'application/json': { schema } } };
}

function responses(route: ScannedRoute): Operation {
  const note = ROUTE_NOTES[`${route.method} ${route.path}`];
  const success: Operation =
    route.status === 204
      ? { description: 'No content.' }
      : {
          description: 'Success.',
          content: { 'application/json': { schema: note?.responseSchema ?? {} } },
        };
  const result: Operation = { [String(route.status)]: success };
  if (route.args.some((a) => a.schema !== undefined))
    result['400'] = errorResponse('Invalid request: the message says which field and why.');
  if (!route.isPublic) {
    result['401'] = errorResponse('Not signed in, or the session expired.');
    result['403'] = errorResponse(
      'The role may not do this (or a cookie-authenticated write lacks X-CSRF-Token, or 2FA is required).',
    );
  }
  for (const [status, description] of Object.entries(note?.responses ?? {}))
    result[status] = errorResponse(description);
  return result;
}

function operation(route: ScannedRoute, operationId: string): Operation {
  const note = ROUTE_NOTES[`${route.method} ${route.path}`];
  const access = route.isPublic ? 'Public.' : `Roles: ${route.roles.join(', ')}.`;
  const op: Operation = {
    operationId,
    summary: `${route.controller.replace(/Controller$/, '')}.${route.handler}`,
    description: note?.description ? `${note.description}\n\n${access}` : access,
    tags: [tagOf(route.path)],
    'x-vigil-access': route.isPublic ? 'public' : route.roles,
    security: route.isPublic ? [] : [{ bearerAuth: [] }, { cookieAuth: [] }],
    parameters: parameters(route),
    responses: responses(route),
  };
  const body = requestBody(route);
  if (body) op['requestBody'] = body;
  return op;
}

/** The OpenAPI 3.1 description of every route Nest registered, built from their decorators and zod schemas. */
export function buildOpenApiDocument(routes: ScannedRoute[], options: OpenApiOptions): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  const ids = new Set<string>();
  for (const route of routes) {
    for (const verb of openApiVerbs(route.method)) {
      const name = route.controller.replace(/Controller$/, '');
      const base = `${name.charAt(0).toLowerCase()}${name.slice(1)}_${route.handler}`;
      let operationId = base;
      for (let n = 2; ids.has(operationId); n += 1) operationId = `${base}_${n}`;
      ids.add(operationId);
      (paths[openApiPath(route.path)] ??= {})[verb] = operation(route, operationId);
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: options.title,
      version: options.version,
      description:
        'Vigil’s HTTP API. Every /api route takes the session cookie (dashboard; writes also need the ' +
        `X-CSRF-Token header matching the ${CSRF_COOKIE} cookie) or \`Authorization: Bearer <token>\` from ` +
        'POST /api/auth/login (scripts). Errors are always `{statusCode, error, message}`. Generated from the ' +
        'routes the server registers, so it lists exactly what this build serves.',
    },
    servers: [{ url: options.serverUrl }],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'The token from POST /api/auth/login.' },
        cookieAuth: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
      },
      schemas: {
        Error: {
          type: 'object',
          properties: {
            statusCode: { type: 'integer' },
            error: { type: 'string' },
            message: { type: 'string' },
          },
          required: ['statusCode', 'error', 'message'],
        } satisfies JsonSchema,
      },
    },
  };
}
