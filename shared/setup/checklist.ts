/**
 * What a new council must do before young people can answer, in order: the admin's setup checklist.
 * Pure: the API gathers the facts, this says each step's state and what is left to do.
 */
import { z } from 'zod';
import { type CouncilRole, ROLE_LABELS } from '../roles';

export const SETUP_STEPS = ['pledge', 'round', 'help', 'team', 'codes'] as const;
export type SetupStepId = (typeof SETUP_STEPS)[number];

/** done; to do now; waiting for an earlier step; not needed for how this council runs its round. */
export const SETUP_STATES = ['done', 'todo', 'waiting', 'not-needed'] as const;
export type SetupState = (typeof SETUP_STATES)[number];

export const SetupStepSchema = z.object({
  step: z.enum(SETUP_STEPS),
  state: z.enum(SETUP_STATES),
  /** One sentence on where the step stands, in the admin's words. */
  detail: z.string(),
});
export type SetupStep = z.infer<typeof SetupStepSchema>;
export const SetupChecklistSchema = z.object({ steps: z.array(SetupStepSchema) });
export type SetupChecklist = z.infer<typeof SetupChecklistSchema>;

export interface SetupFacts {
  /** The latest published version, or null before the first. */
  pledge: { version: number; promises: number } | null;
  openRound: { name: string; pledgeVersion: number; access: 'open-link' | 'one-time-codes' } | null;
  helpContacts: number;
  /** Every account of the council, with its roles. */
  staff: { roles: readonly string[] }[];
  /** Cards made for the open round (only asked when it takes one-time codes). */
  codesMade: number;
}

/** The roles a council needs someone in besides its admin: comments wait unseen without a moderator, nobody reads the scorecard without a board member. */
const NEEDED_ROLES: CouncilRole[] = ['moderator', 'board-member'];

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const setupChecklist = (f: SetupFacts): SetupChecklist => {
  const steps: SetupStep[] = [];
  steps.push(
    f.pledge
      ? {
          step: 'pledge',
          state: 'done',
          detail: `Version ${f.pledge.version} is published: ${plural(f.pledge.promises, 'promise')}.`,
        }
      : {
          step: 'pledge',
          state: 'todo',
          detail: 'Paste or upload your pledge, check what the importer found, then publish it.',
        },
  );
  if (!f.pledge)
    steps.push({ step: 'round', state: 'waiting', detail: 'A round asks about a published pledge: publish it first.' });
  else if (!f.openRound)
    steps.push({ step: 'round', state: 'todo', detail: 'No round is open, so young people cannot answer yet.' });
  else {
    const newer = f.openRound.pledgeVersion < f.pledge.version;
    steps.push({
      step: 'round',
      state: 'done',
      detail: `“${f.openRound.name}” is open on version ${f.openRound.pledgeVersion}.${newer ? ` Version ${f.pledge.version} is published since: close this round and open a new one to ask about it.` : ''}`,
    });
  }
  steps.push(
    f.helpContacts > 0
      ? {
          step: 'help',
          state: 'done',
          detail: `${plural(f.helpContacts, 'contact')} shown to young people after Childline.`,
        }
      : {
          step: 'help',
          state: 'todo',
          detail: 'Young people see only Childline: add your advocacy service and who to call in your council.',
        },
  );
  const missing = NEEDED_ROLES.filter((r) => !f.staff.some((s) => s.roles.includes(r)));
  steps.push(
    missing.length === 0
      ? {
          step: 'team',
          state: 'done',
          detail: `${plural(f.staff.length, 'person', 'people')} can sign in, with a moderator and a board member.`,
        }
      : {
          step: 'team',
          state: 'todo',
          detail: `Nobody is ${missing.map((r) => ROLE_LABELS[r].toLowerCase()).join(' or ')} yet.${missing.includes('moderator') ? ' Until someone moderates, no comment reaches the board.' : ''}`,
        },
  );
  if (!f.openRound) steps.push({ step: 'codes', state: 'waiting', detail: 'Cards are made for an open round.' });
  else if (f.openRound.access === 'open-link')
    steps.push({
      step: 'codes',
      state: 'not-needed',
      detail: `“${f.openRound.name}” is open to anyone with the link: share the link or its QR code, no cards needed.`,
    });
  else
    steps.push(
      f.codesMade > 0
        ? { step: 'codes', state: 'done', detail: `${plural(f.codesMade, 'card')} made for “${f.openRound.name}”.` }
        : {
            step: 'codes',
            state: 'todo',
            detail: `“${f.openRound.name}” takes one-time codes: make and print the cards.`,
          },
    );
  return { steps };
};

/** Counts of work waiting for the signed-in person, for the staff menu. */
export const WorkWaitingSchema = z.object({
  /** Only for a moderator: comments and session notes waiting, and how many of them are urgent. */
  commentsToModerate: z.object({ pending: z.number().int(), urgent: z.number().int() }).optional(),
});
export type WorkWaiting = z.infer<typeof WorkWaitingSchema>;
