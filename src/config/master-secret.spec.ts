import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveMasterSecret, MASTER_KEY_FILE } from './master-secret.js';

describe('the ballot seal master secret', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = join(mkdtempSync(join(tmpdir(), 'seal-')), 'data');
  });
  afterEach(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));

  const seal = 'a-ballot-seal-secret-of-32-characters-or-more';
  const jwt = 'a-jwt-secret-of-32-characters-or-more-also';

  it('is BALLOT_SEAL_SECRET, else JWT_SECRET, and then no file is written', () => {
    expect(resolveMasterSecret({ ballotSealSecret: seal, jwtSecret: jwt, dataDir })).toEqual({
      master: Buffer.from(seal),
      source: 'BALLOT_SEAL_SECRET',
    });
    expect(resolveMasterSecret({ jwtSecret: jwt, dataDir })).toEqual({
      master: Buffer.from(jwt),
      source: 'JWT_SECRET',
    });
    expect(() => statSync(dataDir)).toThrow(/ENOENT/);
  });

  it('else a random secret written once to DATA_DIR/ballot-seal.key, mode 0600, and read again after', () => {
    const first = resolveMasterSecret({ dataDir });
    const file = join(dataDir, MASTER_KEY_FILE);
    expect(first.source).toBe(file);
    expect(first.master.toString()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(`${first.master.toString()}\n`);
    expect(resolveMasterSecret({ dataDir }).master.equals(first.master)).toBe(true);
  });

  it('refuses a key file that holds no secret', () => {
    resolveMasterSecret({ dataDir });
    writeFileSync(join(dataDir, MASTER_KEY_FILE), 'short\n');
    expect(() => resolveMasterSecret({ dataDir })).toThrow(/holds no master secret/);
  });
});
