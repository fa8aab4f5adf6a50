import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { type WebhookAck } from '@vigil/contracts';
import { apiErrorReply, describeUnexpected } from '../common/api-error.js';
import { IngestCounters } from './ingest-counters.js';
import { WebhookIngestService } from './webhook-ingest.service.js';

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

const PREFIX = '/webhooks/';
const DRAIN_MS = 10_000;
const HEADERS = { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff' };

/** The 202 body and headers of an acknowledgement, as `send` would write them. */
function constantAck(duplicate: boolean): { json: string; headers: Record<string, string | number> } {
  const ack: WebhookAck = { received: true, duplicate };
  const json = JSON.stringify(ack);
  return { json, headers: { ...HEADERS, 'content-length': Buffer.byteLength(json) } };
}
export const FRESH_ACK = constantAck(false);
export const DUPLICATE_ACK = constantAck(true);

/** `/webhooks/<id>` or `/webhooks/<id>/`, any query: the source id, or null for anything else. */
export function webhookSourceId(method: string | undefined, url: string | undefined): string | null {
  if (method !== 'POST' || !url || url.length < PREFIX.length + 1) return null;
  if (url.slice(0, PREFIX.length).toLowerCase() !== PREFIX) return null;
  const query = url.indexOf('?');
  let rest = url.slice(PREFIX.length, query === -1 ? undefined : query);
  if (rest.endsWith('/')) rest = rest.slice(0, -1);
  if (rest.length === 0 || rest.includes('/')) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}

/**
 * `POST /webhooks/:sourceId` answered straight from Node's HTTP server, ahead of Express and Nest: the
 * providers' traffic is the hot path (thousands a second), and the framework's per-request work (router,
 * middleware, logging, guard, interceptors) cost more than verifying and queueing the event itself. The
 * answers are the controller's: same checks in the same order (WebhookIngestService), same error JSON.
 * The Nest route stays registered (docs, route inventory) and serves when `trust proxy` is configured,
 * since the caller's address then needs Express.
 */
@Injectable()
export class WebhookFastPath implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WebhookFastPath.name);
  private server: Server | null = null;
  private inFlight = 0;
  private draining = false;
  private drained: Array<() => void> = [];

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly ingest: WebhookIngestService,
    private readonly counters: IngestCounters,
  ) {}

  onApplicationBootstrap(): void {
    const adapter = this.adapterHost.httpAdapter;
    const express = adapter?.getInstance() as { get?: (name: string) => unknown } | undefined;
    const server = adapter?.getHttpServer() as Server | undefined;
    if (!server || express?.get?.('trust proxy')) return;
    this.server = server;
    // Whatever listens now (Express, behind socket.io's own interceptor) keeps every other request.
    const others = server.listeners('request') as RequestListener[];
    server.removeAllListeners('request');
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      const sourceId = webhookSourceId(request.method, request.url);
      if (sourceId !== null) {
        void this.handle(sourceId, request, response);
        return;
      }
      for (const listener of others) listener.call(server, request, response);
    });
  }

  /** SIGTERM: stop accepting connections, answer the webhooks in flight, then let the queue close. */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.server) return;
    this.draining = true;
    this.server.close();
    this.server.closeIdleConnections();
    if (this.inFlight > 0)
      await Promise.race([
        new Promise<void>((resolve) => this.drained.push(resolve)),
        new Promise((resolve) => setTimeout(resolve, DRAIN_MS).unref()),
      ]);
  }

  private async handle(sourceId: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    this.inFlight += 1;
    try {
      const ip = request.socket.remoteAddress ?? 'unknown';
      const ack = await this.ingest.receive(sourceId, request, ip);
      this.sendAck(response, ack);
    } catch (error) {
      this.fail(response, error);
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) for (const resolve of this.drained.splice(0)) resolve();
    }
  }

  /** The 202: one of two constant answers, so its JSON and headers are built once, not per request. */
  private sendAck(response: ServerResponse, ack: WebhookAck): void {
    if (this.draining) {
      this.send(response, 202, ack, {});
      return;
    }
    this.counters.count(202);
    if (response.headersSent || response.destroyed) return;
    const reply = ack.duplicate ? DUPLICATE_ACK : FRESH_ACK;
    response.writeHead(202, reply.headers);
    response.end(reply.json);
  }

  private fail(response: ServerResponse, error: unknown): void {
    const reply = apiErrorReply(error);
    if (reply.unexpected) this.logger.error(describeUnexpected(error));
    this.send(response, reply.status, reply.body, reply.headers);
  }

  private send(
    response: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string>,
  ): void {
    this.counters.count(status);
    if (response.headersSent || response.destroyed) return;
    const json = JSON.stringify(body);
    response.writeHead(status, {
      ...HEADERS,
      ...headers,
      'content-length': Buffer.byteLength(json),
      ...(this.draining ? { connection: 'close' } : {}),
    });
    response.end(json);
  }
}
