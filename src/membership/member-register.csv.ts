/** The register's CSV layout (DOMAIN.md, "Membership"): one record per member record. Pure. */
import { csvField, csvRecord, csvText } from '../common/csv/csv.js';
import type { CessationReason, MemberStatus } from './member-lifecycle.rules.js';
import type { MemberHoldings } from './membership.ports.js';

export const REGISTER_CSV_HEADER = [
  'member_number',
  'name',
  'status',
  'admission_date',
  'cessation_date',
  'cessation_reason',
  'shares_held',
  'paid_up_capital',
] as const;

/** A row as the export query reads it. */
export interface RegisterCsvRow {
  id: string;
  member_number: number | null;
  name: string;
  status: MemberStatus;
  admitted_on: string | null;
  ceased_on: string | null;
  cessation_reason: CessationReason | null;
}

/** One CSV record; the share columns stay empty when no holdings are known (no share-capital module yet). */
export function registerCsvRecord(row: RegisterCsvRow, holdings: MemberHoldings | undefined): string {
  return csvRecord([
    csvField(row.member_number),
    csvText(row.name),
    csvField(row.status),
    csvField(row.admitted_on),
    csvField(row.ceased_on),
    csvField(row.cessation_reason),
    csvField(holdings?.sharesHeld),
    csvField(holdings?.paidUpCapital),
  ]);
}
