/** "You said, we did": board members and council admins record what the council does about a promise; young people see the published ones. */
import { newId } from '../../../shared/ids';
import { promisesNotIn } from '../../../shared/pledge/membership';
import { ACTION_PUBLISHERS, type StaffClaims } from '../../../shared/roles';
import type { Action, ActionChange, NewAction, PublicActions } from '../../../shared/schemas/actions';
import { promisesOf } from '../../../shared/schemas/pledge';
import { plainWordsWarning } from '../../../shared/text/reading-level';
import { ConflictError } from '../../store/errors';
import type { AppDeps } from '../deps';
import { conflict, forbidden, notFound, unprocessable } from '../http-error';
import { recordAudit } from './audit';
import { roundOfCouncil } from './tenancy';

/** An action's audit entry names it, its round and its promise. */
const aboutAction = (a: Action, details: Record<string, string | number | boolean>) => ({
  councilId: a.councilId,
  target: a.actionId,
  details: { roundId: a.roundId, promiseId: a.promiseId, ...details },
});

const storeConflicts = async <T>(write: () => Promise<T>): Promise<T> => {
  try {
    return await write();
  } catch (e) {
    if (e instanceof ConflictError) throw conflict(e.message);
    throw e;
  }
};

/** The action as staff read it, with a warning when its words are hard for the youngest who will read them. */
const forStaff = (a: Action): Action => {
  const { wordsWarning: _, ...stored } = a;
  const warning = plainWordsWarning(stored.action);
  return warning ? { ...stored, wordsWarning: warning } : stored;
};

const canPublish = (staff: StaffClaims) => staff.roles.some((r) => ACTION_PUBLISHERS.includes(r));
const NOT_PUBLISHER =
  'A council admin or a moderator reads an action before young people see it. Save it as it is, then ask one of them to show it.';

export const listActions = async (deps: AppDeps, councilId: string, roundId: string): Promise<Action[]> => {
  await roundOfCouncil(deps, councilId, roundId);
  return (await deps.store.actions.list(councilId, roundId)).map(forStaff);
};

export const createAction = async (
  deps: AppDeps,
  staff: StaffClaims,
  councilId: string,
  roundId: string,
  input: NewAction,
): Promise<Action> => {
  if (input.published && !canPublish(staff)) throw forbidden(NOT_PUBLISHER);
  const round = await roundOfCouncil(deps, councilId, roundId);
  const pledge = await deps.store.pledges.get(councilId, round.pledgeId, round.pledgeVersion);
  if (!pledge || promisesNotIn(pledge, [input.promiseId]).length > 0) {
    throw unprocessable(`"${input.promiseId}" is not a promise of the round "${round.name}"`, [
      { path: 'promiseId', message: 'Not a promise of this round' },
    ]);
  }
  const at = deps.now().toISOString();
  const action: Action = {
    actionId: newId('ac'),
    councilId,
    roundId,
    promiseId: input.promiseId,
    action: input.action,
    ...(input.owner ? { owner: input.owner } : {}),
    ...(input.due ? { due: input.due } : {}),
    status: input.status,
    published: input.published,
    createdAt: at,
    createdBy: staff.email,
    updatedAt: at,
    updatedBy: staff.email,
    version: 1,
  };
  await storeConflicts(() => deps.store.actions.put(action, null));
  await recordAudit(deps, staff, {
    action: 'action.create',
    ...aboutAction(action, { status: action.status, published: action.published }),
  });
  if (action.published) await recordAudit(deps, staff, { action: 'action.publish', ...aboutAction(action, {}) });
  return forStaff(action);
};

const existing = async (deps: AppDeps, councilId: string, roundId: string, actionId: string) => {
  const a = await deps.store.actions.get(councilId, roundId, actionId);
  if (!a) throw notFound('There is no such action in this round');
  return a;
};

export const updateAction = async (
  deps: AppDeps,
  staff: StaffClaims,
  ids: { councilId: string; roundId: string; actionId: string },
  change: ActionChange,
): Promise<Action> => {
  const current = await existing(deps, ids.councilId, ids.roundId, ids.actionId);
  if (change.published === true && !current.published && !canPublish(staff)) throw forbidden(NOT_PUBLISHER);
  if (current.version !== change.version)
    throw conflict(
      `This action was changed by ${current.updatedBy} meanwhile. Reload to see it, then make your change again.`,
    );
  const { version, owner, due, ...rest } = change;
  const next: Action = { ...current, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) };
  // null clears who or when; undefined leaves them as they were.
  if (owner === null || owner === '') delete next.owner;
  else if (owner !== undefined) next.owner = owner;
  if (due === null) delete next.due;
  else if (due !== undefined) next.due = due;
  // New words from someone who cannot publish are read again before young people see them.
  const reworded = (['action', 'owner', 'due'] as const).some((k) => current[k] !== next[k]);
  if (reworded && next.published && !canPublish(staff)) next.published = false;
  Object.assign(next, { updatedAt: deps.now().toISOString(), updatedBy: staff.email, version: version + 1 });
  await storeConflicts(() => deps.store.actions.put(next, version));
  const changed = (['action', 'owner', 'due', 'status', 'published'] as const).filter((k) => current[k] !== next[k]);
  await recordAudit(deps, staff, {
    action: 'action.update',
    ...aboutAction(next, {
      changed: changed.join(',') || 'nothing',
      status: next.status,
      published: next.published,
    }),
  });
  if (current.published !== next.published)
    await recordAudit(deps, staff, {
      action: next.published ? 'action.publish' : 'action.unpublish',
      ...aboutAction(next, reworded && !next.published ? { reason: 'reworded' } : {}),
    });
  return forStaff(next);
};

export const deleteAction = async (
  deps: AppDeps,
  staff: StaffClaims,
  ids: { councilId: string; roundId: string; actionId: string },
  version: number,
) => {
  const current = await existing(deps, ids.councilId, ids.roundId, ids.actionId);
  await storeConflicts(() => deps.store.actions.delete(ids.councilId, ids.roundId, ids.actionId, version));
  await recordAudit(deps, staff, {
    action: 'action.delete',
    ...aboutAction(current, { wasPublished: current.published }),
  });
};

/**
 * What young people see at the end of the survey: the published actions of the council's most recent
 * round that has any, with each promise in the words of that round's pledge.
 */
export const publicActionsOf = async (deps: AppDeps, slug: string): Promise<PublicActions> => {
  const council = await deps.store.councils.getBySlug(slug);
  if (!council) throw notFound(`There is no council at "${slug}". Check the link you were given.`);
  const published = (await deps.store.actions.list(council.councilId)).filter((a) => a.published);
  if (published.length === 0) return { round: null, actions: [] };
  const rounds = (await deps.store.rounds.listForCouncil(council.councilId)).sort((a, b) =>
    b.opensAt.localeCompare(a.opensAt),
  );
  const round = rounds.find((r) => published.some((a) => a.roundId === r.roundId));
  if (!round) return { round: null, actions: [] };
  const pledge = await deps.store.pledges.get(council.councilId, round.pledgeId, round.pledgeVersion);
  const texts = new Map(pledge ? promisesOf(pledge).map((p) => [p.promiseId, p.text]) : []);
  return {
    round: { name: round.name },
    actions: published
      .filter((a) => a.roundId === round.roundId)
      .map((a) => ({
        promiseText: texts.get(a.promiseId) ?? '',
        action: a.action,
        ...(a.owner ? { owner: a.owner } : {}),
        ...(a.due ? { due: a.due } : {}),
        status: a.status,
      })),
  };
};
