import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { DestinationStream } from 'pino';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { requestIdMiddleware } from './common/context/request-id.middleware.js';
import { ERROR_STATUSES, ProblemFilter } from './common/errors/problem.filter.js';
import { IdempotencyModule } from './common/idempotency/idempotency.module.js';
import type { AppConfig } from './config/app-config.js';
import { MasterSecretModule } from './config/master-secret.module.js';
import { CooperativesModule } from './cooperatives/cooperatives.module.js';
import { CreditFundModule } from './credit-fund/credit-fund.module.js';
import { LoanOverdueSettingsModule } from './credit-fund/loan-overdue.settings.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { DatabaseModule } from './database/database.module.js';
import { ENTITIES } from './entities.js';
import { ERROR_STATUSES as COMPOSED_ERROR_STATUSES } from './error-catalogue.js';
import { GovernanceModule } from './governance/governance.module.js';
import { HealthController } from './health/health.controller.js';
import { MembershipModule } from './membership/membership.module.js';
import { ShareCapitalModule } from './share-capital/share-capital.module.js';
import { SurplusModule } from './surplus/surplus.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';

/** What boot resolved before Nest starts: the database to use and the JWT key. */
export interface AppSettings {
  config: AppConfig;
  databaseUrl: string;
  jwtSecret: string;
  /** Where the JSON log lines go: stdout unless a test reads them. */
  logDestination?: DestinationStream;
}

@Module({})
export class AppModule implements NestModule {
  static forRoot({ config, databaseUrl, jwtSecret }: AppSettings): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, undefined, ENTITIES)),
        DatabaseModule,
        IdempotencyModule.forRoot({ retentionHours: config.idempotencyRetentionHours }),
        AuditModule,
        MasterSecretModule.forRoot(config),
        AuthModule.forRoot(
          {
            jwtSecret,
            jwtIssuer: config.jwtIssuer,
            accessTtlSeconds: config.jwtAccessTtlSeconds,
            refreshTtlSeconds: config.refreshTokenTtlSeconds,
            loginRateLimitPerMinute: config.loginRateLimitPerMinute,
            rateLimits: config.rateLimits,
          },
          { email: config.adminEmail, password: config.adminPassword },
        ),
        CooperativesModule,
        MembershipModule,
        GovernanceModule,
        ShareCapitalModule,
        LoanOverdueSettingsModule.forRoot({ checkEveryMs: config.loanOverdueCheckMs }),
        CreditFundModule,
        SurplusModule,
        WebhooksModule.forRoot(config.webhooks),
      ],
      controllers: [HealthController],
      providers: [
        { provide: ERROR_STATUSES, useValue: COMPOSED_ERROR_STATUSES },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(requestIdMiddleware).forRoutes('*path');
  }
}
