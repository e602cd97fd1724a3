/**
 * First run: with no user in the database, create the platform superadmin from ADMIN_EMAIL/ADMIN_PASSWORD, or with
 * a generated password. An advisory lock keeps two processes starting together from creating two. A generated
 * password is written once, plainly, to the terminal (standard error), after the commit; never to the structured
 * log, which is kept and shipped elsewhere: the log line only says where to look.
 */
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type RequestContext, systemContext } from '../common/context/request-context.js';
import { TransactionHelper } from '../database/transaction.js';
import { generatePassword } from './secrets.js';
import { UsersService } from './users.service.js';

const BOOTSTRAP_LOCK = 7_263_001;

@Injectable()
export class BootstrapService implements OnApplicationBootstrap {
  static readonly FIRST_ADMIN = Symbol('FIRST_ADMIN');
  private readonly logger = new Logger('Bootstrap');

  constructor(
    private readonly tx: TransactionHelper,
    private readonly users: UsersService,
    @Inject(BootstrapService.FIRST_ADMIN) private readonly firstAdmin: { email?: string; password?: string },
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureSuperadmin(systemContext());
  }

  /** Returns the created account's email (and generated password, if any), or null when users already exist. */
  async ensureSuperadmin(ctx: RequestContext): Promise<{ email: string; generatedPassword?: string } | null> {
    const created = await this.tx.run(ctx, async (ctx) => {
      await ctx.manager.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK]);
      if ((await this.users.count(ctx)) > 0) return null;
      const email = this.firstAdmin.email ?? 'admin@coop.local';
      const generatedPassword = this.firstAdmin.password ? undefined : generatePassword();
      await this.users.create(ctx, {
        email,
        password: this.firstAdmin.password ?? generatedPassword!,
        isSuperadmin: true,
        displayName: 'Platform administrator',
      });
      return { email, generatedPassword };
    });
    if (created) this.announce(created);
    return created;
  }

  private announce({ email, generatedPassword }: { email: string; generatedPassword?: string }): void {
    if (!generatedPassword) {
      this.logger.log(`First run: created the superadmin ${email} from ADMIN_EMAIL/ADMIN_PASSWORD.`);
      return;
    }
    this.logger.warn(
      `First run: created the superadmin ${email} with a generated password, printed once on the terminal ` +
        '(standard error), never in this log.',
    );
    process.stderr.write(
      `\nFirst run: created the superadmin ${email} with the password ${generatedPassword} (shown only once).\n` +
        `Log in with POST /v1/auth/login {"email":"${email}","password":"..."} or in Swagger UI at /docs, then ` +
        'create your cooperative. Set ADMIN_EMAIL and ADMIN_PASSWORD before the first start to choose them.\n\n',
    );
  }
}
