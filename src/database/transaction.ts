/**
 * The one way to write money, votes and state: `tx.run(ctx, (ctx) => ...)` runs the work in a transaction and hands
 * it a context carrying the transaction's EntityManager (vendure's `withTransaction(ctx, ...)`). A call given a
 * context that already has a manager joins that transaction, so an Idempotency-Key's stored response, the effect it
 * reports and the audit entry commit together or not at all. Reads outside a transaction use `tx.managerOf(ctx)`.
 * Nothing is ambient: a call that is not given the transaction's ctx does not join it.
 */
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestContext, TxContext } from '../common/context/request-context.js';

@Injectable()
export class TransactionHelper {
  constructor(private readonly dataSource: DataSource) {}

  async run<T>(ctx: RequestContext, work: (ctx: TxContext) => Promise<T>): Promise<T> {
    if (ctx.manager) return work(ctx as TxContext);
    return this.dataSource.transaction((manager) => work({ ...ctx, manager }));
  }

  /** The context's open transaction, or the plain manager for reads outside any transaction. */
  managerOf(ctx: RequestContext): EntityManager {
    return ctx.manager ?? this.dataSource.manager;
  }
}
