import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { apiErrorReply, describeUnexpected } from './api-error.js';

/**
 * The api's one exception filter (registered globally in configureHttp): every error of every HTTP route,
 * decision conflicts included, becomes the JSON error shape of `apiErrorReply`.
 */
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiError');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return;
    const response = host.switchToHttp().getResponse<Response>();
    const reply = apiErrorReply(exception);
    if (reply.unexpected) this.logger.error(describeUnexpected(exception));
    if (response.headersSent) return;
    response.status(reply.status).set(reply.headers).json(reply.body);
  }
}
