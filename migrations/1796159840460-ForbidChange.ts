/**
 * One append-only trigger function, forbid_change(), for every append-only table; the six copies the earlier
 * migrations created (one per module, identical but for the name) are dropped. Each trigger keeps its name, its
 * events and its message ("<table> is append-only", plus the optional hint given as the trigger's argument); the
 * earlier migrations stay as they are, as history.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ForbidChange1796159840460 implements MigrationInterface {
  name = 'ForbidChange1796159840460';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only%', TG_TABLE_NAME, coalesce(': ' || TG_ARGV[0], '')
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const trigger of APPEND_ONLY) await repoint(queryRunner, trigger, 'forbid_change', trigger.hint);
    for (const name of new Set(APPEND_ONLY.map((trigger) => trigger.was))) {
      await queryRunner.query(`DROP FUNCTION ${name}()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The old functions, each as it behaved (a fixed message per table, capital_entries with its hint).
    for (const { was, hint } of APPEND_ONLY) {
      await queryRunner.query(`
        CREATE OR REPLACE FUNCTION ${was}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION '% is append-only${hint ? `: ${hint}` : ''}', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
        END $$`);
    }
    for (const trigger of APPEND_ONLY) await repoint(queryRunner, trigger, trigger.was);
    await queryRunner.query(`DROP FUNCTION forbid_change()`);
  }
}

interface AppendOnly {
  table: string;
  /** What the trigger fires on; distribution_plan_lines allows DELETE (a draft's lines are recomputed). */
  events: string;
  /** The function the trigger called before this migration. */
  was: string;
  /** Said after "<table> is append-only: ". */
  hint?: string;
}

const ALL = 'UPDATE OR DELETE OR TRUNCATE';
const APPEND_ONLY: readonly AppendOnly[] = [
  { table: 'audit_log', events: ALL, was: 'audit_log_append_only' },
  { table: 'member_transitions', events: ALL, was: 'member_transitions_append_only' },
  { table: 'ballot_electorate', events: ALL, was: 'governance_append_only' },
  { table: 'ballot_participations', events: ALL, was: 'governance_append_only' },
  { table: 'ballot_vote_history', events: ALL, was: 'governance_append_only' },
  {
    table: 'capital_entries',
    events: ALL,
    was: 'capital_entries_append_only',
    hint: 'reverse a mistaken entry with a new one',
  },
  { table: 'credit_fund_entries', events: ALL, was: 'credit_fund_append_only' },
  { table: 'credit_fund_contributions', events: ALL, was: 'credit_fund_append_only' },
  { table: 'loan_repayments', events: ALL, was: 'credit_fund_append_only' },
  { table: 'loan_repayment_lines', events: ALL, was: 'credit_fund_append_only' },
  { table: 'distribution_plan_lines', events: 'UPDATE OR TRUNCATE', was: 'surplus_append_only' },
  { table: 'surplus_payables', events: ALL, was: 'surplus_append_only' },
  { table: 'surplus_fund_allocations', events: ALL, was: 'surplus_append_only' },
  { table: 'distribution_postings', events: ALL, was: 'surplus_append_only' },
];

/** Recreates `<table>_append_only` on the same events, calling `fn` (with the hint as its argument, if any). */
async function repoint(queryRunner: QueryRunner, trigger: AppendOnly, fn: string, hint?: string): Promise<void> {
  const name = `${trigger.table}_append_only`;
  const args = hint ? `'${hint.replace(/'/g, "''")}'` : '';
  await queryRunner.query(`DROP TRIGGER ${name} ON "${trigger.table}"`);
  await queryRunner.query(
    `CREATE TRIGGER ${name} BEFORE ${trigger.events} ON "${trigger.table}" FOR EACH STATEMENT EXECUTE FUNCTION ${fn}(${args})`,
  );
}
