/**
 * The events scenario's webhook receiver, in a process of its own (as a real receiver would be: not sharing the
 * event loop of the bench's load generator): scripts/support/webhook-receiver.ts on 127.0.0.1, sending its URL
 * once it listens and, when asked, what it received (webhook id, receipt time, the event's occurredAt and subject).
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startReceiver } from '../support/webhook-receiver.js';

export interface Receipt {
  webhookId: string;
  receivedAt: number;
  occurredAt: string;
  subjectId: string | null;
}

type Message = { url: string } | { receipts: Receipt[] };

/** Starts the receiver process; `receipts()` asks it for everything so far, `close()` ends it. */
export async function startReceiverProcess() {
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = () =>
    new Promise<Message>((resolve, reject) => {
      child.once('message', (message) => resolve(message as Message));
      child.once('exit', (code) => reject(new Error(`the receiver process exited (${code})`)));
    });
  const { url } = (await next()) as { url: string };
  return {
    url,
    async receipts(): Promise<Receipt[]> {
      const answer = next();
      child.send('report');
      return ((await answer) as { receipts: Receipt[] }).receipts;
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

if (process.argv[2] === '--serve') {
  const receiver = await startReceiver();
  process.on('message', () => {
    const receipts: Receipt[] = receiver.received.map((r) => ({
      webhookId: r.webhookId,
      receivedAt: r.receivedAt,
      occurredAt: r.payload.data.occurredAt,
      subjectId: r.payload.data.subject.id,
    }));
    process.send!({ receipts });
  });
  process.on('SIGTERM', () => void receiver.close().then(() => process.exit(0)));
  process.send!({ url: receiver.url });
}
