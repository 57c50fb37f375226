/**
 * `npm run reconcile -- <roundId> [--repair] [--json]`: recounts a round from its raw records, compares
 * with its counters, prints every difference and, with --repair, writes them back (safe to run twice).
 *
 * Where it looks: by default the local data in .data/ (the DynamoDB Local that `npm start` runs, or one
 * started for the command and stopped after); `--endpoint <url>` for another DynamoDB Local; `--aws` for
 * DynamoDB in AWS with the usual credentials and AWS_REGION. `--table` names the table (default promise-check).
 * Exit status: 0 when nothing differs (or the repair left nothing), 1 when differences remain, 2 on error.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { RoundIdSchema } from '../../shared/ids';
import { formatReport } from '../jobs/reconcile-report';
import { RoundNotFoundError, reconcileRound } from '../jobs/reconcile-round';
import { dynamoStore } from '../store/dynamo';
import { dynamoReconcile } from '../store/dynamo/reconcile';
import { TABLE } from '../store/table-design';
import { openTable } from './table-connection';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const USAGE = 'Usage: npm run reconcile -- <roundId> [--repair] [--json] [--endpoint <url> | --aws] [--table <name>]';

export interface ReconcileCommandOptions {
  roundId: string;
  repair: boolean;
  json: boolean;
  endpoint?: string;
  aws: boolean;
  table: string;
}

export const parseReconcileArgs = (argv: string[]): ReconcileCommandOptions => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      repair: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      endpoint: { type: 'string' },
      aws: { type: 'boolean', default: false },
      table: { type: 'string', default: TABLE.defaultName },
    },
  });
  if (positionals.length !== 1) throw new Error(`Name one round.\n${USAGE}`);
  const roundId = RoundIdSchema.safeParse(positionals[0]);
  if (!roundId.success)
    throw new Error(`"${positionals[0]}" is not a round id: ${roundId.error.issues[0]?.message}.\n${USAGE}`);
  if (values.aws && values.endpoint) throw new Error(`Give --endpoint or --aws, not both.\n${USAGE}`);
  return {
    roundId: roundId.data,
    repair: values.repair,
    json: values.json,
    ...(values.endpoint ? { endpoint: values.endpoint } : {}),
    aws: values.aws,
    table: values.table,
  };
};

/** Runs the command; returns the exit status. */
export const runReconcileCommand = async (
  options: ReconcileCommandOptions,
  print: (text: string) => void = console.log,
): Promise<number> => {
  const { db, endpoint, close } = await openTable(options);
  try {
    const report = await reconcileRound(
      { store: dynamoStore(db, options.table), reconcile: dynamoReconcile(db, options.table), now: () => new Date() },
      options.roundId,
      { repair: options.repair },
    );
    print(options.json ? JSON.stringify(report, null, 2) : formatReport(report));
    const remaining = report.afterRepair ? report.afterRepair.differences : report.differences;
    return remaining === 0 ? 0 : 1;
  } catch (e) {
    if (e instanceof RoundNotFoundError) {
      print(`${e.message} in table ${options.table}${endpoint ? ` at ${endpoint}` : ''}.`);
      return 2;
    }
    throw e;
  } finally {
    await close();
  }
};

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  try {
    process.exitCode = await runReconcileCommand(parseReconcileArgs(process.argv.slice(2)));
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 2;
  }
}
