import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { Response } from 'express';
import { type ApiErrorJson } from '@vigil/contracts';
import { DomainError } from './domain-error.js';

function messageOf(exception: HttpException): string {
  const body = exception.getResponse();
  if (typeof body === 'string') return body;
  const message = (body as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

/** The one place exceptions become HTTP errors: `{statusCode, error, message}`, never a stack trace. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return;
    const response = host.switchToHttp().getResponse<Response>();
    let status: number = HttpStatus.INTERNAL_SERVER_ERROR;
    let message = 'Internal server error';
    if (exception instanceof DomainError) {
      status = exception.status;
      message = exception.message;
      for (const [name, value] of Object.entries(exception.headers)) response.setHeader(name, value);
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      message = messageOf(exception);
    } else if (isBodyParserError(exception)) {
      status = exception.status;
      message =
        exception.type === 'entity.too.large'
          ? 'Request body is too large'
          : 'Request body is not valid JSON';
    } else {
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
      );
    }
    if (response.headersSent) return;
    const body: ApiErrorJson = { statusCode: status, error: STATUS_CODES[status] ?? 'Error', message };
    response.status(status).json(body);
  }
}

function isBodyParserError(e: unknown): e is { status: number; type: string } {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { type?: unknown }).type === 'string' &&
    typeof (e as { status?: unknown }).status === 'number'
  );
}
