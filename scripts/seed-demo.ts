/**
 * `npm run seed:demo`: a coffee growers' cooperative to try the API with: four admitted members holding paid shares
 * and one applicant, a secretary, a treasurer, a board member (also admin) and a credit committee member (password
 * `demo-password-123` each). Uses the same database as `npm start` (DATABASE_URL, or the embedded one in DATA_DIR).
 *
 * Idempotent, in one transaction: it finds what exists (the cooperative by name, users by email, members by name)
 * and adds only what is missing, in the order the rules ask (DOMAIN.md, Membership: an applicant subscribes the
 * bylaws' minimum shares before admission), so a second run creates nothing, a cooperative half-built by an older
 * version is completed, and a failure leaves nothing behind. Every run prints the logins.
 */
import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../src/app.factory.js';
import { RolesService } from '../src/auth/roles.service.js';
import { UsersService } from '../src/auth/users.service.js';
import type { Role } from '../src/common/access/role.js';
import { systemContext, type TxContext } from '../src/common/context/request-context.js';
import { loadConfig } from '../src/config/app-config.js';
import { Cooperative } from '../src/cooperatives/cooperative.entity.js';
import { CooperativeService } from '../src/cooperatives/cooperative.service.js';
import { bootDatabase } from '../src/database/boot.js';
import { TransactionHelper } from '../src/database/transaction.js';
import type { MemberCreateDto } from '../src/membership/member.dto.js';
import { Member } from '../src/membership/member.entity.js';
import { MemberService } from '../src/membership/member.service.js';
import { MembershipHooks } from '../src/membership/membership.ports.js';
import { CapitalPostingsService } from '../src/share-capital/capital-postings.service.js';

const DEMO_COOPERATIVE = 'Cooperativa Cafetalera Los Altos (demo)';
const DEMO_PASSWORD = 'demo-password-123';
/** Keeps two seeds started together from both creating the cooperative (its name is not unique). */
const SEED_LOCK = 7_263_002;

const APPLIED_ON = '2024-01-15';
const SUBSCRIBED_ON = '2024-01-20';
const ADMITTED_ON = '2024-02-01';

/** Shares subscribed (par 500 HNL; the bylaws ask at least 2), paid up, and whether the board admitted them. */
const DEMO_MEMBERS: { person: Omit<MemberCreateDto, 'appliedOn'>; shares: number; paid: string; admit: boolean }[] = [
  {
    person: {
      kind: 'natural_person',
      name: 'Rosa Amalia Gómez',
      gender: 'female',
      community: 'El Zapotal',
      occupation: 'coffee grower',
    },
    shares: 10,
    paid: '5000.00',
    admit: true,
  },
  {
    person: {
      kind: 'natural_person',
      name: 'Pedro Antonio Reyes',
      gender: 'male',
      community: 'El Zapotal',
      occupation: 'coffee grower',
    },
    shares: 4,
    paid: '2000.00',
    admit: true,
  },
  {
    person: {
      kind: 'natural_person',
      name: 'Marta Lucía Díaz',
      gender: 'female',
      community: 'Las Flores',
      occupation: 'coffee grower',
    },
    shares: 2,
    paid: '500.00',
    admit: true,
  },
  {
    person: {
      kind: 'natural_person',
      name: 'Francisco Javier Mejía',
      gender: 'male',
      community: 'Las Flores',
      occupation: 'coffee grower',
    },
    shares: 2,
    paid: '1000.00',
    admit: true,
  },
  {
    person: { kind: 'legal_entity', name: 'Grupo de Mujeres Cafetaleras de Las Flores', community: 'Las Flores' },
    shares: 2,
    paid: '0',
    admit: false,
  },
];

const DEMO_USERS: { email: string; displayName: string; roles: Role[] }[] = [
  { email: 'secretaria@losaltos.coop.local', displayName: 'María López', roles: ['secretary'] },
  { email: 'tesorero@losaltos.coop.local', displayName: 'José Hernández', roles: ['treasurer'] },
  { email: 'presidenta@losaltos.coop.local', displayName: 'Ana Cruz', roles: ['board', 'admin'] },
  { email: 'credito@losaltos.coop.local', displayName: 'Luis Martínez', roles: ['credit_committee'] },
];

interface Created {
  cooperatives: number;
  users: number;
  members: number;
  capitalEntries: number;
  admissions: number;
}

