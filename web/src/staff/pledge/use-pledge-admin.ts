import { useStaff } from '../use-staff';
import { pledgeApi } from './pledge-api';

/** The signed-in staff member, whether they may change the pledge, and the pledge calls for their council. */
export const usePledgeAdmin = () => {
  const { me, error, token } = useStaff();
  const councilId = me?.council?.councilId;
  const api = councilId ? pledgeApi(councilId, token) : null;
  const isAdmin = me?.roles.includes('council-admin') ?? false;
  const refusal =
    me && !isAdmin ? 'Only a council admin can change the pledge and its rounds. Ask your council admin.' : null;
  return { me, error: error ?? refusal, api: isAdmin ? api : null };
};
