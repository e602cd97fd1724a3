/**
 * The member register, set-based: member i (1..n) is numbered i and linked to the login account member-i (the users
 * family), so a bench can act as any member. Deterministic from i:
 * - kind: 1 in 25 a legal entity (no gender, no birth date), the rest natural persons with a name drawn from lists;
 * - admitted between 2010-01-01 and 2025-12-31 (applied two weeks before), one `admit` transition each;
 * - 1 in 50 suspended (since a day in 2026), 1 in 50 ceased (withdrawn), each with its transition after the admission;
 * - the counter row holds n, so the next admission through the API gets n + 1.
 * The register's own rules hold (the CHECK constraints and the as-of logic read the transitions).
 */
import type pg from 'pg';

export const MEMBER_TABLES = ['members', 'member_transitions', 'member_number_counters'];

const FIRST_NAMES = [
  'Ana',
  'José',
  'María',
  'Juan',
  'Rosa',
  'Carlos',
  'Lucía',
  'Pedro',
  'Carmen',
  'Luis',
  'Elena',
  'Miguel',
  'Isabel',
  'Jorge',
  'Marta',
  'Óscar',
  'Sofía',
  'Andrés',
  'Paula',
  'Diego',
  'Inés',
  'Raúl',
  'Teresa',
  'Hugo',
  'Nuria',
];
const SURNAMES = [
  'García',
  'Martínez',
  'López',
  'Hernández',
  'González',
  'Pérez',
  'Rodríguez',
  'Sánchez',
  'Ramírez',
  'Flores',
  'Cruz',
  'Morales',
  'Reyes',
  'Ortiz',
  'Castillo',
  'Mejía',
  'Aguilar',
  'Zelaya',
  'Paz',
  'Bonilla',
  'Murillo',
  'Cáceres',
  'Ordóñez',
  'Velásquez',
  'Rivera',
  'Núñez',
  'Maradiaga',
  'Banegas',
  'Euceda',
  'Lagos',
];
const COMMUNITIES = [
  'Marcala',
  'Santa Elena',
  'La Paz',
  'Chinacla',
  'San José',
  'Opatoro',
  'Santiago',
  'Cabañas',
  'Yarula',
  'Guajiquiro',
  'Santa Ana',
  'San Pedro',
  'Las Flores',
  'El Rosario',
  'La Esperanza',
  'Intibucá',
  'Jesús de Otoro',
  'Masaguara',
];
const OCCUPATIONS = ['coffee grower', 'farmer', 'trader', 'teacher', 'artisan', 'driver', 'nurse', 'mechanic'];

const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]`;
const pick = (values: string[], index: string) => `(${sqlArray(values)})[1 + (${index}) % ${values.length}]`;

/** 1 in 50 members are suspended, 1 in 50 ceased; the rest active. */
const STATUS_OF = `CASE i % 50 WHEN 7 THEN 'suspended' WHEN 13 THEN 'ceased' ELSE 'active' END`;

export async function generateMembers(client: pg.ClientBase, cooperativeId: string, n: number): Promise<number> {
  const domain = `${cooperativeId.slice(0, 8)}.bench.local`;
  let rows = 0;
  const run = async (sql: string, params: unknown[]) => {
    rows += (await client.query(sql, params)).rowCount ?? 0;
  };
  await client.query('BEGIN');
  try {
    await run(
      `INSERT INTO members (cooperative_id, member_number, kind, name, gender, date_of_birth, community, occupation,
                            email, phone, status, applied_on, status_since, first_admitted_on, admitted_on, ceased_on,
                            cessation_reason, user_id)
       SELECT $1::uuid, i, kind, name, gender, birth, community, occupation, u.email, phone, status,
              admitted - 14, CASE WHEN status = 'active' THEN admitted ELSE changed END, admitted, admitted,
              CASE WHEN status = 'ceased' THEN changed END, CASE WHEN status = 'ceased' THEN 'withdrawn' END, u.id
         FROM generate_series(1, $2::int) AS i
         JOIN users u ON u.email = 'member-' || i || '@' || $3
        CROSS JOIN LATERAL (SELECT
              CASE WHEN i % 25 = 0 THEN 'legal_entity' ELSE 'natural_person' END AS kind,
              CASE WHEN i % 25 = 0 THEN 'Grupo ' || ${pick(SURNAMES, 'i / 25')} || ' ' || i
                   ELSE ${pick(FIRST_NAMES, 'i')} || ' ' || ${pick(SURNAMES, 'i / 7')} || ' ' || ${pick(SURNAMES, 'i / 211')}
              END AS name,
              CASE WHEN i % 25 = 0 THEN NULL WHEN i % 2 = 0 THEN 'female' ELSE 'male' END AS gender,
              CASE WHEN i % 25 = 0 THEN NULL ELSE date '1950-01-01' + ((i::bigint * 104729) % 18000)::int END AS birth,
              ${pick(COMMUNITIES, 'i / 3')} AS community,
              ${pick(OCCUPATIONS, 'i / 5')} AS occupation,
              '+504 9' || lpad((i % 10000000)::text, 7, '0') AS phone,
              ${STATUS_OF} AS status,
              date '2010-01-01' + ((i::bigint * 7919) % 5844)::int AS admitted,
              date '2026-01-01' + (i % 150) AS changed) x`,
      [cooperativeId, n, domain],
    );
    // Transitions in recorded order: every admission first, then the later suspensions and cessations.
    await run(
      `INSERT INTO member_transitions (cooperative_id, member_id, action, from_status, to_status, effective_date,
                                       member_number, decision_reference, recorded_by_type, recorded_at)
       SELECT cooperative_id, id, 'admit', 'applicant', 'active', first_admitted_on, member_number,
              'Board minutes ' || to_char(first_admitted_on, 'YYYY-MM'), 'system', first_admitted_on
         FROM members WHERE cooperative_id = $1 ORDER BY member_number`,
      [cooperativeId],
    );
    await run(
      `INSERT INTO member_transitions (cooperative_id, member_id, action, from_status, to_status, effective_date,
                                       cessation_reason, reason, right_of_appeal, recorded_by_type, recorded_at)
       SELECT cooperative_id, id, CASE status WHEN 'ceased' THEN 'cease' ELSE 'suspend' END, 'active', status,
              status_since, cessation_reason, 'Generated', false, 'system', status_since
         FROM members WHERE cooperative_id = $1 AND status <> 'active' ORDER BY member_number`,
      [cooperativeId],
    );
    await run(
      `INSERT INTO member_number_counters (cooperative_id, last_number) VALUES ($1, $2)
       ON CONFLICT (cooperative_id) DO UPDATE SET last_number = EXCLUDED.last_number`,
      [cooperativeId, n],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  return rows;
}
