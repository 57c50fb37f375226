/** A reconcile report as lines a person reads: the command prints it, the job logs the same facts. */
import { describeDifference } from '../../shared/scoring/reconcile';
import type { ReconcileReport, RepairOutcome } from './reconcile-round';

const n = (x: number) => x.toLocaleString('en-GB');

const REPAIR_WORDS: Record<RepairOutcome, string> = {
  'not-asked': 'not asked for (add --repair to write the differences back)',
  'not-needed': 'not needed',
  written: 'written',
  raced: 'not written: another repair changed the counters first; run again to check',
  'refused-busy': 'not written: answers kept arriving during the check; run again when the round is quiet or closed',
};

/** The verdict in a few words, for the first line and for logs. */
export const verdictOf = (r: ReconcileReport): string => {
  if (r.afterRepair)
    return r.afterRepair.differences === 0
      ? 'repaired: no difference remains'
      : `repaired, but ${r.afterRepair.differences} differences remain`;
  if (r.differences === 0) return 'no difference';
  return `${r.differences} difference${r.differences === 1 ? '' : 's'}${r.busy ? ' (answers were arriving: some may be in flight)' : ''}`;
};

export const formatReport = (r: ReconcileReport, options: { maxLines?: number } = {}): string => {
  const max = options.maxLines ?? 200;
  const lines = [
    `Round ${r.roundId} "${r.roundName}" (${r.open ? 'open' : 'closed'}), checked ${r.checkedAt} in ${(r.durationMs / 1000).toFixed(1)} s, ${r.passes} pass${r.passes === 1 ? '' : 'es'}: ${verdictOf(r)}`,
    `  recount from raw records: ${n(r.recount.responses)} responses (${n(r.recount.surveyResponses)} survey, ${n(r.recount.sessionPeople)} in sessions), ${n(r.recount.ratings)} ratings`,
    `  stored counters:          ${n(r.stored.responses)} responses (${n(r.stored.surveyResponses)} survey, ${n(r.stored.sessionPeople)} in sessions), ${n(r.stored.ratings)} ratings`,
  ];
  let shown = 0;
  for (const s of r.scopes) {
    const joined = s.joined
      ? `, ${n(s.joined.recounted)} participant records, ${n(s.joined.stored)} joined`
      : ` (${n(s.records)} responses)`;
    const state = s.countersTakenAsStored
      ? 'participant records are missing, so its counters are taken as stored'
      : s.differences.length === 0 && (!s.joined || s.joined.stored === s.joined.recounted)
        ? 'matches'
        : `${s.differences.length} difference${s.differences.length === 1 ? '' : 's'}`;
    lines.push(`  ${s.sessionId ? `${s.name} ${s.sessionId}` : 'survey'}${joined}: ${state}`);
    if (s.joined && !s.countersTakenAsStored && s.joined.stored !== s.joined.recounted) {
      lines.push(`    joined: stored ${s.joined.stored}, recounted ${s.joined.recounted}`);
    }
    for (const d of s.differences) if (shown++ < max) lines.push(`    ${describeDifference(d)}`);
  }
  if (shown > max) lines.push(`  … and ${shown - max} more differences`);
  lines.push(`  repair: ${REPAIR_WORDS[r.repair]}`);
  if (r.afterRepair)
    lines.push(
      `  check after repair: ${r.afterRepair.differences === 0 ? 'no difference' : `${r.afterRepair.differences} differences`}`,
    );
  return lines.join('\n');
};
