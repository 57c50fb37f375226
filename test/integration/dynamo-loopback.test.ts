/**
 * DynamoDB Local has no password. The one every test and `npm start` use must not answer other machines:
 * with a JDK it listens on 127.0.0.1 only; with a Java runtime alone `npm start` finds it open and refuses.
 */
import { describe, expect, inject, it } from 'vitest';
import { dynamoListensOnLoopbackOnly } from '../../functions/local/dynamo-local';
import { outsideAddresses, reachableOn, refusedOpenDynamo } from '../../functions/local/exposure';

describe('DynamoDB Local started here', () => {
  it('answers on this machine and, with a JDK, on none of its network addresses', async () => {
    const port = Number(new URL(inject('dynamoEndpoint')).port);
    expect(await reachableOn(port, ['127.0.0.1'])).toEqual(['127.0.0.1']);
    const outside = outsideAddresses();
    const open = await reachableOn(port, outside);
    if (dynamoListensOnLoopbackOnly()) expect(open).toEqual([]);
    else {
      // A runtime without the compiler: DynamoDB Local listens everywhere, and npm start says so and stops.
      expect(open).toEqual(outside);
      if (outside.length > 0) expect(refusedOpenDynamo(open, port, [])).toMatch(/install a JDK/);
    }
  });
});
