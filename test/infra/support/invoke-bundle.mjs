/**
 * Runs in a fresh Node process: imports a built Lambda bundle (argv[2]) and invokes its handler with
 * each API Gateway HTTP API (v2) event read as JSON from stdin, printing the results as JSON.
 */
import { pathToFileURL } from 'node:url';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const events = JSON.parse(input);
const { handler } = await import(pathToFileURL(process.argv[2]).href);

const context = (i) => ({
  functionName: 'promise-check-api',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-west-2:123456789012:function:promise-check-api',
  memoryLimitInMB: '1024',
  awsRequestId: `test-request-${i}`,
  logGroupName: '/aws/lambda/promise-check-api',
  logStreamName: 'test',
  callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => 10_000,
});

const results = [];
for (const [i, event] of events.entries()) results.push(await handler(event, context(i)));
process.stdout.write(`\n@@RESULTS@@${JSON.stringify(results)}\n`);
