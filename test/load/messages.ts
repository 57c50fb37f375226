/** What the load runner and the server process it starts say to each other over IPC. */
/** `finalise`: moves the round's close back so its figures are final (the board reads them only then). */
export type ToServer =
  | { kind: 'memory'; snapshot?: string }
  | { kind: 'requests' }
  | { kind: 'finalise' }
  | { kind: 'close' };

export interface Ready {
  kind: 'ready';
  url: string;
  councilId: string;
  slug: string;
  roundId: string;
  pledgeName: string;
  promiseIds: string[];
  staffToken: string;
}

/** The server's own view of its answers: how long the slowest took, and any still unanswered. */
export interface Requests {
  kind: 'requests';
  answered: number;
  slowestMs: number;
  slowest: string;
  /** The same for the session phones' calls alone (the join page waits 8 s, not 20). */
  slowestSessionMs: number;
  slowestSession: string;
  unanswered: { request: string; ageMs: number }[];
  /** How late its event loop ran at worst, and at the 99th percentile: a busy process answers late whatever its code does. */
  loopDelayMaxMs: number;
  loopDelayP99Ms: number;
}

export type FromServer =
  | Ready
  | Requests
  | { kind: 'finalised' }
  | { kind: 'memory'; heapUsed: number; rss: number; gcRan: boolean };
