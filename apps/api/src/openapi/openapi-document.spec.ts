import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { buildOpenApiDocument, openApiPath, openApiVerbs } from './openapi-document.js';
import { type ScannedRoute } from './route-scanner.js';

const route = (overrides: Partial<ScannedRoute>): ScannedRoute => ({
  method: 'GET',
  path: '/api/things',
  controller: 'ThingsController',
  handler: 'list',
  isPublic: false,
  roles: ['owner'],
  status: 200,
  args: [],
  ...overrides,
});

const build = (routes: ScannedRoute[]) =>
  buildOpenApiDocument(routes, { title: 'T', version: '1', serverUrl: 'http://x' });

describe('OpenAPI document builder', () => {
  it('turns Express paths into OpenAPI templates and declares every path parameter', () => {
    expect(openApiPath('/api/lists/:id/items/:itemId')).toBe('/api/lists/{id}/items/{itemId}');
    const doc = build([route({ path: '/api/lists/:id/items/:itemId', method: 'DELETE', status: 204 })]);
    const op = doc.paths['/api/lists/{id}/items/{itemId}']?.['delete'];
    expect(op?.['parameters']).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'itemId', in: 'path', required: true, schema: { type: 'string' } },
    ]);
    expect(Object.keys(op?.['responses'] as object)).toEqual(['204', '401', '403']);
  });

  it('marks an optional body as not required and keeps operation ids unique', () => {
    const body = z.object({ graceHours: z.number().optional() }).optional();
    const doc = build([
      route({
        method: 'POST',
        path: '/a',
        handler: 'go',
        args: [{ kind: 'body', name: undefined, schema: body, uuid: false }],
      }),
      route({ method: 'POST', path: '/b', handler: 'go' }),
    ]);
    expect(doc.paths['/a']?.['post']?.['requestBody']).toMatchObject({ required: false });
    expect(doc.paths['/a']?.['post']?.['operationId']).toBe('things_go');
    expect(doc.paths['/b']?.['post']?.['operationId']).toBe('things_go_2');
  });

  it('gives public routes no security requirement and lists the roles of the others', () => {
    const doc = build([
      route({ isPublic: true, roles: [] }),
      route({ path: '/api/other', roles: ['owner', 'staff'] }),
    ]);
    expect(doc.paths['/api/things']?.['get']).toMatchObject({ security: [], 'x-vigil-access': 'public' });
    expect(doc.paths['/api/other']?.['get']).toMatchObject({ 'x-vigil-access': ['owner', 'staff'] });
  });

  it('serves @All routes under every common verb', () => {
    expect(openApiVerbs('ALL')).toEqual(['get', 'post', 'put', 'patch', 'delete']);
  });
});
