/**
 * The crash test's HTTP side: one request (`send`), fixture calls that must succeed (`setup`), and running a step of
 * the mix with its outcome journalled (`execute`): a 2xx is acknowledged (and its chain continues), a cut connection,
 * no answer within REQUEST_TIMEOUT_MS or a 503 leaves it in flight to retry with its Idempotency-Key, any other 5xx
 * is a failure.
 */
import { randomUUID } from 'node:crypto';
import { field, type Journal, type Json, type KindFigures, type Sent, type Step, type Write } from './journal.js';

export interface Answer {
  status: number;
  body: Json | null;
  headers: Headers;
}

/**
 * A client gives up on a request after this, as every real one does, and retries it with its Idempotency-Key: a
 * connection the cluster was handing to a worker as it was killed is never answered (docs/reliability.md).
 */
const REQUEST_TIMEOUT_MS = 20_000;

export async function send(baseUrl: string, write: Write, requestId: string = randomUUID()): Promise<Answer> {
  const res = await fetch(baseUrl + write.path, {
    method: write.method,
    headers: {
      ...(write.token ? { authorization: `Bearer ${write.token}` } : {}),
      'content-type': 'application/json',
      'x-request-id': requestId,
      ...(write.idempotent ? { 'idempotency-key': requestId } : {}),
      ...write.headers,
    },
    body: write.body === undefined ? undefined : JSON.stringify(write.body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as Json | null, headers: res.headers };
}

/** A fixture call: its 2xx body, or a throw naming the request. */
export async function setup(baseUrl: string, write: Write): Promise<Json> {
  const res = await send(baseUrl, write);
  if (res.status < 200 || res.status >= 300) {
    throw new Error(`setup ${write.method} ${write.path}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body ?? {};
}

/** A fixture call that creates something: its id. */
export const created = async (baseUrl: string, write: Write): Promise<string> =>
  field(await setup(baseUrl, write), 'id');

export const post = (token: string, path: string, body: unknown = {}): Write => ({
  method: 'POST',
  path,
  body,
  token,
  idempotent: true,
});

export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login of ${email} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** Refusals (4xx) seen during the load, by code: expected to be rare, printed in the report. */
export const refusals = new Map<string, number>();

/** Sends a step of the mix and journals its outcome; a 2xx continues its chain. Resolves with the last status. */
export async function execute(
  baseUrl: string,
  journal: Journal,
  step: Step,
  figures: KindFigures,
): Promise<number | undefined> {
  let current: Step | undefined = step;
  while (current) {
    const sent = journal.send(current);
    figures.sent++;
    let res: Answer;
    try {
      res = await send(baseUrl, sent.write, sent.requestId);
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') figures.unanswered++;
      figures.inFlight++;
      if (sent.write.idempotent) journal.inFlight.push(sent);
      return undefined;
    }
    if (res.status >= 500) {
      figures.serverErrors[res.status] = (figures.serverErrors[res.status] ?? 0) + 1;
      if (res.status !== 503) {
        journal.failures.push(`${describe(sent)} answered ${res.status}: ${JSON.stringify(res.body)}`);
      } else if (!res.headers.get('retry-after')) {
        journal.failures.push(`${describe(sent)} answered 503 without Retry-After`);
      }
      if (res.status === 503 && sent.write.idempotent) {
        // A 503 from a connection lost at COMMIT may hide a committed effect: the retry with its key tells.
        figures.inFlight++;
        journal.inFlight.push(sent);
      }
      return res.status;
    }
    if (res.status >= 300 || !res.body) {
      const code = `${current.module} ${res.status} ${String(res.body?.code)}`;
      refusals.set(code, (refusals.get(code) ?? 0) + 1);
      return res.status;
    }
    journal.acknowledge(sent, res.body, figures);
    current = current.next?.(res.body);
  }
  return 200;
}

/**
 * After the heal: each request whose outcome was lost is sent again with its Idempotency-Key (and request id); it must
 * be applied once or replayed. A duplicate still held (409 IDEMPOTENCY_KEY_IN_USE) or a 503 is retried for a while.
 */
export async function retryInFlight(baseUrl: string, journal: Journal, figures: KindFigures): Promise<void> {
  const pending = journal.inFlight;
  journal.inFlight = [];
  for (const sent of pending) {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const res = await send(baseUrl, sent.write, sent.requestId).catch(() => undefined);
      const busy = !res || res.status === 503 || (res.status === 409 && res.body?.code === 'IDEMPOTENCY_KEY_IN_USE');
      if (busy && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        continue;
      }
      figures.retried++;
      if (!res || res.status < 200 || res.status >= 300 || !res.body) {
        journal.failures.push(`retrying ${describe(sent)} answered ${res?.status} ${JSON.stringify(res?.body)}`);
        break;
      }
      journal.acknowledge(sent, res.body, figures);
      const next = sent.next?.(res.body);
      if (next) await execute(baseUrl, journal, next, figures);
      break;
    }
  }
  // A chain step sent during the retries may itself have been cut (it should not: the API is up); once more.
  if (journal.inFlight.length > 0 && pending.length > 0) await retryInFlight(baseUrl, journal, figures);
}

const describe = (sent: Sent) => `${sent.write.method} ${sent.write.path} (request ${sent.requestId})`;
