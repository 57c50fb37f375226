/**
 * `npm run scrub-responses -- <roundId> [--endpoint <url> | --aws] [--table <name>]`: removes from a
 * round's response items stored before the table kept only the day the digest of their answers and
 * comments (`bodyHash`) and their time of day (`receivedAt`), keeping the day (`receivedOn`). Such a
 * digest could be hashed against the round's comments to join a response to them. Safe to run again.
 * Exit status: 0 when done, 2 on error.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { RoundIdSchema } from '../../shared/ids';
import { dynamoResponses } from '../store/dynamo/responses';
import { TABLE } from '../store/table-design';
import { openTable, type TableTarget } from './table-connection';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const USAGE = 'Usage: npm run scrub-responses -- <roundId> [--endpoint <url> | --aws] [--table <name>]';

export interface ScrubCommandOptions extends TableTarget {
  roundId: string;
  table: string;
}

export const parseScrubArgs = (argv: string[]): ScrubCommandOptions => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
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
    ...(values.endpoint ? { endpoint: values.endpoint } : {}),
    aws: values.aws,
    table: values.table,
  };
};

export const runScrubCommand = async (
  options: ScrubCommandOptions,
  print: (text: string) => void = console.log,
): Promise<number> => {
  const { db, close } = await openTable(options);
  try {
    const scrubbed = await dynamoResponses(db, options.table).scrubLegacy(options.roundId);
    print(
      `Round ${options.roundId}: ${scrubbed} response${scrubbed === 1 ? '' : 's'} scrubbed of digest and time of day.`,
    );
    return 0;
  } finally {
    await close();
  }
};

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  try {
    process.exitCode = await runScrubCommand(parseScrubArgs(process.argv.slice(2)));
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 2;
  }
}
