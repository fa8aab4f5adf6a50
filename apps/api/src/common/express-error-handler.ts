import type { NextFunction, Request, Response } from 'express';
import { Logger } from '@nestjs/common';
import { apiErrorReply, describeUnexpected } from './api-error.js';

const logger = new Logger('ApiError');

/**
 * Errors raised by Express middleware before Nest's router (the JSON body parser, the NUL guard) would
 * otherwise reach Express' default handler, which prints stack traces. They get the same JSON error shape.
 */
export function expressErrorHandler(
  error: unknown,
  _request: Request,
  response: Response,
  next: NextFunction,
): void {
  if (response.headersSent) return next(error);
  const reply = apiErrorReply(error);
  if (reply.unexpected) logger.error(describeUnexpected(error));
  response.status(reply.status).set(reply.headers).json(reply.body);
}
