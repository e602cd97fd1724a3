/**
 * The signing secrets still stored in plaintext (from before sealing, signing-secrets.rules.ts), and their
 * replacement by the sealed form: SigningSecrets' pass when a process starts.
 */
import type { EntityManager } from 'typeorm';
import { SEALED_PREFIX } from './signing-secrets.rules.js';

export interface PlaintextSecret {
  cooperativeId: string;
  id: string;
  secret: string;
}

/** Endpoints whose stored secret is not sealed. */
export function endpointsWithPlaintextSecret(manager: EntityManager): Promise<PlaintextSecret[]> {
  return manager.query(
    `SELECT cooperative_id AS "cooperativeId", id, secret FROM webhook_endpoints WHERE NOT starts_with(secret, $1)`,
    [SEALED_PREFIX],
  );
}

/** The stored secret replaced by its sealed form, unless another process did it first (not a change: no version). */
export async function replacePlaintextSecret(
  manager: EntityManager,
  endpoint: PlaintextSecret,
  sealed: string,
): Promise<void> {
  await manager.query(
    `UPDATE webhook_endpoints SET secret = $4 WHERE cooperative_id = $1 AND id = $2 AND secret = $3`,
    [endpoint.cooperativeId, endpoint.id, endpoint.secret, sealed],
  );
}
