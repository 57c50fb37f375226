import { z } from 'zod';
import { type AgeGroup, type Cohort, NOT_ANSWERED, PREFER_NOT, type Source } from '../cohort';

/**
 * The In Care Council groups a participant may say they belong to, or not. Each maps onto the age
 * group the survey asks about, so session votes sit in the same breakdown as survey answers. Care
 * status is not asked in a session and is never guessed from the group: it stays "not answered".
 */
export const SESSION_GROUPS = ['junior', 'senior', 'care-experienced', PREFER_NOT] as const;
export type SessionGroup = (typeof SESSION_GROUPS)[number];
export const SessionGroupSchema = z.enum(SESSION_GROUPS, {
  error: () => `A group must be one of: ${SESSION_GROUPS.join(', ')}`,
});

export const SESSION_GROUP_LABELS: Record<SessionGroup, string> = {
  junior: 'Junior (8 to 13)',
  senior: 'Senior (14 to 17)',
  'care-experienced': 'Care experienced (18 to 25)',
  [PREFER_NOT]: 'Prefer not to say',
};

export const GROUP_AGE: Record<SessionGroup, AgeGroup> = {
  junior: '8-13',
  senior: '14-17',
  'care-experienced': '18-25',
  [PREFER_NOT]: PREFER_NOT,
};

/** Who is in the room, for a show of hands: one group, or a mix (then the age stays "not answered"). */
export const ROOM_GROUPS = ['junior', 'senior', 'care-experienced', 'mixed'] as const;
export type RoomGroup = (typeof ROOM_GROUPS)[number];
export const RoomGroupSchema = z.enum(ROOM_GROUPS, {
  error: () => `The room must be one of: ${ROOM_GROUPS.join(', ')}`,
});

export const ROOM_GROUP_LABELS: Record<RoomGroup, string> = {
  junior: 'Junior In Care Council (8 to 13)',
  senior: 'Senior In Care Council (14 to 17)',
  'care-experienced': 'Care experienced group (18 to 25)',
  mixed: 'Mixed ages',
};

export const cohortOfGroup = (group: SessionGroup | null | undefined, source: Source): Cohort => ({
  age: group ? GROUP_AGE[group] : NOT_ANSWERED,
  care: NOT_ANSWERED,
  source,
});

export const cohortOfRoom = (room: RoomGroup, source: Source): Cohort =>
  cohortOfGroup(room === 'mixed' ? null : room, source);
