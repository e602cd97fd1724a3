/**
 * A real webhook receiver for tests: node:http on 127.0.0.1 (the test settings allow-list it), recording every
 * request as received. `respond` decides each answer (status, body, a delay before answering); by default 200 "ok".
 * Given `verifyWith` (an endpoint's secret), it checks each signature as the request arrives, as a receiver must:
 * Standard Webhooks refuses a timestamp older than five minutes, so a check made later would fail on old requests.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  /** The standard headers, as Webhook.verify takes them. */
  signed: Record<string, string>;
  webhookId: string;
  /** Date.now() when the body had arrived. */
  receivedAt: number;
  /** Whether its signature verified with `verifyWith` on arrival; undefined when none was set. */
  verified?: boolean;
  payload: {
    type: string;
    timestamp: string;
    data: { id: string; type: string; occurredAt: string; subject: { id: string | null } };
  };
}

export interface Answer {
  status?: number;
  body?: string;
  delayMs?: number;
}

export interface Receiver {
  url: string;
  received: Received[];
  respond: (request: Received, index: number) => Answer;
  /** The secret to verify each request with on arrival. */
  verifyWith?: string;
  close: () => Promise<void>;
}

function verifies(secret: string, body: string, signed: Record<string, string>): boolean {
  try {
    new Webhook(secret).verify(body, signed);
    return true;
  } catch {
    return false;
  }
}

export async function startReceiver(path = '/hook'): Promise<Receiver> {
  const receiver: Receiver = {
    url: '',
    received: [],
    respond: () => ({}),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const receivedAt = Date.now();
      const body = Buffer.concat(chunks).toString('utf8');
      const header = (name: string) => String(req.headers[name] ?? '');
      const request: Received = {
        headers: req.headers,
        body,
        signed: {
          'webhook-id': header('webhook-id'),
          'webhook-timestamp': header('webhook-timestamp'),
          'webhook-signature': header('webhook-signature'),
        },
        webhookId: header('webhook-id'),
        receivedAt,
        payload: JSON.parse(body) as Received['payload'],
      };
      if (receiver.verifyWith !== undefined) request.verified = verifies(receiver.verifyWith, body, request.signed);
      const index = receiver.received.push(request) - 1;
      const answer = receiver.respond(request, index);
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(answer.status ?? 200, { 'content-type': 'text/plain' });
        res.end(answer.body ?? 'ok');
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  const close = receiver.close;
  receiver.close = async () => {
    server.closeAllConnections();
    await close();
  };
  return receiver;
}

/** Waits until `check` answers something truthy (calling `step` between tries, e.g. a worker tick), or fails. */
export async function until<T>(
  check: () => T | false | null | undefined | Promise<T | false | null | undefined>,
  {
    step,
    timeoutMs = 20_000,
    what = 'the condition',
  }: { step?: () => Promise<unknown>; timeoutMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (step) await step();
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
