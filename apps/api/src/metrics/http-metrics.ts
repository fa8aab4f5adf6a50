import type { NextFunction, Request, Response } from 'express';
import { Counter, Histogram, type Registry } from 'prom-client';

type HttpLabel = 'method' | 'route' | 'status';

export interface HttpMetrics {
  /** Express middleware: times the request and counts its answer when the response is finished. */
  observe(request: Request, response: Response, next: NextFunction): void;
}

/** The route template that answered (`/api/transactions/:id`), so label values stay few. */
function routeOf(request: Request): string {
  const path = (request.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' ? `${request.baseUrl}${path}` : 'unmatched';
}

/** This process's HTTP requests (api node by api node, like any prom-client metric). */
export function registerHttpMetrics(registry: Registry): HttpMetrics {
  const requests = new Counter<HttpLabel>({
    name: 'vigil_http_requests_total',
    help: 'HTTP requests this api process answered, by method, route template and status.',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const duration = new Histogram<HttpLabel>({
    name: 'vigil_http_request_duration_seconds',
    help: 'Time this api process took to answer HTTP requests, by method, route template and status.',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  return {
    observe(request, response, next) {
      const stop = duration.startTimer();
      response.once('finish', () => {
        const labels = {
          method: request.method,
          route: routeOf(request),
          status: String(response.statusCode),
        };
        stop(labels);
        requests.inc(labels);
      });
      next();
    },
  };
}
