/**
 * What events cost the vote, and how soon a webhook receives them (issue 16), five cast-vote loads in a row:
 * - with events: the vote as it runs (its audit entry and its event in the vote's one statement);
 * - without events: the same load with the events table's inserts skipped by a BEFORE INSERT trigger returning
 *   NULL (installed for this loop only, on the bench's own database), so the difference is the event's write;
 *   run with, without, without, with, so that the machine's drift over the loops weighs on both sides;
 * - with delivery: a webhook endpoint subscribed to `ballot.vote_cast` on a local receiver (node:http in a process
 *   of its own, receiver-process.ts), so the API also fans every vote's event out and POSTs it: votes/s under
 *   delivery, and the delivery lag from the vote's transaction (the event's `occurredAt`, its start: a few ms before
 *   its commit) to the receipt.
 */
import { callApi } from '../api-process.js';
import { queryRows } from '../postgres.js';
import type { BenchContext, Figure, Scenario } from '../scenario.js';
import { percentile, sortedCopy } from '../stats.js';
import { below } from '../targets.js';
import { startReceiverProcess } from '../receiver-process.js';
import { voteLoad } from './ballots.js';

type VoteRun = Awaited<ReturnType<typeof voteLoad>>;

/** How long the deliveries may take to catch up once the load stopped, before the lag is reported as it is. */
const CATCH_UP_MS = 120_000;

const SKIP_EVENTS = `
  CREATE FUNCTION bench_skip_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
  CREATE TRIGGER bench_skip_event BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION bench_skip_event();`;
const KEEP_EVENTS = 'DROP TRIGGER IF EXISTS bench_skip_event ON events; DROP FUNCTION IF EXISTS bench_skip_event();';

async function eventsOfBallots(ctx: BenchContext, ballotIds: string[]): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    ctx.databaseUrl,
    `SELECT count(*)::int AS n FROM events
      WHERE cooperative_id = $1 AND type = 'ballot.vote_cast' AND subject_id = ANY($2::text[])`,
    [ctx.generated.cooperativeId, ballotIds],
  );
  return row.n;
}

async function withoutEvents<T>(ctx: BenchContext, run: () => Promise<T>): Promise<T> {
  await queryRows(ctx.databaseUrl, SKIP_EVENTS);
  try {
    return await run();
  } finally {
    await queryRows(ctx.databaseUrl, KEEP_EVENTS);
  }
}

