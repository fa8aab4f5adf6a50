import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { Response } from 'express';
import { type ApiErrorJson, type DecisionConflictJson } from '@vigil/contracts';
import { DecisionError } from './decision.errors.js';

/**
 * The usual `{statusCode, error, message}`, plus `current` (the transaction now) on a 409, so a reviewer
 * who lost a race sees what happened without another request.
 */
@Catch(DecisionError)
export class DecisionErrorFilter implements ExceptionFilter {
  catch(exception: DecisionError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    const status = exception.status;
    const body: ApiErrorJson = {
      statusCode: status,
      error: STATUS_CODES[status] ?? 'Error',
      message: exception.message,
    };
    if (exception.current) (body as DecisionConflictJson).current = exception.current;
    response.status(status).json(body);
  }
}
