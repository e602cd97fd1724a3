import { Global, Module } from '@nestjs/common';
import { TransactionHelper } from './transaction.js';

@Global()
@Module({ providers: [TransactionHelper], exports: [TransactionHelper] })
export class DatabaseModule {}
