import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import type { RequestContext } from '../common/context/request-context.js';
import { TransactionHelper } from '../database/transaction.js';
import { hashPassword, verifyPassword } from './password.js';
import { User } from './user.entity.js';
import { AuthError } from './auth.errors.js';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class UsersService {
  constructor(private readonly tx: TransactionHelper) {}

  findActive(ctx: RequestContext, id: string): Promise<User | null> {
    return this.tx.managerOf(ctx).findOne(User, { where: { id, disabledAt: IsNull() } });
  }

  findByEmail(ctx: RequestContext, email: string): Promise<User | null> {
    return this.tx.managerOf(ctx).findOne(User, { where: { email: normaliseEmail(email) } });
  }

  /** Returns the user only when the account is active and the password matches (argon2id). */
  async verifyCredentials(ctx: RequestContext, email: string, password: string): Promise<User | null> {
    const user = await this.findByEmail(ctx, email);
    const valid = await verifyPassword(user?.passwordHash ?? null, password);
    return valid && user && !user.disabledAt ? user : null;
  }

  async create(
    ctx: RequestContext,
    input: {
      email: string;
      password: string | null;
      displayName?: string | null;
      isSuperadmin?: boolean;
    },
  ): Promise<User> {
    const email = normaliseEmail(input.email);
    const passwordHash = input.password === null ? null : await hashPassword(input.password);
    return this.tx.run(ctx, async ({ manager }) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(User)
        .values({
          email,
          passwordHash,
          displayName: input.displayName ?? null,
          isSuperadmin: input.isSuperadmin ?? false,
        })
        .orIgnore()
        .returning('*')
        .execute();
      if ((inserted.raw as unknown[]).length === 0)
        throw new AuthError('EMAIL_TAKEN', 'A user with this email exists.');
      return manager.findOneByOrFail(User, { email });
    });
  }

  async count(ctx: RequestContext): Promise<number> {
    return this.tx.managerOf(ctx).count(User);
  }
}
