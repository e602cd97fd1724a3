/** The master secret kept outside the database (master-secret.ts), resolved once when the app is composed. */
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { resolveMasterSecret, type MasterSecretSources } from './master-secret.js';

/** The injection token of the resolved MasterSecret. */
export const MASTER_SECRET = Symbol('MASTER_SECRET');

/** Global, as configuration: provides the resolved secret to governance and webhooks wherever they are imported. */
@Global()
@Module({})
export class MasterSecretModule {
  static forRoot(sources: MasterSecretSources): DynamicModule {
    return {
      module: MasterSecretModule,
      providers: [{ provide: MASTER_SECRET, useFactory: () => resolveMasterSecret(sources) }],
      exports: [MASTER_SECRET],
    };
  }
}
