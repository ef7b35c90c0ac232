import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rotation from '../../../src/rules/kms/kms_key_rotation_enabled.js';
import pendingDeletion from '../../../src/rules/kms/kms_key_not_pending_deletion.js';
import notPublic from '../../../src/rules/kms/kms_key_policy_not_public.js';
import grantsBound from '../../../src/rules/kms/kms_key_policy_service_grants_bound.js';
import { failed, ok } from '../../../src/inventory/base.js';
import type { ResourceOf } from '../../../src/inventory/schema.js';
import { ACCOUNT, resource, run, statusOf } from '../../helpers/inventory.js';

type Key = ResourceOf<'AWS::KMS::Key'>;
const ROOT = { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' };
const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const key = (id: string, fields: Partial<Key> = {}): Key =>
  resource('AWS::KMS::Key', {
    id,
    keyManager: 'CUSTOMER',
    keyState: 'Enabled',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    origin: 'AWS_KMS',
    rotationEnabled: ok(true),
    policy: ok(doc(ROOT)),
    ...fields,
  });

describe('kms_key_rotation_enabled', () => {
  it('fails a customer managed symmetric key without rotation, passes one with it', () => {
    const f = run(rotation, [key('on'), key('off', { rotationEnabled: ok(false) })]);
    assert.equal(statusOf(f, 'on'), 'PASS');
    assert.equal(statusOf(f, 'off'), 'FAIL');
  });
  it('does not judge AWS managed, asymmetric, imported or pending-deletion keys', () => {
    const f = run(rotation, [
      key('aws', { keyManager: 'AWS', rotationEnabled: ok(null) }),
      key('rsa', { keySpec: 'RSA_2048', keyUsage: 'SIGN_VERIFY', rotationEnabled: ok(null) }),
      key('imported', { origin: 'EXTERNAL', rotationEnabled: ok(null) }),
      key('doomed', { keyState: 'PendingDeletion', rotationEnabled: ok(null) }),
    ]);
    assert.deepEqual(f, []);
  });
  it('is ERROR when the rotation status or the key metadata could not be read, or the unit failed', () => {
    const f = run(rotation, [
      key('denied', { rotationEnabled: failed('AccessDeniedException: no') }),
      key('unclassified', { keyManager: undefined, keySpec: undefined, rotationEnabled: failed('DescribeKey: AccessDeniedException'), policy: failed('DescribeKey: AccessDeniedException') }),
    ]);
    assert.equal(statusOf(f, 'denied'), 'ERROR');
    assert.equal(statusOf(f, 'unclassified'), 'ERROR');
    assert.equal(statusOf(run(rotation, [], { failed: [{ collector: 'kms.keys' }] })), 'ERROR');
  });
});

describe('kms_key_not_pending_deletion', () => {
  it('fails a key pending deletion, passes an enabled or disabled one, skips AWS managed keys', () => {
    const f = run(pendingDeletion, [
      key('doomed', { keyState: 'PendingDeletion', deletionDate: '2026-01-01T00:00:00.000Z', rotationEnabled: ok(null) }),
      key('live'),
      key('off', { keyState: 'Disabled' }),
      key('aws', { keyManager: 'AWS', keyState: 'PendingDeletion' }),
    ]);
    assert.equal(statusOf(f, 'doomed'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'doomed')!.message, /2026-01-01/);
    assert.equal(statusOf(f, 'live'), 'PASS');
    assert.equal(statusOf(f, 'off'), 'PASS');
    assert.equal(f.length, 3);
  });
  it('is ERROR for an unclassified key and when the unit failed', () => {
    assert.equal(statusOf(run(pendingDeletion, [key('x', { keyManager: undefined, policy: failed('DescribeKey: denied') })])), 'ERROR');
    assert.equal(statusOf(run(pendingDeletion, [], { failed: [{ collector: 'kms.keys' }] })), 'ERROR');
  });
});

describe('kms_key_policy_not_public', () => {
  it('fails "*" without restriction, passes the default policy and a kms:CallerAccount-restricted "*"', () => {
    const f = run(notPublic, [
      key('open', { policy: ok(doc(ROOT, { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:Decrypt', Resource: '*' })) }),
      key('default'),
      key('caller', { policy: ok(doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': ACCOUNT } } })) }),
      key('aws-managed', { keyManager: 'AWS', policy: ok(doc({ Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' })) }),
    ]);
    assert.equal(statusOf(f, 'open'), 'FAIL');
    assert.equal(statusOf(f, 'default'), 'PASS');
    assert.equal(statusOf(f, 'caller'), 'PASS');
    assert.equal(f.length, 3, 'AWS managed keys are not judged');
  });
  it('is ERROR when the key policy could not be read, or the unit failed', () => {
    assert.equal(statusOf(run(notPublic, [key('k', { policy: failed('AccessDeniedException: no') })])), 'ERROR');
    assert.equal(statusOf(run(notPublic, [], { failed: [{ collector: 'kms.keys' }] })), 'ERROR');
  });
});

describe('kms_key_policy_service_grants_bound', () => {
  const logsGrant = (Condition?: unknown) => ({
    Effect: 'Allow',
    Principal: { Service: 'logs.us-east-1.amazonaws.com' },
    Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:GenerateDataKey*'],
    Resource: '*',
    ...(Condition ? { Condition } : {}),
  });
  it('fails an unbound service grant, passes one bound by source or encryption context', () => {
    const f = run(grantsBound, [
      key('unbound', { policy: ok(doc(ROOT, logsGrant())) }),
      key('context', { policy: ok(doc(ROOT, logsGrant({ ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:*` } }))) }),
      key('source', { policy: ok(doc(ROOT, logsGrant({ StringEquals: { 'aws:SourceAccount': ACCOUNT } }))) }),
      key('none'),
    ]);
    assert.equal(statusOf(f, 'unbound'), 'FAIL');
    assert.equal(statusOf(f, 'context'), 'PASS');
    assert.equal(statusOf(f, 'source'), 'PASS');
    assert.equal(statusOf(f, 'none'), 'PASS');
  });
  it('does not judge a DescribeKey-only grant (CloudTrail\'s older key policy)', () => {
    const f = run(grantsBound, [key('ct', { policy: ok(doc(ROOT, { Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 'kms:DescribeKey', Resource: '*' })) })]);
    assert.equal(statusOf(f), 'PASS');
  });
  it('is ERROR when the key policy could not be read, or the unit failed', () => {
    assert.equal(statusOf(run(grantsBound, [key('k', { policy: failed('AccessDeniedException: no') })])), 'ERROR');
    assert.equal(statusOf(run(grantsBound, [], { failed: [{ collector: 'kms.keys' }] })), 'ERROR');
  });
});
