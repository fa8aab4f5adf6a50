import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import pg from 'pg';
import {
  type CreateSourceRequest,
  type Page,
  type SourceWithSecretJson,
  type TransactionDetailJson,
  type TransactionJson,
  type TransactionStatus,
} from '@vigil/contracts';
import {
  addReviewLimitRule,
  ApiClient,
  type RunningProcess,
  signStandard,
  spawnApp,
  waitFor,
  waitForWorkerReady,
} from '@vigil/testing';
import { type ApiHarness, startApi } from './api-harness.js';

/** The review tests' hold (libs/testing): orders of HELD_AMOUNT are held for a person. */
export { HELD_AMOUNT, REVIEW_LIMIT_RULE } from '@vigil/testing';

/** The review tests' orders: each shopper's own customer, network, device and card (libs/testing). */
export { shopperOrder as order, type ShopperOrderOptions as OrderOptions } from '@vigil/testing';

/** The api in-process, a real worker process, the signed-in owner and a direct database connection. */
export interface ReviewStack {
  api: ApiHarness;
  worker: RunningProcess;
  owner: ApiClient;
  db: pg.Client;
  createSource: (body?: Partial<CreateSourceRequest>) => Promise<SourceWithSecretJson>;
  /** Posts a signed canonical event to the source and expects 202. */
  send: (source: SourceWithSecretJson, event: Record<string, unknown>) => Promise<void>;
  /** Waits until the order's transaction has the status (and passes `ready`), through the public API. */
  transaction: (
    orderId: string,
    status: TransactionStatus,
    ready?: (t: TransactionJson) => boolean,
    timeoutMs?: number,
  ) => Promise<TransactionJson>;
  detail: (id: string, client?: ApiClient) => Promise<TransactionDetailJson>;
  close: () => Promise<void>;
}

let messages = 0;

export async function startReviewStack(
  apiEnv: NodeJS.ProcessEnv = {},
  workerEnv: NodeJS.ProcessEnv = {},
): Promise<ReviewStack> {
  const api = await startApi(apiEnv);
  const worker = spawnApp('worker', api.config, workerEnv);
  const owner = await ApiClient.login(api.baseUrl);
  await waitForWorkerReady(worker);
  await addReviewLimitRule(owner);
  const db = new pg.Client({ connectionString: api.config.databaseUrl });
  await db.connect();
  const stack: ReviewStack = {
    api,
    worker,
    owner,
    db,
    createSource: (body = {}) =>
      owner.json<SourceWithSecretJson>('/api/sources', {
        method: 'POST',
        body: JSON.stringify({ name: 'Review store', kind: 'standard', ...body }),
      }),
    send: async (source, event) => {
      messages += 1;
      const signed = signStandard(source.secret, `msg_review_${process.pid}_${messages}`, event);
      const response = await fetch(source.ingestUrl, {
        method: 'POST',
        headers: signed.headers,
        body: signed.body,
      });
      if (response.status !== 202) throw new Error(`webhook answered ${response.status}`);
    },
    transaction: (orderId, status, ready = () => true, timeoutMs = 15_000) =>
      waitFor(
        async () => {
          const page = await owner.json<Page<TransactionJson>>(
            `/api/transactions?orderId=${encodeURIComponent(orderId)}`,
          );
          const t = page.items[0];
          return t && t.status === status && ready(t) ? t : undefined;
        },
        timeoutMs,
        `order ${orderId} to be ${status}`,
      ),
    detail: (id, client = owner) => client.json<TransactionDetailJson>(`/api/transactions/${id}`),
    close: async () => {
      await db.end().catch(() => undefined);
      await worker.stop();
      await api.close();
    },
  };
  return stack;
}

/** A held transaction whose hold clock has started (the worker's after-commit work is done). */
export function held(stack: ReviewStack, orderId: string): Promise<TransactionJson> {
  return stack.transaction(orderId, 'review', (t) => Boolean(t.holdDeadline));
}

export function decide(client: ApiClient, id: string, body: Record<string, unknown>): Promise<Response> {
  return client.request(`/api/transactions/${id}/decision`, { method: 'POST', body: JSON.stringify(body) });
}

export interface ReceivedWebhook {
  headers: Record<string, string>;
  body: string;
  /** What the receiver answered. */
  status: number;
}

/** A store's decision endpoint on 127.0.0.1: records every request; `answer` picks the status code. */
export interface DecisionReceiver {
  url: string;
  received: ReceivedWebhook[];
  answer: (body: string, headers: Record<string, string>) => number;
  /** How long to wait before answering a request (default 0). */
  delayMs: (body: string) => number;
  close: () => Promise<void>;
}

export async function startDecisionReceiver(): Promise<DecisionReceiver> {
  const received: ReceivedWebhook[] = [];
  const receiver: DecisionReceiver = {
    url: '',
    received,
    answer: () => 200,
    delayMs: () => 0,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // The worker's HTTP client keeps connections alive; they would hold close() open.
        server.closeAllConnections();
      }),
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([name, value]) => [name, String(value)]),
      );
      const status = receiver.answer(body, headers);
      setTimeout(() => {
        received.push({ headers, body, status });
        response.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'nope');
      }, receiver.delayMs(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/vigil/decisions`;
  return receiver;
}
