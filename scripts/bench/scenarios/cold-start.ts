/**
 * Cold start: how long from `node dist/src/main.js` to the first healthy answer, on existing data.
 *  - with DATABASE_URL: stop the API under test and start it again on this size's database;
 *  - with the embedded database (QUALITY.md: < 5 s): a data folder made by the API's own first run (initdb,
 *    migrations), filled with this size's data, then started without DATABASE_URL, as `npm start` does.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../../src/database/embedded-postgres.js';
import { ApiProcess, type StartTimes } from '../api-process.js';
import { generate } from '../generate.js';
import type { Figure, Scenario } from '../scenario.js';
import { below } from '../targets.js';
import { median } from '../stats.js';

const RUNS = 3;

export const coldStart: Scenario = {
  name: 'cold-start',
  description: `Time from process start to the first 200 of GET /health (and /health/ready), ${RUNS} starts each, on existing data.`,
  async run(ctx) {
    const figures: Figure[] = [];
    const notes: string[] = [];

    const restarts: StartTimes[] = [];
    let rssAfterStart = NaN;
    for (let run = 0; run < RUNS; run++) {
      await ctx.api.stop();
      restarts.push(await ctx.api.start());
      rssAfterStart = ctx.api.memory()?.rssMb ?? NaN;
    }
    figures.push(...startFigures('database-url', 'with DATABASE_URL', restarts));
    if (!Number.isNaN(rssAfterStart)) {
      figures.push({
        key: 'rss-after-start',
        label: 'API RSS right after start',
        value: rssAfterStart,
        unit: 'MB',
        scaling: 'cost',
      });
    }

    const dataDir = join(ctx.scratchDir, `embedded-${ctx.size}`);
    mkdirSync(dataDir, { recursive: true, mode: 0o755 });
    const api = new ApiProcess({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ADMIN_EMAIL: ctx.admin.email,
      ADMIN_PASSWORD: ctx.admin.password,
    });
    try {
      const firstRun = await api.start();
      await api.stop();
      figures.push({
        key: 'embedded-first-run',
        label: 'embedded, first run (initdb, migrations) to /health',
        value: firstRun.toHealthMs / 1000,
        unit: 's',
        scaling: 'none',
      });
      ctx.log(`  filling the embedded data folder with ${ctx.size} members`);
      const cluster = await startEmbeddedPostgres(dataDir, { persistent: true });
      try {
        await generate(cluster.urlFor('coop'), ctx.size);
      } finally {
        await cluster.stop();
      }
      const starts: StartTimes[] = [];
      for (let run = 0; run < RUNS; run++) {
        starts.push(await api.start());
        await api.stop();
      }
      const embedded = startFigures('embedded', 'embedded, existing data dir,', starts);
      const worst = embedded.find((figure) => figure.key === 'embedded-health-worst');
      if (worst) worst.target = below('cold-start-embedded', '< 5 s', 5);
      figures.push(...embedded);
      notes.push(
        `The embedded figures start PostgreSQL too (its data folder holds this size's data); the target applies to ` +
          `the worst of the ${RUNS} starts.`,
      );
    } finally {
      await api.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
    return { figures, notes };
  },
};

function startFigures(key: string, label: string, starts: StartTimes[]): Figure[] {
  const health = starts.map((s) => s.toHealthMs / 1000);
  const ready = starts.map((s) => s.toReadyMs / 1000);
  return [
    {
      key: `${key}-health-median`,
      label: `${label} to /health, median`,
      value: median(health),
      unit: 's',
      scaling: 'cost',
    },
    {
      key: `${key}-health-worst`,
      label: `${label} to /health, worst`,
      value: Math.max(...health),
      unit: 's',
      scaling: 'cost',
    },
    {
      key: `${key}-ready-median`,
      label: `${label} to /health/ready, median`,
      value: median(ready),
      unit: 's',
      scaling: 'cost',
    },
  ];
}
