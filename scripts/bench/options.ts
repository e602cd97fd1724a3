/** Command-line options of `npm run bench` (see USAGE). */
export interface BenchOptions {
  sizes: number[];
  scenarios: string[];
  out: string;
  quick: boolean;
  durationSeconds: number;
  warmupSeconds: number;
  /** WEB_CONCURRENCY of the API under test. */
  workers: number;
  help: boolean;
}

export const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];
export const QUICK_SIZES = [10_000];
export const QUICK_DURATION_SECONDS = 5;

export const USAGE = `npm run bench -- [options]

  --quick                 10,000 members only and 5 s load loops (about 2 minutes), to check a change
  --sizes 10000,100000    member counts to run (10k, 1M also accepted); default 10000,100000,1000000
  --scenarios a,b         scenarios to run; default all
  --out docs/benchmarks.md  where the Markdown report goes
  --duration 10           measured seconds of each load loop (after a 2 s warm-up)
  --workers 2             the API's worker processes (WEB_CONCURRENCY); default: one per CPU core

Environment: BENCH_DATABASE_URL=postgres://... to use that server (needs CREATE DATABASE) instead of an
embedded PostgreSQL in a temporary folder.`;

export class OptionsError extends Error {}

export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new OptionsError(`not a size: ${text}`);
  const factor = { '': 1, k: 1_000, m: 1_000_000 }[match[2].toLowerCase() as '' | 'k' | 'm'];
  const size = Math.round(Number(match[1]) * factor);
  if (size < 64) throw new OptionsError(`size ${text} is below 64 (login-and-read uses 64 member accounts)`);
  return size;
}

export function parseOptions(argv: string[], knownScenarios: readonly string[], cores = 1): BenchOptions {
  const options: BenchOptions = {
    sizes: DEFAULT_SIZES,
    scenarios: [...knownScenarios],
    out: 'docs/benchmarks.md',
    quick: false,
    durationSeconds: 10,
    warmupSeconds: 2,
    workers: Math.max(1, cores),
    help: false,
  };
  let sizesGiven = false;
  let durationGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new OptionsError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--quick':
        options.quick = true;
        break;
      case '--sizes':
        options.sizes = value().split(',').map(parseSize);
        sizesGiven = true;
        break;
      case '--scenarios': {
        const names = value()
          .split(',')
          .map((name) => name.trim());
        const unknown = names.filter((name) => !knownScenarios.includes(name));
        if (unknown.length > 0) {
          throw new OptionsError(`unknown scenario ${unknown.join(', ')}; known: ${knownScenarios.join(', ')}`);
        }
        options.scenarios = knownScenarios.filter((name) => names.includes(name));
        break;
      }
      case '--out':
        options.out = value();
        break;
      case '--duration': {
        const seconds = Number(value());
        if (!Number.isInteger(seconds) || seconds < 1 || seconds > 300) {
          throw new OptionsError('--duration takes whole seconds from 1 to 300');
        }
        options.durationSeconds = seconds;
        durationGiven = true;
        break;
      }
      case '--workers': {
        const workers = Number(value());
        if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
          throw new OptionsError('--workers takes a whole number from 1 to 64');
        }
        options.workers = workers;
        break;
      }
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new OptionsError(`unknown option ${argv[i]}`);
    }
  }
  if (options.quick && sizesGiven) throw new OptionsError('--quick runs 10,000 members only: drop --sizes');
  if (options.quick) options.sizes = QUICK_SIZES;
  if (options.quick && !durationGiven) options.durationSeconds = QUICK_DURATION_SECONDS;
  options.sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
  return options;
}
