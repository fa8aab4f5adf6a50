import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { VIGIL_CONFIG, type VigilConfig } from '@vigil/config';
import { MetricsService } from './metrics.service.js';

function matches(token: Buffer | null, header: string | undefined): boolean {
  const presented = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!token || !presented) return false;
  const given = Buffer.from(presented);
  return given.length === token.length && timingSafeEqual(given, token);
}

/**
 * `Authorization: Bearer $VIGIL_METRICS_TOKEN` answers /metrics before the session guard runs; anything
 * else goes on to the route, which only owners pass. The token is validated at boot (libs/config).
 */
@Injectable()
export class MetricsTokenMiddleware implements NestMiddleware {
  /** The scraper's credential (a Prometheus job cannot sign in). Unset: only owner sessions may scrape. */
  private readonly token: Buffer | null;

  constructor(
    private readonly metrics: MetricsService,
    @Inject(VIGIL_CONFIG) config: VigilConfig,
  ) {
    this.token = config.metricsToken === null ? null : Buffer.from(config.metricsToken);
  }

  use(request: Request, response: Response, next: NextFunction): void {
    if (!matches(this.token, request.headers.authorization)) {
      next();
      return;
    }
    this.metrics.render().then(
      (text) => response.status(200).type(this.metrics.contentType).send(text),
      (error: unknown) => next(error),
    );
  }
}
