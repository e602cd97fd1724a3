/**
 * `npm run seed:demo`: a coffee growers' cooperative to try the API with: five members, a secretary, a treasurer, a board member
 * and a credit committee member (password `demo-password-123` each). Uses the same database as `npm start`
 * (DATABASE_URL, or the embedded one in DATA_DIR). Running it twice changes nothing.
 */
import 'reflect-metadata';
import { createApp } from '../src/app.factory.js';
import { RolesService } from '../src/auth/roles.service.js';
import type { Role } from '../src/common/access/role.js';
import { loadConfig } from '../src/config/app-config.js';
import { systemContext } from '../src/common/context/request-context.js';
import { CooperativeService } from '../src/cooperatives/cooperative.service.js';
import { bootDatabase } from '../src/database/boot.js';
import { Cooperative } from '../src/cooperatives/cooperative.entity.js';
import { TransactionHelper } from '../src/database/transaction.js';
import { MemberService } from '../src/membership/member.service.js';

export const DEMO_COOPERATIVE = 'Cooperativa Cafetalera Los Altos (demo)';
export const DEMO_PASSWORD = 'demo-password-123';
const DEMO_MEMBERS = [
  { name: 'Rosa Amalia Gómez', gender: 'female', community: 'El Zapotal', occupation: 'coffee grower' },
  { name: 'Pedro Antonio Reyes', gender: 'male', community: 'El Zapotal', occupation: 'coffee grower' },
  { name: 'Marta Lucía Díaz', gender: 'female', community: 'Las Flores', occupation: 'coffee grower' },
  { name: 'Francisco Javier Mejía', gender: 'male', community: 'Las Flores', occupation: 'coffee grower' },
  { name: 'Grupo de Mujeres Cafetaleras de Las Flores', community: 'Las Flores', kind: 'legal_entity' },
] as const;

const DEMO_USERS: { email: string; displayName: string; roles: Role[] }[] = [
  { email: 'secretaria@losaltos.coop.local', displayName: 'María López', roles: ['secretary'] },
  { email: 'tesorero@losaltos.coop.local', displayName: 'José Hernández', roles: ['treasurer'] },
  { email: 'presidenta@losaltos.coop.local', displayName: 'Ana Cruz', roles: ['board', 'admin'] },
  { email: 'credito@losaltos.coop.local', displayName: 'Luis Martínez', roles: ['credit_committee'] },
];

async function seed(): Promise<void> {
  const config = { ...loadConfig(process.env), logLevel: 'warn' };
  const database = await bootDatabase(config, (msg) => console.log(msg));
  const app = await createApp({ config, databaseUrl: database.databaseUrl, jwtSecret: database.jwtSecret });
  await app.init();
  try {
    const tx = app.get(TransactionHelper);
    const ctx = systemContext();
    const existing = await tx.managerOf(ctx).findOneBy(Cooperative, { name: DEMO_COOPERATIVE });
    if (existing) {
      console.log(`The demo cooperative exists already: ${existing.id}`);
      return;
    }
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
    for (const user of DEMO_USERS) {
      await app.get(RolesService).addUser(ctx, cooperative.id, { ...user, password: DEMO_PASSWORD });
    }
    const members = app.get(MemberService);
    for (const [i, person] of DEMO_MEMBERS.entries()) {
      const member = await members.apply(ctx, cooperative.id, {
        kind: 'natural_person',
        appliedOn: '2024-01-15',
        ...person,
      });
      if (i < 4) {
        await members.transition(ctx, cooperative.id, member.id, 'admit', {
          effectiveDate: '2024-02-01',
          decisionReference: 'Board minute 2024-02, item 1',
        });
      }
    }
    console.log(`Demo cooperative ${cooperative.id} created with ${DEMO_MEMBERS.length} members (one still applying).`);
    console.log(`Log in as one of (password ${DEMO_PASSWORD}):`);
    for (const user of DEMO_USERS) console.log(`  ${user.email}  (${user.roles.join(', ')})`);
  } finally {
    await app.close();
    await database.stop();
  }
}

seed().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
