import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'vite';

/** Repository root, resolved from this file so configs work from any cwd. */
export const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));

const lib = (name: string): string =>
  fileURLToPath(new URL(`../../libs/${name}/src/index.ts`, import.meta.url));

/** The same `@vigil/*` aliases as tsconfig.base.json, for Vite, Vitest and the server bundles. */
export const workspaceAliases: Record<string, string> = {
  '@vigil/contracts': lib('contracts'),
  '@vigil/config': lib('config'),
  '@vigil/persistence': lib('persistence'),
  '@vigil/pipeline': lib('pipeline'),
  '@vigil/webhooks': lib('webhooks'),
  '@vigil/risk-engine': lib('risk-engine'),
  '@vigil/testing': lib('testing'),
};

/** NestJS and TypeORM need legacy decorators with emitted design-type metadata. */
export const decoratorTransform: UserConfig['oxc'] = {
  decorator: { legacy: true, emitDecoratorMetadata: true },
};
