/**
 * The one way to write money, votes and state: `tx.run(work)` runs `work` in a transaction and passes its
 * EntityManager down (vendure's pattern). A nested call joins the open transaction, so an Idempotency-Key's
 * stored response and the effect it reports commit together or not at all.
 */
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requestContext } from '../common/context/request-context.js';

@Injectable()
export class TransactionHelper {
  constructor(private readonly dataSource: DataSource) {}

  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const context = requestContext.getStore();
    if (context?.manager) return work(context.manager);
    return this.dataSource.transaction((manager) =>
      requestContext.run({ ...context, manager }, () => work(manager)),
    );
  }

  /** The open transaction's manager, or the plain one for reads outside any transaction. */
  get manager(): EntityManager {
    return requestContext.getStore()?.manager ?? this.dataSource.manager;
  }
}
