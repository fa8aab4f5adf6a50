import { type OpenAPIObject } from '@nestjs/swagger';
import { ROUTE_NOTES } from './route-notes.js';
import { type ScannedRoute } from './route-scanner.js';

type Operation = Record<string, unknown> & { responses?: Record<string, unknown> };

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

/** `/api/sources/:id/rotate` → `/api/sources/{id}/rotate`. */
export const openApiPath = (path: string): string => path.replace(/[:*](\w+)/g, '{$1}');

/** The OpenAPI verbs a Nest request method is served under. */
export const openApiVerbs = (method: string): string[] => VERBS[method] ?? [];

export const ERROR_SCHEMA_REF = '#/components/schemas/Error';

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: ERROR_SCHEMA_REF } } },
});

function addErrors(op: Operation, route: ScannedRoute): void {
  const responses = (op.responses ??= {});
  const add = (status: string, description: string) => {
    responses[status] ??= errorResponse(description);
  };
  for (const [status, description] of Object.entries(
    ROUTE_NOTES[`${route.method} ${route.path}`]?.responses ?? {},
  ))
    add(status, description);
  if (route.args.some((arg) => arg.schema !== undefined))
    add('400', 'Invalid request: the message says which field and why.');
  if (!route.isPublic) {
    add('401', 'Not signed in, or the session expired.');
    add(
      '403',
      'The role may not do this (or a cookie-authenticated write lacks X-CSRF-Token, or 2FA is required).',
    );
  }
  if (route.path.startsWith('/api/'))
    add('429', 'Over the per-user (signed out: per-address) request limit; see Retry-After.');
}

/** Path parameters Nest parses as UUIDs (ParseUUIDPipe) say so. */
function markUuidParameters(op: Operation, route: ScannedRoute): void {
  const uuids = new Set(route.args.filter((a) => a.kind === 'param' && a.uuid).map((a) => a.name));
  for (const parameter of (op['parameters'] ?? []) as Array<Record<string, unknown>>) {
    if (parameter['in'] === 'path' && uuids.has(parameter['name'] as string))
      parameter['schema'] = { type: 'string', format: 'uuid' };
  }
}

/**
 * Who may call each operation and how it can fail, from the same decorator metadata the global
 * AuthGuard enforces (route-scanner.ts), so the document cannot drift from the guard: `security` (none for
 * public routes), `x-vigil-access` (`public` or the roles), the shared error answers, and the longer
 * descriptions of route-notes.ts.
 */
export function describeAccess(document: OpenAPIObject, routes: ScannedRoute[]): void {
  for (const route of routes) {
    const item = document.paths[openApiPath(route.path)] as Record<string, Operation> | undefined;
    for (const verb of openApiVerbs(route.method)) {
      const op = item?.[verb];
      if (!op) continue;
      const note = ROUTE_NOTES[`${route.method} ${route.path}`];
      const access = route.isPublic ? 'Public.' : `Roles: ${route.roles.join(', ')}.`;
      op['description'] = note?.description ? `${note.description}\n\n${access}` : access;
      op['x-vigil-access'] = route.isPublic ? 'public' : route.roles;
      op['security'] = route.isPublic ? [] : [{ bearerAuth: [] }, { cookieAuth: [] }];
      markUuidParameters(op, route);
      for (const response of Object.values(op.responses ?? {}) as Array<Record<string, unknown>>)
        if (!response['description']) response['description'] = 'Success.';
      addErrors(op, route);
    }
  }
}
