/**
 * Idempotency-Key support for every module's write routes (@Idempotent() in idempotency.interceptor.ts): the
 * interceptor, its settings and the background sweep of expired keys. Global, as infrastructure: the interceptor is
 * instantiated in the module of each controller that uses it, and needs the settings there.
 */
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { IDEMPOTENCY_SETTINGS, type IdempotencySettings } from './idempotency.settings.js';
import { IdempotencySweeper } from './idempotency.sweeper.js';

@Global()
@Module({})
export class IdempotencyModule {
  static forRoot(settings: IdempotencySettings): DynamicModule {
    return {
      module: IdempotencyModule,
      providers: [{ provide: IDEMPOTENCY_SETTINGS, useValue: settings }, IdempotencySweeper],
      exports: [IDEMPOTENCY_SETTINGS],
    };
  }
}
