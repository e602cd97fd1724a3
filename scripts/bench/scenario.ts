/** What a scenario receives and returns. A scenario is a module exporting `{ name, run(ctx) }` (see scenarios/). */
import type { ApiProcess } from './api-process.js';
import type { Baseline } from './baseline.js';
import type { BenchPostgres } from './postgres.js';
import type { Generated } from './generate.js';
import type { TargetCheck } from './targets.js';

export interface BenchContext {
  /** Members (member accounts) generated for this run's cooperative. */
  size: number;
  /** The database of this size, migrated and filled. */
  databaseUrl: string;
  postgres: BenchPostgres;
  /** The API under test, a child process on `databaseUrl`. */
  api: ApiProcess;
  /** What the generators made: the cooperative, the accounts and how to log in as them. */
  generated: Generated;
  baseline: Baseline;
  /** The platform superadmin the API was started with (ADMIN_EMAIL / ADMIN_PASSWORD). */
  admin: { email: string; password: string };
  /**
   * Logs the cooperative's staff account in (every role but member: secretary, treasurer, credit committee, ...): a
   * fresh token, as a long run outlives one.
   */
  staffToken(): Promise<string>;
  /** Signs an access token for a user id (tokens.ts), for loads of many distinct members. */
  memberToken(userId: string): string;
  /** The API's BALLOT_SEAL_SECRET: the tally scenario seals the votes it writes as the API would. */
  ballotSealSecret: string;
  /** Measured seconds of each load loop (after its warm-up). */
  durationSeconds: number;
  warmupSeconds: number;
  /** A fresh temporary folder the scenario may use; removed at the end of the run. */
  scratchDir: string;
  log(message: string): void;
}

export type Unit = 'req/s' | 'rows/s' | 'ms' | 's' | 'MB' | 'count' | 'ratio' | 'cores';

export interface Figure {
  /** Stable key within the scenario, used to line figures up across sizes. */
  key: string;
  label: string;
  value: number;
  unit: Unit;
  /**
   * How to read growth with the data: `cost` (time, latency, memory: lower is better; linear growth is a factor
   * of 10 per 10x), `rate` (throughput: higher is better), or `none` (counts, ratios, informational).
   */
  scaling: 'cost' | 'rate' | 'none';
  /** The baseline this figure is compared with, and the ratio figure / baseline. */
  baseline?: { name: string; ratio: number };
  target?: TargetCheck;
}

export interface ScenarioResult {
  figures: Figure[];
  /** Short remarks printed under the scenario's table (what was measured, how). */
  notes: string[];
  /** Latency histogram of the main load loop, if any. */
  histogram?: { label: string; count: number }[];
}

export interface Scenario {
  /** The name given to `--scenarios`. */
  name: string;
  /** One line for the report. */
  description: string;
  run(ctx: BenchContext): Promise<ScenarioResult>;
}
