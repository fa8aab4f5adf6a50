import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';

const SERVER_PATHS = /^\/(api|webhooks|health|metrics|socket\.io)(\/|$)/;

/** Serves the built dashboard with an SPA fallback; a no-op when the dashboard has not been built. */
export function serveDashboard(app: Express, dir: string): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.use(express.static(dir, { index: false, maxAge: '1h', immutable: false }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || SERVER_PATHS.test(request.path)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
  return true;
}
