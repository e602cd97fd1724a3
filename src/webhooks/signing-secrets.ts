/**
 * The webhook endpoints' signing secrets sealed at rest (signing-secrets.rules.ts) under the master secret kept
 * outside the database: sealed when an endpoint is created or its secret rotated, opened by the worker to sign each
 * attempt. When a process starts, secrets still stored in plaintext (from before sealing) are sealed in place.
 */
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MASTER_SECRET } from '../config/master-secret.module.js';
import type { MasterSecret } from '../config/master-secret.js';
import { openSigningSecret, sealSigningSecret, signingSecretsKey } from './signing-secrets.rules.js';
import { endpointsWithPlaintextSecret, replacePlaintextSecret } from './signing-secrets.sql.js';

@Injectable()
export class SigningSecrets implements OnApplicationBootstrap {
  private readonly logger = new Logger('SigningSecrets');
  private readonly key: Buffer;

  constructor(
    @Inject(MASTER_SECRET) master: MasterSecret,
    private readonly dataSource: DataSource,
  ) {
    this.key = signingSecretsKey(master.master);
  }

  /** What to store for a new secret of an endpoint of `cooperativeId`. */
  seal(cooperativeId: string, secret: string): string {
    return sealSigningSecret(this.key, cooperativeId, secret);
  }

  /** The secret to sign with; throws SigningSecretUnreadable under another master secret. */
  open(cooperativeId: string, stored: string): string {
    return openSigningSecret(this.key, cooperativeId, stored);
  }

  async onApplicationBootstrap(): Promise<void> {
    const plaintext = await endpointsWithPlaintextSecret(this.dataSource.manager);
    for (const endpoint of plaintext) {
      await replacePlaintextSecret(
        this.dataSource.manager,
        endpoint,
        this.seal(endpoint.cooperativeId, endpoint.secret),
      );
    }
    if (plaintext.length > 0) this.logger.log(`sealed ${plaintext.length} webhook signing secrets stored in plaintext`);
  }
}
