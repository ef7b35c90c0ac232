import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NetworkAnalysis } from '../../../src/analysis/network/reachability.js';
import { ClientFactory } from '../../../src/aws/clientFactory.js';
import { defineCollector } from '../../../src/collectors/defineCollector.js';
import { collectAccount } from '../../../src/collectors/run.js';
import { Inventory } from '../../../src/inventory/inventory.js';
import { INVENTORY_FORMAT, INVENTORY_VERSION, type Resource } from '../../../src/inventory/schema.js';

/**
 * Real accounts hold hundreds of thousands of one kind of resource (285,000 log groups is a known
 * estate). Passing such a list as call arguments (`push(...list)`) overflows the stack, which at
 * scan time turned into ERROR for every exposure rule of the account.
 */
const MANY = 300_000;
const ACCOUNT = '111122223333';

describe('units with hundreds of thousands of resources', () => {
  it('are collected whole', async () => {
    const logGroups = defineCollector({
      id: 'logs.groups',
      scope: 'regional',
      iamActions: [],
      produces: [],
      async collect(ctx) {
        return Array.from({ length: MANY }, (_, i) => ({ type: 'AWS::Logs::LogGroup', id: `/app/${i}`, account: ctx.account, region: ctx.region, tags: {} }) as unknown as Resource);
      },
    });
    const clients = new ClientFactory();
    const saved = await collectAccount({ clients, account: ACCOUNT, regions: ['us-east-1'], collectors: [logGroups], apiRegion: 'us-east-1' });
    clients.destroy();
    assert.equal(saved.collections[0].state, 'ok');
    assert.equal(saved.resources.length, MANY);
  });

  it('are analysed for network exposure', () => {
    const resources = Array.from({ length: MANY }, (_, i) => ({ type: 'AWS::EC2::NetworkInterface', id: `eni-${i}`, account: ACCOUNT, region: 'us-east-1', tags: {}, vpcId: 'vpc-1', subnetId: 'subnet-1', securityGroupIds: [`sg-${i % 10}`], privateIpAddresses: ['10.0.0.1'], publicIps: [], ipv6Addresses: [] }) as unknown as Resource);
    const inventory = new Inventory({ format: INVENTORY_FORMAT, version: INVENTORY_VERSION, collectedAt: new Date().toISOString(), accounts: [ACCOUNT], regions: ['us-east-1'], collections: [], resources });
    const analysis = new NetworkAnalysis(inventory, ACCOUNT);
    assert.equal(analysis.model.interfaces.length, MANY);
    assert.equal(analysis.model.interfacesByGroup.get('sg-3')?.length, MANY / 10);
  });
});
