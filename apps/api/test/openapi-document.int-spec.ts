import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ModulesContainer } from '@nestjs/core';
import { SESSION_COOKIE } from '@vigil/contracts';
import { openApiPath, openApiVerbs } from '../src/openapi/api-document-access.js';
import { scanRoutes } from '../src/openapi/route-scanner.js';
import { type ApiHarness, startApi } from './api-harness.js';
import { nestRoutes, type RouteInfo } from './route-inventory.js';

type Json = Record<string, unknown>;
const HTTP_VERBS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const PARAMETER_LOCATIONS = ['query', 'header', 'path', 'cookie'];

/** The parts of the OpenAPI 3.1 specification a consumer relies on; returns every violation found. */
function openApiProblems(doc: Json): string[] {
  const problems: string[] = [];
  const fail = (where: string, what: string) => problems.push(`${where}: ${what}`);
  if (typeof doc['openapi'] !== 'string' || !/^3\.\d+\.\d+$/.test(doc['openapi']))
    fail('openapi', 'not 3.x.y');
  const info = doc['info'] as Json | undefined;
  if (typeof info?.['title'] !== 'string' || typeof info?.['version'] !== 'string')
    fail('info', 'title and version must be strings');
  const components = (doc['components'] ?? {}) as Json;
  const schemes = (components['securitySchemes'] ?? {}) as Json;
  const resolve = (ref: string): unknown =>
    ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], doc);
  const checkRefs = (node: unknown, where: string): void => {
    if (Array.isArray(node)) node.forEach((item, i) => checkRefs(item, `${where}[${i}]`));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && (typeof value !== 'string' || resolve(value) === undefined))
          fail(where, `unresolved $ref ${String(value)}`);
        else checkRefs(value, `${where}.${key}`);
      }
    }
  };
  checkRefs(doc, '#');
  const operationIds = new Set<string>();
  for (const [path, item] of Object.entries((doc['paths'] ?? {}) as Record<string, Json>)) {
    if (!path.startsWith('/')) fail(path, 'path must start with /');
    const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [verb, op] of Object.entries(item) as Array<[string, Json]>) {
      const where = `${verb.toUpperCase()} ${path}`;
      if (!HTTP_VERBS.includes(verb)) fail(where, 'unknown HTTP method');
      const id = op['operationId'];
      if (typeof id !== 'string' || operationIds.has(id)) fail(where, `operationId ${String(id)} not unique`);
      operationIds.add(String(id));
      const params = (op['parameters'] ?? []) as Json[];
      for (const p of params) {
        if (typeof p['name'] !== 'string' || !PARAMETER_LOCATIONS.includes(String(p['in'])))
          fail(where, `bad parameter ${JSON.stringify(p)}`);
        if (!('schema' in p) && !('content' in p))
          fail(where, `parameter ${String(p['name'])} has no schema`);
        if (p['in'] === 'path' && p['required'] !== true) fail(where, `path parameter ${String(p['name'])}`);
      }
      const declared = params.filter((p) => p['in'] === 'path').map((p) => p['name']);
      if (JSON.stringify([...declared].sort()) !== JSON.stringify(templated))
        fail(where, `path parameters ${JSON.stringify(declared)} ≠ template ${JSON.stringify(templated)}`);
      const responses = (op['responses'] ?? {}) as Record<string, Json>;
      if (Object.keys(responses).length === 0) fail(where, 'no responses');
      for (const [status, response] of Object.entries(responses)) {
        if (!/^([1-5]\d\d|[1-5]XX|default)$/.test(status)) fail(where, `bad status ${status}`);
        if (typeof response['description'] !== 'string') fail(where, `response ${status} has no description`);
      }
      const body = op['requestBody'] as Json | undefined;
      if (body && typeof body['content'] !== 'object') fail(where, 'requestBody without content');
      for (const requirement of (op['security'] ?? []) as Json[])
        for (const name of Object.keys(requirement))
          if (!(name in schemes)) fail(where, `unknown security scheme ${name}`);
    }
  }
  return problems;
}

