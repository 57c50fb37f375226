/**
 * How a session counts the room, chosen when it starts, so no young person is counted twice: every phone,
 * or a show of hands of everyone, or phones plus the hands of only the people without a phone.
 */
import { z } from 'zod';
import type { Source } from '../cohort';
import { LARGEST_ROOM } from '../room';

export const SESSION_MODES = ['phones', 'hands', 'phones-and-hands'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];
export const SessionModeSchema = z.enum(SESSION_MODES, {
  error: () => `How the room is counted must be one of: ${SESSION_MODES.join(', ')}`,
});

export const SESSION_MODE_LABELS: Record<SessionMode, string> = {
  phones: 'Phones: everyone votes on a phone',
  hands: 'A show of hands: you count the hands',
  'phones-and-hands': 'Phones, and hands from people without a phone',
};

export const RoomSizeSchema = z
  .number({ error: 'Say how many young people are in the room' })
  .int('The room size is a whole number of people')
  .min(1, 'A room has at least 1 young person')
  .max(LARGEST_ROOM, `A session takes a room of at most ${LARGEST_ROOM}; for more, run two sessions`);

export const takesPhones = (mode: SessionMode): boolean => mode !== 'hands';
export const takesHands = (mode: SessionMode): boolean => mode !== 'phones';

/** The sources whose counts a facilitator's check of the counts vouches for. */
export type SessionSource = Extract<Source, 'session-vote' | 'session-tally'>;
export const sourcesOfMode = (mode: SessionMode): SessionSource[] => [
  ...(takesPhones(mode) ? (['session-vote'] as const) : []),
  ...(takesHands(mode) ? (['session-tally'] as const) : []),
];

/**
 * The most hands one promise may have: the whole room in a show of hands; with phones, only the people
 * in the room without one (every phone that joined is one person who does not raise a hand).
 */
export const mostHands = (mode: SessionMode, roomSize: number, phonesJoined: number): number =>
  mode === 'hands' ? roomSize : Math.max(0, roomSize - phonesJoined);

/**
 * A room whose joins far exceeded its size: more phones were refused than half the room, and more than a
 * couple of latecomers. The summary flags it, so the facilitator knows the code travelled beyond the room.
 */
export const joinsFarExceeded = (roomSize: number, refusedJoins: number): boolean =>
  refusedJoins > Math.max(2, roomSize / 2);