export const eventCost: Scenario = {
  name: 'events',
  description:
    'Cast-vote with events, without them (inserts skipped by a trigger), and with a webhook endpoint receiving ' +
    'every vote’s event: votes/s of each and the delivery lag p50/p99.',
  async run(ctx) {
    const coop = ctx.generated.cooperativeId;
    // With, without, without, with (ABBA): a drift of the machine over the four loops weighs on both sides alike.
    const withLoad = async (label: string) => {
      const run = await voteLoad(ctx, `Events benchmark (with events, ${label})`);
      const written = await eventsOfBallots(
        ctx,
        run.ballots.map((b) => b.id),
      );
      if (written !== run.stored) throw new Error(`${run.stored} votes stored, ${written} events`);
      return run;
    };
    const withoutLoad = async (label: string) => {
      const run = await withoutEvents(ctx, () => voteLoad(ctx, `Events benchmark (without events, ${label})`));
      const skipped = await eventsOfBallots(
        ctx,
        run.ballots.map((b) => b.id),
      );
      if (skipped !== 0) throw new Error(`${skipped} events written while they were to be skipped`);
      return run;
    };
    const withRuns = [await withLoad('1')];
    const withoutRuns = [await withoutLoad('1'), await withoutLoad('2')];
    withRuns.push(await withLoad('2'));
    const sum = (runs: VoteRun[], of: (run: VoteRun) => number) => runs.reduce((n, run) => n + of(run), 0);
    const rate = (runs: VoteRun[]) => sum(runs, (r) => r.load.requests) / sum(runs, (r) => r.load.seconds);
    const cpu = (runs: VoteRun[]) =>
      (sum(runs, (r) => r.load.serverCpuSeconds ?? NaN) * 1000) / sum(runs, (r) => r.load.requests);
    const p99 = (runs: VoteRun[]) => Math.max(...runs.map((r) => r.load.p99Ms));

    const receiver = await startReceiverProcess();
    const token = await ctx.staffToken();
    const endpoint = await callApi<{ id: string }>(ctx.api, 'POST', `/v1/cooperatives/${coop}/webhook-endpoints`, {
      token,
      body: { url: receiver.url, eventTypes: ['ballot.vote_cast'], description: 'bench receiver' },
    });
    try {
      const delivered = await voteLoad(ctx, 'Events benchmark (with delivery)');
      const ballotIds = new Set(delivered.ballots.map((b) => b.id));
      const loadEnded = Date.now();
      const mine = async () => (await receiver.receipts()).filter((r) => ballotIds.has(r.subjectId ?? ''));
      let received = await mine();
      while (
        new Set(received.map((r) => r.webhookId)).size < delivered.stored &&
        Date.now() - loadEnded < CATCH_UP_MS
      ) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        received = await mine();
      }
      const firstReceipts = new Map<string, number>();
      for (const r of received) {
        if (!firstReceipts.has(r.webhookId)) firstReceipts.set(r.webhookId, r.receivedAt - Date.parse(r.occurredAt));
      }
      const lags = sortedCopy([...firstReceipts.values()]);
      const lastReceipt = Math.max(...received.map((r) => r.receivedAt));
      const figures: Figure[] = [
        { key: 'with', label: 'votes/s with events', value: rate(withRuns), unit: 'req/s', scaling: 'rate' },
        { key: 'without', label: 'votes/s without events', value: rate(withoutRuns), unit: 'req/s', scaling: 'rate' },
        {
          key: 'ratio',
          label: 'with / without events',
          value: rate(withRuns) / rate(withoutRuns),
          unit: 'ratio',
          scaling: 'none',
        },
        {
          key: 'errors',
          label: 'errors (all loads)',
          value: sum([...withRuns, ...withoutRuns, delivered], (r) => r.load.errors),
          unit: 'count',
          scaling: 'none',
        },
        { key: 'cpu-with', label: 'API CPU per vote, with events', value: cpu(withRuns), unit: 'ms', scaling: 'cost' },
        {
          key: 'cpu-without',
          label: 'API CPU per vote, without events',
          value: cpu(withoutRuns),
          unit: 'ms',
          scaling: 'cost',
        },
        { key: 'p99-with', label: 'vote p99, with events', value: p99(withRuns), unit: 'ms', scaling: 'cost' },
        { key: 'p99-without', label: 'vote p99, without events', value: p99(withoutRuns), unit: 'ms', scaling: 'cost' },
        {
          key: 'delivering',
          label: 'votes/s while delivering each one',
          value: delivered.load.throughput,
          unit: 'req/s',
          scaling: 'rate',
        },
        { key: 'lag-p50', label: 'delivery lag p50', value: percentile(lags, 50), unit: 'ms', scaling: 'cost' },
        {
          key: 'lag-p99',
          label: 'delivery lag p99',
          value: percentile(lags, 99),
          unit: 'ms',
          scaling: 'cost',
          target: below('event-delivery', 'p99 < 2 s', 2000),
        },
        {
          key: 'delivered',
          label: 'votes delivered (warm-up included)',
          value: firstReceipts.size,
          unit: 'count',
          scaling: 'none',
        },
        {
          key: 'catch-up',
          label: 'last delivery after the load ended',
          value: Math.max(0, (lastReceipt - loadEnded) / 1000),
          unit: 's',
          scaling: 'cost',
        },
      ];
      return {
        figures,
        notes: [
          `Five loads of the cast-vote scenario (64 clients): with events, without (trigger), without, with ` +
            `(votes/s of each pair's measured windows together; p99 the larger of the two): ` +
            `${sum(withRuns, (r) => r.stored)} votes stored with as many events, ` +
            `${sum(withoutRuns, (r) => r.stored)} with none; then ${delivered.stored} with a webhook endpoint, ` +
            `${firstReceipts.size} received (${received.length - firstReceipts.size} twice).`,
          'Lag: receipt time minus the event’s occurredAt (its transaction’s start), first receipt of each webhook-id; ' +
            'the worker polls every WEBHOOK_POLL_MS (1000 ms by default) and the feed waits for older transactions.',
        ],
      };
    } finally {
      await callApi(ctx.api, 'PATCH', `/v1/cooperatives/${coop}/webhook-endpoints/${endpoint.id}`, {
        token,
        body: { enabled: false },
      });
      await receiver.close();
    }
  },
};
