import { z } from 'zod';

/**
 * Every code an error answer of the API may carry. Pages match on these (a used one-time code, a session
 * that moved on), so a code is added here before a service may throw it.
 */
export const ApiErrorCodeSchema = z.enum([
  // Any route
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'unprocessable',
  'too_large',
  'unsupported_media_type',
  'request_timeout',
  'body_cut_off',
  'rate_limited',
  'unavailable',
  'internal',
  // One-time codes on survey cards
  'code_wrong',
  'code_used',
  'code_required',
  // Live sessions
  'moved_on',
  'voting_closed',
  'ended',
  'stale_version',
  'not_allowed',
  'round_closed',
  'room_full',
  'room_locked',
]);
export type ApiErrorCode = z.infer<typeof ApiErrorCodeSchema>;

/** Every error the API returns has this shape, with a message a person can act on. */
export const ApiErrorSchema = z.object({
  error: z.object({
    code: ApiErrorCodeSchema,
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
