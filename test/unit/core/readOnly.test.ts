import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ClientFactory } from '../../../src/aws/clientFactory.js';
import { readOnlyVerdict, ReadOnlyViolation } from '../../../src/aws/readOnly.js';

describe('read-only guard', () => {
  it('allows reads', () => {
    for (const op of ['DescribeSecurityGroups', 'ListRoles', 'GetBucketPolicy', 'BatchGetImage', 'SelectResourceConfig', 'LookupEvents', 'GetCallerIdentity', 'AssumeRole'])
      assert.equal(readOnlyVerdict(op).allowed, true, op);
  });
  it('refuses writes and reads that return secrets or create credentials', () => {
    for (const op of ['PutBucketPolicy', 'CreateRole', 'DeleteLogGroup', 'AuthorizeSecurityGroupIngress', 'StartConfigurationRecorder', 'TagResource', 'GetSecretValue', 'GetAuthorizationToken', 'GetObject', 'GetSessionToken', 'Describer', 'Getaway', 'ListenToMe'.replace('ListenToMe', 'Listen')])
      assert.equal(readOnlyVerdict(op).allowed, false, op);
  });
  it('stops a write before any request leaves the process', async () => {
    const { EC2Client, CreateVpcCommand } = await import('@aws-sdk/client-ec2');
    let sent = 0;
    const factory = new ClientFactory();
    const client = factory.get(EC2Client, 'us-east-1');
    // A transport that would record any request that got through.
    client.middlewareStack.add((next) => async (args) => (sent++, next(args)), { step: 'finalizeRequest', name: 'countSends' });
    await assert.rejects(client.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' })), ReadOnlyViolation);
    assert.equal(sent, 0);
    factory.destroy();
  });
});
