/** The ballot seal master secret (ballot-seal-secret.ts), resolved once when the app is composed. */
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { resolveSealSecret, type SealSecretSources } from './ballot-seal-secret.js';

/** The injection token of the resolved SealSecret. */
export const BALLOT_SEAL_SECRET = Symbol('BALLOT_SEAL_SECRET');

/** Global, as configuration: provides the resolved secret to the governance module wherever it is imported. */
@Global()
@Module({})
export class BallotSealSecretModule {
  static forRoot(sources: SealSecretSources): DynamicModule {
    return {
      module: BallotSealSecretModule,
      providers: [{ provide: BALLOT_SEAL_SECRET, useFactory: () => resolveSealSecret(sources) }],
      exports: [BALLOT_SEAL_SECRET],
    };
  }
}
