import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ClientFactory } from '../../../src/aws/clientFactory.js';
import { defineCollector } from '../../../src/collectors/defineCollector.js';
import { collectAccount } from '../../../src/collectors/run.js';

/** A dependent collector must not report `ok` over an input that could not be read. */
describe('collector inputs', () => {
  const denied = Object.assign(new Error('User is not authorized to perform: ec2:DescribeInstances'), { name: 'UnauthorizedOperation', $metadata: { httpStatusCode: 403 } });
  let dependentRan: string[] = [];
  const instances = defineCollector({
    id: 'ec2.instances',
    scope: 'regional',
    iamActions: [],
    produces: [],
    async collect(ctx) {
      if (ctx.region === 'us-west-2') throw denied;
      return [];
    },
  });
  const userData = defineCollector({
    id: 'ec2.instanceUserData',
    scope: 'regional',
    iamActions: [],
    produces: [],
    dependsOn: ['ec2.instances'],
    async collect(ctx) {
      dependentRan.push(ctx.region);
      return [];
    },
  });
  const accountWide = defineCollector({ id: 'x.accountWide', scope: 'global', iamActions: [], produces: [], dependsOn: ['ec2.instances'], async collect() { dependentRan.push('global'); return []; } });

  it('fails the dependent unit in the region whose input failed, and runs it where the input was read', async () => {
    dependentRan = [];
    const clients = new ClientFactory();
    const inv = await collectAccount({ clients, account: '111122223333', regions: ['us-east-1', 'us-west-2'], collectors: [instances, userData, accountWide], apiRegion: 'us-east-1' });
    clients.destroy();
    const status = (collector: string, region: string) => inv.collections.find((s) => s.collector === collector && s.region === region)!;
    assert.equal(status('ec2.instances', 'us-west-2').state, 'access-denied');
    assert.equal(status('ec2.instanceUserData', 'us-east-1').state, 'ok');
    const west = status('ec2.instanceUserData', 'us-west-2');
    assert.equal(west.state, 'access-denied');
    assert.match(west.message ?? '', /input ec2\.instances in us-west-2 could not be read/);
    // A global unit reads every region of the account, so one failed region fails it too.
    assert.equal(status('x.accountWide', 'global').state, 'access-denied');
    assert.deepEqual(dependentRan, ['us-east-1']);
  });
});
