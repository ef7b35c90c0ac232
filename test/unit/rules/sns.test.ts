import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import encrypted from '../../../src/rules/sns/sns_topic_encrypted_with_kms.js';
import notPublic from '../../../src/rules/sns/sns_topic_policy_not_public.js';
import grantsBound from '../../../src/rules/sns/sns_topic_policy_service_grants_bound.js';
import { failed, ok } from '../../../src/inventory/base.js';
import { ACCOUNT, REGION, resource, run, statusOf } from '../../helpers/inventory.js';

const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
/** The policy SNS gives a new topic. */
const DEFAULT_POLICY = doc({
  Sid: '__default_statement_ID',
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: ['SNS:GetTopicAttributes', 'SNS:SetTopicAttributes', 'SNS:Subscribe', 'SNS:Publish'],
  Resource: `arn:aws:sns:${REGION}:${ACCOUNT}:t`,
  Condition: { StringEquals: { 'AWS:SourceOwner': ACCOUNT } },
});
const alarmPublish = (Condition?: unknown) => ({
  Effect: 'Allow',
  Principal: { Service: 'cloudwatch.amazonaws.com' },
  Action: 'sns:Publish',
  Resource: '*',
  ...(Condition ? { Condition } : {}),
});
const topic = (id: string, attrs: { kmsMasterKeyId?: string; policy?: unknown } | null | 'denied' = {}) =>
  resource('AWS::SNS::Topic', {
    id,
    name: id,
    arn: `arn:aws:sns:${REGION}:${ACCOUNT}:${id}`,
    attributes: attrs === 'denied' ? failed('AuthorizationError: no') : ok(attrs === null ? null : { subscriptionsConfirmed: 1, policy: DEFAULT_POLICY, ...attrs }),
  });

describe('sns_topic_encrypted_with_kms', () => {
  it('fails without a KMS key, passes with one', () => {
    const f = run(encrypted, [topic('enc', { kmsMasterKeyId: 'alias/aws/sns' }), topic('plain')]);
    assert.equal(statusOf(f, 'enc'), 'PASS');
    assert.equal(statusOf(f, 'plain'), 'FAIL');
  });
  it('is ERROR when attributes could not be read, or the unit failed', () => {
    assert.equal(statusOf(run(encrypted, [topic('x', 'denied')])), 'ERROR');
    assert.equal(statusOf(run(encrypted, [topic('gone', null)])), 'ERROR');
    assert.equal(statusOf(run(encrypted, [], { failed: [{ collector: 'sns.topics' }] })), 'ERROR');
  });
});

describe('sns_topic_policy_not_public', () => {
  it('passes the default policy, fails Publish open to "*"', () => {
    const f = run(notPublic, [
      topic('default'),
      topic('open', { policy: doc({ Effect: 'Allow', Principal: '*', Action: 'sns:Publish', Resource: '*' }) }),
      topic('no-policy', { policy: undefined }),
    ]);
    assert.equal(statusOf(f, 'default'), 'PASS');
    assert.equal(statusOf(f, 'open'), 'FAIL');
    assert.equal(statusOf(f, 'no-policy'), 'PASS');
  });
  it('is ERROR when attributes could not be read, or the unit failed', () => {
    assert.equal(statusOf(run(notPublic, [topic('x', 'denied')])), 'ERROR');
    assert.equal(statusOf(run(notPublic, [], { failed: [{ collector: 'sns.topics' }] })), 'ERROR');
  });
});

describe('sns_topic_policy_service_grants_bound', () => {
  it('fails an unbound CloudWatch grant, passes a bound one and the default policy', () => {
    const f = run(grantsBound, [
      topic('unbound', { policy: doc(alarmPublish()) }),
      topic('bound', { policy: doc(alarmPublish({ ArnLike: { 'aws:SourceArn': `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:*` } })) }),
      topic('default'),
    ]);
    assert.equal(statusOf(f, 'unbound'), 'FAIL');
    assert.equal(statusOf(f, 'bound'), 'PASS');
    assert.equal(statusOf(f, 'default'), 'PASS');
  });
  it('is ERROR when attributes could not be read, or the unit failed', () => {
    assert.equal(statusOf(run(grantsBound, [topic('x', 'denied')])), 'ERROR');
    assert.equal(statusOf(run(grantsBound, [], { failed: [{ collector: 'sns.topics' }] })), 'ERROR');
  });
});
