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

  /**
   * The account an invitation to `email` is accepted with: the existing active account when `password` is its own
   * (it is linked, never changed), or a new account with that password. Null when an account exists and the password
   * is not its own (or it is disabled): the caller answers exactly as for a bad token, so nobody learns from it
   * whether the email has an account.
   */
  async claimForInvitation(
    ctx: RequestContext,
    input: { email: string; password: string; displayName: string | null },
  ): Promise<{ user: User; newAccount: boolean } | null> {
    const existing = await this.findByEmail(ctx, input.email);
    if (existing) {
      const valid = (await verifyPassword(existing.passwordHash, input.password)) && existing.disabledAt === null;
      return valid ? { user: existing, newAccount: false } : null;
    }
    return { user: await this.create(ctx, input), newAccount: true };
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
