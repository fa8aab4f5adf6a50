import type { NextFunction, Request, Response } from 'express';
import { type ApiErrorJson } from '@vigil/contracts';

/**
 * Errors raised by Express middleware before Nest's router (the JSON body parser) would otherwise reach
 * Express' default handler, which prints stack traces. They get the same JSON error shape instead.
 */
export function expressErrorHandler(
  error: unknown,
  _request: Request,
  response: Response,
  next: NextFunction,
): void {
  if (response.headersSent) return next(error);
  const e = error as { status?: number; type?: string };
  const status = typeof e.status === 'number' && e.status >= 400 && e.status < 500 ? e.status : 500;
  const message =
    e.type === 'entity.too.large'
      ? 'Request body is too large'
      : e.type === 'entity.parse.failed'
        ? 'Request body is not valid JSON'
        : status === 500
          ? 'Internal server error'
          : 'Bad request';
  const body: ApiErrorJson = {
    statusCode: status,
    error: status === 500 ? 'Internal Server Error' : 'Bad Request',
    message,
  };
  response.status(status).json(body);
}
