/**
 * A secret ballot's closing publishes its contents in chunks (issue 17, item 4; docs/governance.md): the choices
 * shuffled in ballot_published_choices and the receipt codes sorted in ballot_published_receipts, a thousand a row,
 * instead of a row per vote written again at closing. Ballots opened from now on seal with scheme 2 (AES-256-CCM,
 * which closing opens a batch at a time); open ones keep scheme 1 (seal_scheme). Closed ballots' anonymous choices
 * move into the chunks in the order they were listed in (their random ids) and their receipts in code order; what
 * is left in ballot_secret_choices is the plain contents of ballots open since before seals, and the table becomes
 * ballot_unsealed_votes, which their closing empties.
 */
import type { MigrationInterface, QueryRunner } from 'typeorm';

const CHUNK = 1000;

export class PublishedChoices1797100000000 implements MigrationInterface {
  name = 'PublishedChoices1797100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ballots" ADD "seal_scheme" smallint`);
    await queryRunner.query(
      `ALTER TABLE "ballots" ADD CONSTRAINT "ck_ballots_seal_scheme" CHECK ("seal_scheme" IN (1, 2))`,
    );
    await queryRunner.query(`UPDATE "ballots" SET "seal_scheme" = 1 WHERE "secret" AND "status" = 'open'`);
    for (const [table, list] of [
      ['ballot_published_choices', `"selections" json NOT NULL`],
      ['ballot_published_receipts', `"first_receipt" bytea NOT NULL, "receipts" bytea NOT NULL`],
    ]) {
      await queryRunner.query(
        `CREATE TABLE "${table}" ("cooperative_id" uuid NOT NULL, "ballot_id" uuid NOT NULL, "chunk" integer NOT NULL, ${list}, CONSTRAINT "PK_${table}" PRIMARY KEY ("cooperative_id", "ballot_id", "chunk"))`,
      );
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "fk_${table}_ballot" FOREIGN KEY ("cooperative_id", "ballot_id") REFERENCES "ballots"("cooperative_id", "id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
      );
    }
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_ballot_published_receipts_first" ON "ballot_published_receipts" ("cooperative_id", "ballot_id", "first_receipt")`,
    );
    const closed = `FROM ballot_secret_choices c JOIN ballots b ON b.cooperative_id = c.cooperative_id AND b.id = c.ballot_id
                    WHERE b.status <> 'open'`;
    await queryRunner.query(
      `INSERT INTO ballot_published_choices (cooperative_id, ballot_id, chunk, selections)
       SELECT cooperative_id, ballot_id, (n - 1) / ${CHUNK}, json_agg(selection ORDER BY n)
         FROM (SELECT c.cooperative_id, c.ballot_id, c.selection,
                      row_number() OVER (PARTITION BY c.cooperative_id, c.ballot_id ORDER BY c.id) AS n ${closed}) x
        GROUP BY 1, 2, 3`,
    );
    // Receipts as their 10 bytes, sorted (bytes sort as codes do), a chunk at a time.
    const receipts = (await queryRunner.query(
      `SELECT c.cooperative_id, c.ballot_id, c.receipt_code ${closed}
        ORDER BY c.cooperative_id, c.ballot_id, c.receipt_code COLLATE "C"`,
    )) as { cooperative_id: string; ballot_id: string; receipt_code: string }[];
    for (let from = 0; from < receipts.length;) {
      const { cooperative_id: cooperativeId, ballot_id: ballotId } = receipts[from];
      let to = from;
      while (to < receipts.length && receipts[to].ballot_id === ballotId) to++;
      for (let at = from, chunk = 0; at < to; at += CHUNK, chunk++) {
        const bytes = Buffer.concat(
          receipts.slice(at, Math.min(at + CHUNK, to)).map((r) => receiptBytes(r.receipt_code)),
        );
        await queryRunner.query(
          `INSERT INTO ballot_published_receipts (cooperative_id, ballot_id, chunk, first_receipt, receipts)
           VALUES ($1, $2, $3, $4, $5)`,
          [cooperativeId, ballotId, chunk, bytes.subarray(0, 10), bytes],
        );
      }
      from = to;
    }
    await queryRunner.query(
      `DELETE FROM ballot_secret_choices c USING ballots b
        WHERE b.cooperative_id = c.cooperative_id AND b.id = c.ballot_id AND b.status <> 'open'`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_ballot_secret_choices_receipt"`);
    await queryRunner.query(`ALTER TABLE "ballot_secret_choices" RENAME TO "ballot_unsealed_votes"`);
    await queryRunner.query(
      `ALTER INDEX "ix_ballot_secret_choices_ballot" RENAME TO "ix_ballot_unsealed_votes_ballot"`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_unsealed_votes" RENAME CONSTRAINT "fk_ballot_secret_choices_ballot" TO "fk_ballot_unsealed_votes_ballot"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "ballot_unsealed_votes" RENAME CONSTRAINT "fk_ballot_unsealed_votes_ballot" TO "fk_ballot_secret_choices_ballot"`,
    );
    await queryRunner.query(
      `ALTER INDEX "ix_ballot_unsealed_votes_ballot" RENAME TO "ix_ballot_secret_choices_ballot"`,
    );
    await queryRunner.query(`ALTER TABLE "ballot_unsealed_votes" RENAME TO "ballot_secret_choices"`);
    // The published choices and receipts go back as rows; their pairing was never stored, so each receipt is paired
    // with the choice of the same rank. A ballot still open with votes sealed by scheme 2 cannot be closed by the
    // version before (it opens only scheme 1): close such ballots before going down.
    const published = (await queryRunner.query(
      `SELECT c.cooperative_id, c.ballot_id, c.selections, p.receipts
         FROM ballot_published_choices c
         JOIN ballot_published_receipts p
           ON p.cooperative_id = c.cooperative_id AND p.ballot_id = c.ballot_id AND p.chunk = c.chunk`,
    )) as { cooperative_id: string; ballot_id: string; selections: unknown[]; receipts: Buffer }[];
    for (const chunk of published) {
      await queryRunner.query(
        `INSERT INTO ballot_secret_choices (cooperative_id, ballot_id, selection, receipt_code)
         SELECT $1, $2, s, r FROM unnest($3::jsonb[], $4::text[]) u(s, r)`,
        [
          chunk.cooperative_id,
          chunk.ballot_id,
          chunk.selections.map((selection) => JSON.stringify(selection)),
          chunk.selections.map((_, i) => receiptCode(chunk.receipts, i * 10)),
        ],
      );
    }
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_ballot_secret_choices_receipt" ON "ballot_secret_choices" ("cooperative_id", "ballot_id", "receipt_code")`,
    );
    await queryRunner.query(`DROP TABLE "ballot_published_receipts"`);
    await queryRunner.query(`DROP TABLE "ballot_published_choices"`);
    await queryRunner.query(`ALTER TABLE "ballots" DROP COLUMN "seal_scheme"`);
  }
}

// This migration's own copy of the receipt code's encoding (src/governance/governance.rules.ts, formatReceiptCode),
// so that it never changes with the code: 80 bits as 16 characters of Crockford's base 32 in groups of four.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function receiptBytes(code: string): Buffer {
  const digits = code.replaceAll('-', '');
  const bytes = Buffer.alloc(10);
  for (let half = 0; half < 2; half++) {
    let bits = 0;
    for (let i = 0; i < 8; i++) bits = bits * 32 + ALPHABET.indexOf(digits[half * 8 + i]);
    for (let k = 4; k >= 0; k--, bits = Math.floor(bits / 256)) bytes[half * 5 + k] = bits % 256;
  }
  return bytes;
}

function receiptCode(bytes: Buffer, at: number): string {
  let digits = '';
  for (let half = 0; half < 2; half++) {
    let bits = 0;
    for (let k = 0; k < 5; k++) bits = bits * 256 + bytes[at + half * 5 + k];
    for (let i = 7; i >= 0; i--) digits += ALPHABET[Math.floor(bits / 2 ** (5 * i)) % 32];
  }
  return digits.match(/.{4}/g)!.join('-');
}
