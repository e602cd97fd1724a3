/**
 * The one way to write money, votes and state: `tx.run(ctx, (ctx) => ...)` runs the work in a transaction and hands
 * it a context carrying the transaction's EntityManager (vendure's `withTransaction(ctx, ...)`). A call given a
 * context that already has a manager joins that transaction, so an Idempotency-Key's stored response, the effect it
 * reports and the audit entry commit together or not at all. Reads outside a transaction use `tx.managerOf(ctx)`.
 */
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { logContext } from '../common/context/log-context.js';
import type { RequestContext, TxContext } from '../common/context/request-context.js';

@Injectable()
export class TransactionHelper {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(ctx: RequestContext, work: (ctx: TxContext) => Promise<T>): Promise<T>;
  /** @deprecated the ambient transaction: pass a RequestContext. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  async run<T>(
    ctxOrWork: RequestContext | ((manager: EntityManager) => Promise<T>),
    work?: (ctx: TxContext) => Promise<T>,
  ): Promise<T> {
    const store = logContext.getStore();
    if (typeof ctxOrWork === 'function') {
      if (store?.manager) return ctxOrWork(store.manager);
      return this.dataSource.transaction((manager) => logContext.run({ ...store, manager }, () => ctxOrWork(manager)));
    }
    const ctx = ctxOrWork;
    if (ctx.manager) return work!(ctx as TxContext);
    return this.dataSource.transaction((manager) =>
      logContext.run({ ...store, manager }, () => work!({ ...ctx, manager })),
    );
  }

  /** The context's open transaction, or the plain manager for reads outside any transaction. */
  managerOf(ctx: RequestContext): EntityManager {
    return ctx.manager ?? this.dataSource.manager;
  }

  /** @deprecated the ambient transaction: use managerOf(ctx). */
  get manager(): EntityManager {
    return logContext.getStore()?.manager ?? this.dataSource.manager;
  }
}
