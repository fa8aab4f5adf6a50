import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from '@jest/globals';
import { sendDecisionWebhook, signedHeaders } from './decision-webhook-sender.js';

const body = JSON.stringify({ type: 'transaction.held', data: { transactionId: 't_1' } });

describe('decision webhook signatures', () => {
  it('verify with the Standard Webhooks reference library for whsec_ secrets', () => {
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const headers = signedHeaders(secret, 'msg_1', body, new Date());
    expect(headers['webhook-id']).toBe('msg_1');
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(`${body} `, headers)).toThrow();
  });

  it("use a Shopify-style secret's own bytes, verifiable in the library's raw format", () => {
    const secret = randomBytes(32).toString('hex');
    const headers = signedHeaders(secret, 'msg_2', body, new Date());
    expect(new Webhook(secret, { format: 'raw' }).verify(body, headers)).toEqual(JSON.parse(body));
  });
});

describe('decision webhook responses', () => {
  it('reads at most a little of an endless response body, then hangs up', async () => {
    let sent = 0;
    let closed!: () => void;
    const hungUp = new Promise<void>((resolve) => (closed = resolve));
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = (): void => {
        while (!response.destroyed && response.write(chunk)) sent += chunk.length;
        if (!response.destroyed) response.once('drain', pump);
      };
      response.on('close', closed);
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const result = await sendDecisionWebhook(`http://127.0.0.1:${port}/hook`, {}, body);
      await hungUp;
      expect(result).toMatchObject({ ok: true, statusCode: 200, error: null });
      // Socket buffers hold a few MiB at most; reading the body to the end would take gigabytes.
      expect(sent).toBeLessThan(32 * 1024 * 1024);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
