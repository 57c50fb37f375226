import { API_PATHS, fill } from '../../../../shared/api-paths';
import type { PledgeVersion } from '../../../../shared/schemas/pledge';
import type { Round } from '../../../../shared/schemas/round';
import { apiFetch, type Bearer } from '../../lib/api';
import type { PublishBody } from './publish-plan';

/** What a new round is opened with, by itself or in place of the open one. */
export interface RoundBody {
  name: string;
  closesAt: string | null;
  access?: Round['access'];
  promisesPerPerson?: number;
  junior?: string[];
  sectionsFirst?: true;
}

export interface VersionSummary {
  version: number;
  title: string;
  publishedAt: string;
  promises: number;
  retired: number;
}

/** The council admin's pledge and round calls, for one council, with the signed-in staff member's token. */
export const pledgeApi = (councilId: string, token: Bearer) => {
  const pledge = `/api/staff/councils/${councilId}/pledge`;
  const rounds = `/api/staff/councils/${councilId}/rounds`;
  return {
    latest: () => apiFetch<{ pledge: PledgeVersion | null }>(pledge, { token }).then((r) => r.pledge),
    versions: () => apiFetch<{ versions: VersionSummary[] }>(`${pledge}/versions`, { token }).then((r) => r.versions),
    version: (n: number) => apiFetch<PledgeVersion>(`${pledge}/versions/${n}`, { token }),
    publish: (body: PublishBody) => apiFetch<PledgeVersion>(`${pledge}/versions`, { method: 'POST', body, token }),
    rounds: () => apiFetch<{ rounds: { round: Round; open: boolean }[] }>(rounds, { token }).then((r) => r.rounds),
    openRound: (body: RoundBody) => apiFetch<Round>(rounds, { method: 'POST', body, token }),
    closeRound: (roundId: string) => apiFetch<Round>(`${rounds}/${roundId}/close`, { method: 'POST', token }),
    closeAndOpen: (roundId: string, body: RoundBody) =>
      apiFetch<{ closed: Round; opened: Round }>(fill(API_PATHS.roundCloseAndOpen, { councilId, roundId }), {
        method: 'POST',
        body,
        token,
      }),
    recentAnswers: (roundId: string) =>
      apiFetch<{ hours: number; sent: number | string }>(fill(API_PATHS.roundActivity, { councilId, roundId }), {
        token,
      }),
  };
};
