/** The figures of a crash test run, one row per kind of kill, and what failed. */
import type { KillKind } from './kills.js';
import type { KindFigures } from './journal.js';

export function formatReport(
  rows: { kind: KillKind; figures: KindFigures }[],
  refusals: ReadonlyMap<string, number>,
  totalMs: number,
): string {
  const header = [
    'kill',
    'sent',
    'acknowledged',
    'found',
    'in flight',
    'no answer',
    'retried',
    '5xx seen',
    'restart ms',
    'heal ms',
    'served during fault',
  ];
  const lines = rows.map(({ kind, figures: f }) => [
    kind,
    String(f.sent),
    String(f.acknowledged),
    String(f.found),
    String(f.inFlight),
    String(f.unanswered),
    String(f.retried),
    Object.entries(f.serverErrors)
      .map(([status, n]) => `${n}x${status}`)
      .join(' ') || '-',
    f.restartMs === undefined ? '-' : String(f.restartMs),
    f.healMs === undefined ? '-' : String(f.healMs),
    f.duringFault === undefined ? '-' : String(f.duringFault),
  ]);
  const table = [header, ...lines];
  const widths = header.map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const out = table.map((row) => row.map((cell, c) => cell.padEnd(widths[c])).join('  '));
  out.push('', 'acknowledged by module:');
  for (const { kind, figures } of rows) {
    const modules = Object.entries(figures.byModule).map(([module, n]) => `${module} ${n}`);
    out.push(`  ${kind.padEnd(widths[0])}  ${modules.join(', ')}`);
  }
  const refused = [...refusals].map(([code, n]) => `${n}x ${code}`).join(', ');
  out.push('', `refused (4xx) during the loads: ${refused || 'none'}`, `total time ${Math.round(totalMs / 1000)} s`);
  return out.join('\n');
}
