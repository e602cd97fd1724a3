/**
 * The master secret kept outside the database, so that a dump, a replica or a DBA cannot use what it protects. Each
 * use derives its own key from it (HKDF, a label per use): the seals of secret ballots' contents
 * (governance/ballot-seal.rules.ts) and the webhook endpoints' signing secrets at rest (webhooks/signing-secrets.ts).
 * In order: BALLOT_SEAL_SECRET (named for its first use); else JWT_SECRET (when set in the environment: the one
 * generated into the database when it is unset would defeat the purpose); else a random secret written once to
 * <DATA_DIR>/ballot-seal.key (mode 0600) at the first start. Every API process of one database must resolve the same
 * secret, and it must be kept (backed up apart from the database): without it, ballots open with it cannot be counted
 * and webhook endpoints cannot sign (their secrets must then be rotated).
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const MASTER_KEY_FILE = 'ballot-seal.key';

export interface MasterSecretSources {
  ballotSealSecret?: string;
  jwtSecret?: string;
  dataDir: string;
}

export interface MasterSecret {
  master: Buffer;
  /** Where it came from, for the boot log (never the secret). */
  source: string;
}

export function resolveMasterSecret(sources: MasterSecretSources): MasterSecret {
  if (sources.ballotSealSecret) return { master: Buffer.from(sources.ballotSealSecret), source: 'BALLOT_SEAL_SECRET' };
  if (sources.jwtSecret) return { master: Buffer.from(sources.jwtSecret), source: 'JWT_SECRET' };
  const file = resolve(sources.dataDir, MASTER_KEY_FILE);
  return { master: Buffer.from(readOrCreate(file)), source: file };
}

/** The file's secret, created if missing: written apart, then linked in place (two processes starting at once agree). */
function readOrCreate(file: string): string {
  try {
    return readSecret(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(resolve(file, '..'), { recursive: true });
  const draft = join(resolve(file, '..'), `.${MASTER_KEY_FILE}.${process.pid}.${randomBytes(4).toString('hex')}`);
  writeFileSync(draft, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(draft, 0o600);
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
  return readSecret(file);
}

function readSecret(file: string): string {
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new Error(`${file} holds no master secret (at least 32 characters).`);
  return secret;
}
