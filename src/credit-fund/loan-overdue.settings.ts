/**
 * The overdue-instalment job's settings (AppConfig.loanOverdueCheckMs), given once where the app is composed: a
 * global module, because the credit fund module is imported by surplus as well as by the app.
 */
import { type DynamicModule, Module } from '@nestjs/common';

export const LOAN_OVERDUE_SETTINGS = Symbol('LOAN_OVERDUE_SETTINGS');

export interface LoanOverdueSettings {
  /** Between two checks; 0: none on a timer (tests call LoanOverdueJob.check). */
  checkEveryMs: number;
}

@Module({})
export class LoanOverdueSettingsModule {
  static forRoot(settings: LoanOverdueSettings): DynamicModule {
    return {
      module: LoanOverdueSettingsModule,
      global: true,
      providers: [{ provide: LOAN_OVERDUE_SETTINGS, useValue: settings }],
      exports: [LOAN_OVERDUE_SETTINGS],
    };
  }
}
