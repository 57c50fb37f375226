/** What the load runner and the server process it starts say to each other over IPC. */
export type ToServer = { kind: 'memory' } | { kind: 'close' };

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

export type FromServer = Ready | { kind: 'memory'; heapUsed: number; rss: number; gcRan: boolean };
