import { type INestApplication, RequestMethod } from '@nestjs/common';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { type Role } from '@vigil/contracts';
import { PUBLIC_KEY, ROLES_KEY, TWO_FACTOR_EXEMPT_KEY } from '../src/auth/auth.decorators.js';

export interface RouteInfo {
  method: string;
  /** Express-style path, e.g. `/api/users/:id`. */
  path: string;
  /** `METHOD /path`, how failures name the route. */
  name: string;
  handler: string;
  isPublic: boolean;
  roles: Role[] | undefined;
  twoFactorExempt: boolean;
}

const PATH_METADATA = 'path';
const METHOD_METADATA = 'method';

const joinPath = (...parts: string[]): string =>
  `/${parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/')}`;

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? (value as string[]) : [String(value ?? '')];

/** Every route Nest registered, with the access metadata the global guard reads (method, then class). */
export function nestRoutes(app: INestApplication): RouteInfo[] {
  const routes: RouteInfo[] = [];
  const scanner = new MetadataScanner();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as object;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined || !Reflect.hasMetadata(PATH_METADATA, handler)) continue;
        const meta = <T>(key: string): T | undefined =>
          (Reflect.getMetadata(key, handler) as T | undefined) ??
          (Reflect.getMetadata(key, controller) as T | undefined);
        for (const base of asList(Reflect.getMetadata(PATH_METADATA, controller))) {
          for (const sub of asList(Reflect.getMetadata(PATH_METADATA, handler))) {
            const verb = RequestMethod[method];
            const path = joinPath(base, sub);
            routes.push({
              method: verb,
              path,
              name: `${verb} ${path}`,
              handler: `${controller.name}.${name}`,
              isPublic: meta<boolean>(PUBLIC_KEY) === true,
              roles: meta<Role[]>(ROLES_KEY),
              twoFactorExempt: Reflect.getMetadata(TWO_FACTOR_EXEMPT_KEY, handler) === true,
            });
          }
        }
      }
    }
  }
  return routes.sort((a, b) => a.name.localeCompare(b.name));
}

interface ExpressLayer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
}

/** Every route the HTTP server actually answers (Express' own router), as `METHOD /path`. */
export function expressRoutes(app: INestApplication): string[] {
  const instance = app.getHttpAdapter().getInstance() as { router?: { stack: ExpressLayer[] } };
  const names = new Set<string>();
  for (const layer of instance.router?.stack ?? []) {
    if (!layer.route) continue;
    for (const path of asList(layer.route.path)) {
      for (const [method, on] of Object.entries(layer.route.methods)) {
        if (on && method !== '_all') names.add(`${method.toUpperCase()} ${path}`);
      }
    }
  }
  return [...names].sort();
}
