import { ROLES, type Role, type StaffClaims, StaffClaimsSchema } from '../../../shared/roles';

/** Claim names of a Cognito ID token; the local identity provider issues tokens with the same names. */
export const CLAIM = {
  groups: 'cognito:groups',
  councilId: 'custom:council_id',
  tokenUse: 'token_use',
} as const;

const isRole = (g: unknown): g is Role => (ROLES as readonly unknown[]).includes(g);

/** Reads the staff claims from a verified token payload; unknown groups are ignored, never trusted. */
export const claimsFromPayload = (payload: Record<string, unknown>): StaffClaims => {
  const groups = Array.isArray(payload[CLAIM.groups]) ? (payload[CLAIM.groups] as unknown[]) : [];
  const council = payload[CLAIM.councilId];
  return StaffClaimsSchema.parse({
    sub: payload.sub,
    email: payload.email,
    roles: groups.filter(isRole),
    councilId: typeof council === 'string' && council.length > 0 ? council : null,
  });
};
