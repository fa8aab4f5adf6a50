import { describe, expect, it } from '@jest/globals';
import { NotFoundException } from '@nestjs/common';
import { type TransactionJson } from '@vigil/contracts';
import { DecisionError } from '../decisions/decisions.errors.js';
import { IngestError } from '../ingest/ingest.errors.js';
import { apiErrorReply } from './api-error.js';
import { RequestError } from './request.errors.js';

describe('apiErrorReply', () => {
  it("answers a feature's error with its status, message and headers", () => {
    expect(apiErrorReply(IngestError.rateLimited(3, 'too fast'))).toEqual({
      status: 429,
      body: { statusCode: 429, error: 'Too Many Requests', message: 'Rate limit exceeded: too fast' },
      headers: { 'Retry-After': '3' },
      unexpected: false,
    });
  });

  it('adds the current transaction to a decision conflict, and only there', () => {
    const current = { id: 't1', status: 'blocked', version: 3 } as TransactionJson;
    expect(apiErrorReply(DecisionError.notHeld(current)).body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'Transaction is no longer held for review (status blocked)',
      current,
    });
    expect(Object.keys(apiErrorReply(DecisionError.notFound('t1')).body).sort()).toEqual([
      'error',
      'message',
      'statusCode',
    ]);
  });

  it("keeps Nest's own exceptions (unknown routes, validation) as they are", () => {
    expect(apiErrorReply(new NotFoundException('Cannot GET /api/nothing')).body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Cannot GET /api/nothing',
    });
  });

  it("names the body parser's refusals", () => {
    const parserError = (status: number, type: string) => Object.assign(new Error('raw'), { status, type });
    expect(apiErrorReply(parserError(413, 'entity.too.large')).body.message).toBe(
      'Request body is too large',
    );
    expect(apiErrorReply(parserError(400, 'entity.parse.failed')).body.message).toBe(
      'Request body is not valid JSON',
    );
    expect(apiErrorReply(parserError(415, 'encoding.unsupported')).status).toBe(415);
    expect(apiErrorReply(RequestError.containsNul()).status).toBe(400);
  });

  it('hides anything else behind a 500 and marks it for the log', () => {
    const reply = apiErrorReply(new TypeError('secret internals at /srv/app.js:12'));
    expect(reply).toEqual({
      status: 500,
      body: { statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' },
      headers: {},
      unexpected: true,
    });
  });
});
