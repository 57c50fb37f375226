import { createMiddleware } from 'hono/factory';
import { type Role, roleList, type StaffClaims } from '../../../shared/roles';
import type { StaffAccessStore } from '../../store/store';
import type { StaffTokenVerifier } from '../auth/token-verifier';
import { forbidden, unauthorized } from '../http-error';

export type StaffEnv = { Variables: { staff: StaffClaims } };

/**
 * Every /api/staff route passes here: a valid signed token, or 401. A token issued no later than the
 * second its holder's roles changed or their account was removed is refused too (the staff pages then
 * renew it, which in AWS and locally gives the roles held now, or sign the person out when removed).
 */
export const staffAuth = (verify: StaffTokenVerifier, access: StaffAccessStore) =>
  createMiddleware<StaffEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw unauthorized('Sign in first: this page is for council staff');
    let claims: StaffClaims;
    let issuedAt: number;
    try {
      ({ claims, issuedAt } = await verify(match[1]));
    } catch (e) {
      const expired = /expired/i.test((e as Error).message);
      throw unauthorized(
        expired ? 'Your sign-in has expired: please sign in again' : 'Your sign-in is not valid: please sign in again',
      );
    }
    const changedAt = await access.changedAt(claims.email);
    // Seconds are all a token says, so one issued in the very second of a change is refused too.
    if (changedAt > 0 && issuedAt <= Math.floor(changedAt / 1000))
      throw unauthorized('Your roles were changed or your account was removed: please sign in again');
    c.set('staff', claims);
    await next();
  });

/** A route for these roles only. */
export const requireRoles = (...roles: Role[]) =>
  createMiddleware<StaffEnv>(async (c, next) => {
    const staff = c.get('staff');
    if (!staff.roles.some((r) => roles.includes(r))) {
      throw forbidden(`This page is for ${roleList(roles)}. Ask your council admin if you need it.`);
    }
    await next();
  });

/** A route under /councils/{councilId}: only that council's own staff get through. */
export const requireOwnCouncil = () =>
  createMiddleware<StaffEnv>(async (c, next) => {
    const staff = c.get('staff');
    const councilId = c.req.param('councilId');
    if (!councilId || staff.councilId !== councilId) {
      throw forbidden("You can only see your own council's data");
    }
    await next();
  });
