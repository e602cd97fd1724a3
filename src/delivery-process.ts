/**
 * With WEB_CONCURRENCY > 1, the main process delivers the webhooks: it serves no request, so its event loop is free
 * for the worker's one-after-the-other POSTs, which in a worker would wait behind every request in flight (the bench's
 * events scenario measures the lag). A Nest application context with the database, the master secret (the signing
 * secrets are sealed under it) and the webhooks module only; the workers run no delivery timer (WebhookSettings.deliver). Nothing changes for safety: deliveries are claimed with
 * leases in PostgreSQL, so a worker's `tick()` or a second machine's main process may deliver too.
 */
import type { INestApplicationContext } from '@nestjs/common';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from './config/app-config.js';
import { MasterSecretModule } from './config/master-secret.module.js';
import { DatabaseModule } from './database/database.module.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { ENTITIES } from './entities.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';

/** Its connections' application_name in pg_stat_activity. */
export const DELIVERY_APPLICATION_NAME = 'coop-api webhooks';
/** A fan-out transaction and a train's outcomes at a time, and a claim: a few connections. */
const DELIVERY_POOL_SIZE = 4;

@Module({})
class DeliveryModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: DeliveryModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, DELIVERY_POOL_SIZE, ENTITIES, DELIVERY_APPLICATION_NAME)),
        DatabaseModule,
        MasterSecretModule.forRoot(config),
        WebhooksModule.forRoot({ ...config.webhooks, deliver: true }),
      ],
    };
  }
}

export function startDeliveryProcess(config: AppConfig, databaseUrl: string): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(DeliveryModule.forRoot(config, databaseUrl), {
    logger: ['error', 'warn'],
  });
}
