/** A council admin reads and changes the council's settings: its name, help contacts, score colours and comment retention. */
import type { StaffClaims } from '../../../shared/roles';
import {
  type Council,
  type CouncilSettings,
  type CouncilSettingsChange,
  type CouncilSettingsView,
  safeguardingSettingsOf,
} from '../../../shared/schemas/council';
import { ConflictError } from '../../store/errors';
import type { AppDeps } from '../deps';
import { conflict, notFound } from '../http-error';
import { recordAudit } from './audit';

const SETTINGS = [
  'name',
  'helpContacts',
  'thresholds',
  'commentRetentionDays',
  'urgentAcknowledgeMinutes',
  'linkUrgentComments',
] as const satisfies readonly (keyof CouncilSettings)[];

const viewOf = (c: Council): CouncilSettingsView => ({
  name: c.name,
  slug: c.slug,
  helpContacts: c.helpContacts,
  thresholds: c.thresholds,
  commentRetentionDays: c.commentRetentionDays,
  ...safeguardingSettingsOf(c),
  version: c.version ?? 0,
});

const load = async (deps: AppDeps, councilId: string) => {
  const council = await deps.store.councils.get(councilId);
  if (!council) throw notFound('There is no such council');
  return council;
};

/** The safeguarding settings a change names (one left out stays as it was). */
const definedOnly = (s: CouncilSettings) => ({
  ...(s.urgentAcknowledgeMinutes !== undefined ? { urgentAcknowledgeMinutes: s.urgentAcknowledgeMinutes } : {}),
  ...(s.linkUrgentComments !== undefined ? { linkUrgentComments: s.linkUrgentComments } : {}),
});

const MEANWHILE =
  'Someone changed these settings meanwhile. Reload the page to see their change, then make yours again.';

export const councilSettings = async (deps: AppDeps, councilId: string) => viewOf(await load(deps, councilId));

export const changeCouncilSettings = async (
  deps: AppDeps,
  staff: StaffClaims,
  councilId: string,
  change: CouncilSettingsChange,
) => {
  const before = await load(deps, councilId);
  if ((before.version ?? 0) !== change.version) throw conflict(MEANWHILE);
  const { version, ...settings } = change;
  const after: Council = {
    ...before,
    ...settings,
    ...safeguardingSettingsOf({ ...safeguardingSettingsOf(before), ...definedOnly(settings) }),
    version: version + 1,
  };
  try {
    await deps.store.councils.updateSettings(after, version);
  } catch (e) {
    if (e instanceof ConflictError) throw conflict(MEANWHILE);
    throw e;
  }
  const was = { ...before, ...safeguardingSettingsOf(before) };
  const changed = SETTINGS.filter((k) => JSON.stringify(was[k]) !== JSON.stringify(after[k]));
  await recordAudit(deps, staff, {
    councilId,
    action: 'council.settings',
    target: councilId,
    details: {
      changed: changed.join(',') || 'nothing',
      ...(changed.includes('thresholds') ? { green: after.thresholds.green, amber: after.thresholds.amber } : {}),
      ...(changed.includes('commentRetentionDays') ? { commentRetentionDays: after.commentRetentionDays } : {}),
      ...(changed.includes('urgentAcknowledgeMinutes')
        ? { urgentAcknowledgeMinutes: after.urgentAcknowledgeMinutes }
        : {}),
      ...(changed.includes('linkUrgentComments') ? { linkUrgentComments: after.linkUrgentComments } : {}),
    },
  });
  return viewOf(after);
};
