import { HttpStatus, ParseUUIDPipe, RequestMethod } from '@nestjs/common';
// Nest's own metadata keys (the ones its router reads), so a renamed key fails the build, not silently.
import {
  HTTP_CODE_METADATA,
  METHOD_METADATA,
  PATH_METADATA,
  ROUTE_ARGS_METADATA,
  RouteParamtypes,
} from '@nestjs/common/internal';
import { MetadataScanner } from '@nestjs/core';
import { type Role } from '@vigil/contracts';
import { PUBLIC_KEY, ROLES_KEY } from '../auth/auth.decorators.js';

/** One argument a handler reads from the request, with the schema Nest validates it with (if any). */
export interface RouteArgument {
  kind: 'body' | 'query' | 'param';
  /** `@Param('id')` → 'id'; absent for the whole body or query object. */
  name: string | undefined;
  schema: unknown;
  uuid: boolean;
}

/** A route exactly as Nest registers it, with the access and validation metadata the api applies. */
export interface ScannedRoute {
  /** Upper-case HTTP verb as Nest names it (GET, POST, …, ALL). */
  method: string;
  /** Express-style path, e.g. `/api/sources/:id/rotate`. */
  path: string;
  controller: string;
  handler: string;
  isPublic: boolean;
  roles: Role[];
  status: number;
  args: RouteArgument[];
}

type Constructor = new (...args: never[]) => object;

const KINDS: Partial<Record<RouteParamtypes, RouteArgument['kind']>> = {
  [RouteParamtypes.BODY]: 'body',
  [RouteParamtypes.QUERY]: 'query',
  [RouteParamtypes.PARAM]: 'param',
};

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : [String(value ?? '')];

export const joinPath = (...parts: string[]): string =>
  `/${parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/')}`;

interface ArgMetadata {
  index: number;
  data?: unknown;
  pipes?: unknown[];
  schema?: unknown;
}

function routeArguments(controller: Constructor, handler: string): RouteArgument[] {
  const metadata = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {}) as Record<
    string,
    ArgMetadata
  >;
  const args: RouteArgument[] = [];
  for (const [key, value] of Object.entries(metadata)) {
    const kind = KINDS[Number(key.split(':')[0]) as RouteParamtypes];
    if (!kind) continue;
    const pipes = value.pipes ?? [];
    args.push({
      kind,
      name: typeof value.data === 'string' ? value.data : undefined,
      schema: value.schema,
      uuid: pipes.some((pipe) => pipe instanceof ParseUUIDPipe || pipe === ParseUUIDPipe),
    });
  }
  return args;
}

/**
 * Every route of the given controllers, read from the same decorator metadata Nest's router and the
 * global AuthGuard read (method metadata first, then the controller's), so the description cannot drift.
 */
export function scanRoutes(controllers: Iterable<Constructor>): ScannedRoute[] {
  const scanner = new MetadataScanner();
  const routes: ScannedRoute[] = [];
  for (const controller of controllers) {
    const prototype = controller.prototype as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as object;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined || !Reflect.hasMetadata(PATH_METADATA, handler)) continue;
      const meta = <T>(key: string): T | undefined =>
        (Reflect.getMetadata(key, handler) as T | undefined) ??
        (Reflect.getMetadata(key, controller) as T | undefined);
      const verb = RequestMethod[method];
      const status =
        (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ??
        (method === RequestMethod.POST ? HttpStatus.CREATED : HttpStatus.OK);
      for (const base of asList(Reflect.getMetadata(PATH_METADATA, controller))) {
        for (const sub of asList(Reflect.getMetadata(PATH_METADATA, handler))) {
          routes.push({
            method: verb,
            path: joinPath(base, sub),
            controller: controller.name,
            handler: name,
            isPublic: meta<boolean>(PUBLIC_KEY) === true,
            roles: meta<Role[]>(ROLES_KEY) ?? [],
            status,
            args: routeArguments(controller, name),
          });
        }
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}
