import type { Role } from '../../../shared/roles';
import type { StaffUser } from '../../../shared/schemas/staff-users';

/**
 * Where staff accounts live: the Cognito user pool in AWS (cognito-directory.ts), the local table with
 * the development identity provider (functions/local/dev-users.ts). Every call names the council, and
 * an account of another council is "not there".
 */
export interface StaffDirectory {
  list(councilId: string): Promise<StaffUser[]>;
  /** Null when there is no such account in this council. */
  get(councilId: string, userId: string): Promise<StaffUser | null>;
  /** Creates the account and sends the invitation; a ConflictError when the e-mail already has an account. */
  invite(councilId: string, input: { email: string; roles: Role[]; name?: string }): Promise<StaffUser>;
  /** Sets or (null) removes the name shown beside the e-mail of an account of this council. */
  setName(councilId: string, userId: string, name: string | null): Promise<StaffUser>;
  /**
   * What `invite` would have answered for a new address, made up without creating anything: the answer
   * given when the address has an account elsewhere, so an invite never tells whether it exists.
   */
  lookAlikeInvite(councilId: string, input: { email: string; roles: Role[]; name?: string }): Promise<StaffUser>;
  /** Replaces the roles of an account of this council (the caller has checked it is one). */
  setRoles(councilId: string, userId: string, roles: Role[]): Promise<StaffUser>;
  /** Deletes the account. Its signed-in tokens stay valid until they expire (an hour at most in AWS). */
  remove(councilId: string, userId: string): Promise<void>;
}
