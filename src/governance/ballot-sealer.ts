/**
 * The seals of secret ballots' contents under the master secret (config/master-secret.ts): each ballot's keys
 * derived once per process (HKDF costs more than the seal itself), the check value a ballot stores when it opens,
 * and the refusal to seal or open under a master secret that is not the ballot's.
 */
import { Inject, Injectable } from '@nestjs/common';
import { MASTER_SECRET } from '../config/master-secret.module.js';
import type { MasterSecret } from '../config/master-secret.js';
import {
  type BallotSealKeys,
  deriveBallotKeys,
  sameKeyCheck,
  sealContent,
  sealedPlaintextLength,
  type SealScheme,
} from './ballot-seal.rules.js';
import { GovernanceError } from './governance.errors.js';
import type { StoredSelection } from './governance.rules.js';
import type { BallotKind } from './tally.rules.js';

/** Ballots whose keys a process keeps; past it the cache starts again (keys are cheap to derive again). */
const CACHED_BALLOTS = 256;

export interface SealableBallot {
  id: string;
  kind: BallotKind;
  options: readonly string[];
  /** The check value stored when the ballot opened; null for a ballot opened before seals existed. */
  seal_key_check: Buffer | null;
  /** Set when a secret ballot opens (null for one opened before seals: scheme 1). */
  seal_scheme: SealScheme | null;
}

@Injectable()
export class BallotSealer {
  private readonly keys = new Map<string, BallotSealKeys>();

  constructor(@Inject(MASTER_SECRET) private readonly secret: MasterSecret) {}

  /** The check value a secret ballot stores when it opens. */
  checkOf(ballotId: string): Buffer {
    return this.keysOf(ballotId).check;
  }

  /** The ballot's key, if the master secret is the one the ballot was opened with (SEAL_KEY_MISMATCH if not). */
  keyOf(ballotId: string, storedCheck: Buffer | null): Buffer {
    const keys = this.keysOf(ballotId);
    if (storedCheck !== null && !sameKeyCheck(storedCheck, keys.check)) {
      throw new GovernanceError(
        'SEAL_KEY_MISMATCH',
        'The ballot seal secret is not the one this ballot was opened with (BALLOT_SEAL_SECRET, JWT_SECRET or ' +
          'DATA_DIR/ballot-seal.key changed): restore it. Nothing was changed.',
      );
    }
    return keys.key;
  }

  /** A secret vote's sealed content: its selection and receipt (10 bytes), unreadable without the master secret. */
  seal(ballot: SealableBallot, selection: StoredSelection, receipt: Uint8Array): Buffer {
    const key = this.keyOf(ballot.id, ballot.seal_key_check);
    const scheme = ballot.seal_scheme ?? 1;
    return sealContent(scheme, key, selection, receipt, sealedPlaintextLength(scheme, ballot.kind, ballot.options));
  }

  private keysOf(ballotId: string): BallotSealKeys {
    let keys = this.keys.get(ballotId);
    if (!keys) {
      if (this.keys.size >= CACHED_BALLOTS) this.keys.clear();
      keys = deriveBallotKeys(this.secret.master, ballotId);
      this.keys.set(ballotId, keys);
    }
    return keys;
  }
}
