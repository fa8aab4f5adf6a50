import { Injectable, type NestMiddleware } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { PROMETHEUS_CONTENT_TYPE } from './prometheus-text.js';
import { MetricsService } from './metrics.service.js';

const MIN_TOKEN_LENGTH = 24;

function matches(token: Buffer | null, header: string | undefined): boolean {
  const presented = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!token || !presented) return false;
  const given = Buffer.from(presented);
  return given.length === token.length && timingSafeEqual(given, token);
}

/**
 * `Authorization: Bearer $VIGIL_METRICS_TOKEN` answers /metrics before the session guard runs; anything
 * else goes on to the route, which only owners pass. A token shorter than 24 characters is ignored.
 */
@Injectable()
export class MetricsTokenMiddleware implements NestMiddleware {
  /** The scraper's credential (a Prometheus job cannot sign in). Unset: only owner sessions may scrape. */
  private readonly token: Buffer | null;

  constructor(private readonly metrics: MetricsService) {
    const token = process.env['VIGIL_METRICS_TOKEN'] ?? '';
    this.token = token.length >= MIN_TOKEN_LENGTH ? Buffer.from(token) : null;
  }

  use(request: Request, response: Response, next: NextFunction): void {
    if (!matches(this.token, request.headers.authorization)) {
      next();
      return;
    }
    this.metrics.render().then(
      (text) => response.status(200).type(PROMETHEUS_CONTENT_TYPE).send(text),
      (error: unknown) => next(error),
    );
  }
}