async function seedDemo(app: NestExpressApplication): Promise<{ cooperativeId: string; created: Created }> {
  return app.get(TransactionHelper).run(systemContext('seed-demo'), async (ctx) => {
    await ctx.manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const created: Created = { cooperatives: 0, users: 0, members: 0, capitalEntries: 0, admissions: 0 };
    const cooperativeId = await ensureCooperative(app, ctx, created);
    for (const user of DEMO_USERS) {
      if (!(await app.get(UsersService).findByEmail(ctx, user.email))) created.users++;
      // Links an existing account (its password unchanged) and grants only the roles it lacks.
      await app.get(RolesService).provisionUser(ctx, cooperativeId, { ...user, password: DEMO_PASSWORD });
    }
    for (const demo of DEMO_MEMBERS) await ensureMember(app, ctx, cooperativeId, demo, created);
    return { cooperativeId, created };
  });
}

async function ensureCooperative(app: NestExpressApplication, ctx: TxContext, created: Created): Promise<string> {
  const existing = await ctx.manager.findOneBy(Cooperative, { name: DEMO_COOPERATIVE });
  if (existing) return existing.id;
  created.cooperatives++;
  const cooperative = await app.get(CooperativeService).create(ctx, {
    name: DEMO_COOPERATIVE,
    country: 'HN',
    registrationNumber: 'DEMO-0001',
    bylaws: {
      currency: 'HNL',
      minorUnitScale: 2,
      shareParValue: '500',
      minSharesForMembership: 2,
      maxSharesPerMember: 100,
    },
  });
  return cooperative.id;
}

/** Applies, subscribes and pays (when the member holds no share yet), then admits: each step only if missing. */
async function ensureMember(
  app: NestExpressApplication,
  ctx: TxContext,
  cooperativeId: string,
  demo: (typeof DEMO_MEMBERS)[number],
  created: Created,
): Promise<void> {
  let member: { id: string; status: string } | null = await ctx.manager.findOneBy(Member, {
    cooperativeId,
    name: demo.person.name,
  });
  if (!member) {
    member = await app.get(MemberService).apply(ctx, cooperativeId, { ...demo.person, appliedOn: APPLIED_ON });
    created.members++;
  }
  const holdings = await app.get(MembershipHooks).holdings.holdingsOf(ctx, cooperativeId, [member.id]);
  if (!holdings.get(member.id)?.sharesHeld) {
    const postings = app.get(CapitalPostingsService);
    const posting = { memberId: member.id, effectiveDate: SUBSCRIBED_ON, reference: 'Demo: application form' };
    await postings.subscribe(ctx, cooperativeId, { ...posting, shares: demo.shares });
    created.capitalEntries++;
    if (demo.paid !== '0') {
      await postings.pay(ctx, cooperativeId, { ...posting, amount: demo.paid });
      created.capitalEntries++;
    }
  }
  if (demo.admit && member.status === 'applicant') {
    await app.get(MemberService).transition(ctx, cooperativeId, member.id, 'admit', {
      effectiveDate: ADMITTED_ON,
      decisionReference: 'Board minute 2024-02, item 1',
    });
    created.admissions++;
  }
}

function report(cooperativeId: string, created: Created): string {
  const counts = Object.entries(created).filter(([, n]) => n > 0);
  const what =
    counts.length === 0
      ? 'nothing (the demo was complete already)'
      : counts.map(([name, n]) => `${name.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)}: ${n}`).join(', ');
  return [
    `Demo cooperative "${DEMO_COOPERATIVE}": ${cooperativeId}`,
    `Created this run: ${what}.`,
    `Log in as one of (password ${DEMO_PASSWORD}):`,
    ...DEMO_USERS.map((user) => `  ${user.email}  (${user.roles.join(', ')})`),
  ].join('\n');
}

async function main(): Promise<void> {
  const config = { ...loadConfig(process.env), logLevel: 'warn' };
  const database = await bootDatabase(config, (msg) => console.log(msg));
  const app = await createApp({ config, databaseUrl: database.databaseUrl, jwtSecret: database.jwtSecret });
  await app.init();
  try {
    const { cooperativeId, created } = await seedDemo(app);
    console.log(report(cooperativeId, created));
  } finally {
    await app.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