describe('OpenAPI document at GET /api/docs', () => {
  let api: ApiHarness;
  let routes: RouteInfo[];
  let doc: Json;
  let paths: Record<string, Record<string, Json>>;

  beforeAll(async () => {
    api = await startApi();
    routes = nestRoutes(api.app);
    const response = await fetch(`${api.baseUrl}/api/docs`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    doc = (await response.json()) as Json;
    paths = doc['paths'] as typeof paths;
  });
  afterAll(() => api?.close());

  it('is served to anyone, as JSON, also under a file name', async () => {
    const file = await fetch(`${api.baseUrl}/api/docs/openapi.json`);
    expect(file.status).toBe(200);
    expect(await file.json()).toEqual(doc);
  });

  it('is a valid OpenAPI 3 document', () => {
    expect(doc['openapi']).toBe('3.1.0');
    expect(openApiProblems(doc)).toEqual([]);
    expect((doc['servers'] as Json[])[0]).toEqual({ url: api.baseUrl });
  });

  it('lists every route Nest registered, with its method, and nothing else', () => {
    const expected = routes.flatMap((r) => openApiVerbs(r.method).map((v) => `${v} ${openApiPath(r.path)}`));
    const documented = Object.entries(paths).flatMap(([path, item]) =>
      Object.keys(item).map((v) => `${v} ${path}`),
    );
    expect(routes.length).toBeGreaterThan(20);
    expect(documented.sort()).toEqual(expected.sort());
  });

  it('states who may call each route, from the same metadata the guard enforces', () => {
    const wrong = routes.filter((route) => {
      const op = paths[openApiPath(route.path)]?.[route.method.toLowerCase()];
      const access = op?.['x-vigil-access'];
      const security = op?.['security'] as unknown[] | undefined;
      return route.isPublic
        ? access !== 'public' || security?.length !== 0
        : JSON.stringify(access) !== JSON.stringify(route.roles) || security?.length !== 2;
    });
    expect(wrong.map((r) => r.name)).toEqual([]);
    expect(paths['/api/docs']?.['get']?.['x-vigil-access']).toBe('public');
    expect(paths['/api/users']?.['get']?.['x-vigil-access']).toEqual(['owner']);
  });

  it('describes request bodies and query parameters from the zod schemas the api validates with', () => {
    const create = paths['/api/sources']?.['post']?.['requestBody'] as Json;
    const schema = (create['content'] as Record<string, Json>)['application/json']?.['schema'] as Json;
    expect(create['required']).toBe(true);
    expect(schema['required']).toEqual(expect.arrayContaining(['name', 'kind']));
    expect((schema['properties'] as Record<string, Json>)['kind']).toMatchObject({
      enum: ['stripe', 'shopify', 'standard'],
    });
    const list = paths['/api/transactions']?.['get']?.['parameters'] as Json[];
    expect(list.find((p) => p['name'] === 'limit')).toMatchObject({
      in: 'query',
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    });
    const detail = paths['/api/transactions/{id}']?.['get']?.['parameters'] as Json[];
    expect(detail).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
    ]);
    const webhook = paths['/webhooks/{sourceId}']?.['post'] as Json;
    expect(Object.keys(webhook['responses'] as Json)).toEqual(
      expect.arrayContaining(['202', '400', '401', '404', '413', '415', '429', '503']),
    );
  });

  it('has a response schema for every route, at the status Nest answers with', () => {
    const controllers = [...api.app.get(ModulesContainer).values()].flatMap((module) =>
      [...module.controllers.values()].flatMap((w) => (w.metatype ? [w.metatype as new () => object] : [])),
    );
    const missing: string[] = [];
    for (const route of scanRoutes(controllers)) {
      const op = paths[openApiPath(route.path)]?.[route.method.toLowerCase()];
      const success = (op?.['responses'] as Record<string, Json> | undefined)?.[String(route.status)];
      const name = `${route.method} ${route.path} ${route.status}`;
      if (!success) missing.push(`${name}: no response`);
      else if (route.status !== 204) {
        const content = Object.values((success['content'] ?? {}) as Record<string, Json>);
        if (content.length === 0 || content.some((media) => !media['schema']))
          missing.push(`${name}: no schema`);
      }
    }
    expect(missing).toEqual([]);
    const ack = paths['/webhooks/{sourceId}']?.['post']?.['responses'] as Record<string, Json>;
    expect(ack['202']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/WebhookAck' } } },
    });
    const schemas = (doc['components'] as Json)['schemas'] as Record<string, Json>;
    expect(schemas['Transaction']?.['required']).toEqual(expect.arrayContaining(['id', 'status', 'score']));
  });

  it('names both ways to authenticate and documents the webhook route', () => {
    expect((doc['components'] as Json)['securitySchemes']).toEqual({
      bearerAuth: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
      cookieAuth: expect.objectContaining({ type: 'apiKey', in: 'cookie', name: SESSION_COOKIE }),
    });
    const webhook = paths['/webhooks/{sourceId}']?.['post'] as Json;
    const headers = (webhook['parameters'] as Json[])
      .filter((p) => p['in'] === 'header')
      .map((p) => p['name']);
    expect(headers).toEqual(
      expect.arrayContaining(['Stripe-Signature', 'X-Shopify-Hmac-Sha256', 'webhook-signature']),
    );
    expect(webhook['requestBody']).toMatchObject({ required: true, content: { 'application/json': {} } });
  });

  it('serves Swagger UI as files only, under the dashboard CSP', async () => {
    const page = await fetch(`${api.baseUrl}/api/docs/ui`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).not.toMatch(/<script>|<style|style=|on\w+=/);
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1] as string);
    expect(scripts).toEqual(['/api/docs/ui/assets/swagger-ui-bundle.js', '/api/docs/ui/init.js']);
    for (const src of [...scripts, '/api/docs/ui/assets/swagger-ui.css']) {
      const file = await fetch(`${api.baseUrl}${src}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toMatch(/javascript|css/);
    }
    expect(await (await fetch(`${api.baseUrl}/api/docs/ui/init.js`)).text()).toContain("url: '/api/docs'");
  });
});
