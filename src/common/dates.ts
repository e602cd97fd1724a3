/** Calendar dates as the API writes them (YYYY-MM-DD, UTC) and ids as it accepts them, written once. */

/** The shape of a date, YYYY-MM-DD (whether the day exists is checked where it matters). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A UUID as PostgreSQL writes it, any version, either case. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Today in UTC, the default date of applications and decisions. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
