import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import frequency from '../../../src/rules/config/config_recorder_recording_frequency_continuous.js';
import authz from '../../../src/rules/config/config_aggregation_authorization_to_trusted_accounts.js';
import deputy from '../../../src/rules/config/config_recorder_role_confused_deputy_prevention.js';
import snsNotify from '../../../src/rules/config/config_delivery_channel_sns_notifications_configured.js';
import allRegions from '../../../src/rules/config/config_recorder_enabled_all_regions.js';
import type { ResourceOf } from '../../../src/inventory/schema.js';
import { ACCOUNT, REGION, resource, run, statusOf } from '../../helpers/inventory.js';

type Recorder = ResourceOf<'AWS::Config::ConfigurationRecorder'>;
const OTHER = '999988887777';
const SLR = `arn:aws:iam::${ACCOUNT}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`;

const recorder = (id: string, f: Partial<Recorder> = {}) =>
  resource('AWS::Config::ConfigurationRecorder', {
    id,
    name: id,
    roleArn: SLR,
    recordingGroup: { allSupported: true, includeGlobalResourceTypes: true, resourceTypes: [], exclusionResourceTypes: [] },
    status: { ok: true, value: { recording: true } },
    ...f,
  });
const role = (name: string, trust: unknown) =>
  resource('AWS::IAM::Role', {
    id: name,
    name,
    arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
    region: 'global',
    path: '/',
    assumeRolePolicyDocument: trust,
    attachedPolicyArns: { ok: true, value: [] },
    inlinePolicies: { ok: true, value: [] },
  });
const configTrust = (condition?: unknown) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'config.amazonaws.com' }, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) }],
});

describe('config_recorder_recording_frequency_continuous', () => {
  it('passes continuous and unreported modes, fails daily defaults and unlisted daily overrides', () => {
    const f = run(frequency, [
      recorder('cont', { recordingMode: { recordingFrequency: 'CONTINUOUS', overrides: [] } }),
      recorder('unreported'),
      recorder('daily', { recordingMode: { recordingFrequency: 'DAILY', overrides: [] } }),
      recorder('override', { recordingMode: { recordingFrequency: 'CONTINUOUS', overrides: [{ recordingFrequency: 'DAILY', resourceTypes: ['AWS::EC2::SecurityGroup'] }] } }),
    ]);
    assert.equal(statusOf(f, 'cont'), 'PASS');
    assert.equal(statusOf(f, 'unreported'), 'PASS');
    assert.equal(statusOf(f, 'daily'), 'FAIL');
    assert.equal(statusOf(f, 'override'), 'FAIL');
    const allowed = run(frequency, [recorder('override', { recordingMode: { recordingFrequency: 'CONTINUOUS', overrides: [{ recordingFrequency: 'DAILY', resourceTypes: ['AWS::EC2::SecurityGroup'] }] } })], {
      params: { allowDailyResourceTypes: ['AWS::EC2::SecurityGroup'] },
    });
    assert.equal(statusOf(allowed), 'PASS');
  });
  it('is ERROR when recorders could not be read', () => assert.equal(statusOf(run(frequency, [], { failed: [{ collector: 'config.recorders' }] })), 'ERROR'));
});

describe('config_aggregation_authorization_to_trusted_accounts', () => {
  const auth = (acct: string) => resource('AWS::Config::AggregationAuthorization', { id: `auth-${acct}`, name: `${acct}/us-east-1`, authorizedAccountId: acct, authorizedAwsRegion: 'us-east-1' });
  it('fails an untrusted aggregator account, passes this account and trusted ones', () => {
    const f = run(authz, [auth(OTHER), auth(ACCOUNT)]);
    assert.equal(statusOf(f, `auth-${OTHER}`), 'FAIL');
    assert.equal(statusOf(f, `auth-${ACCOUNT}`), 'PASS');
    assert.equal(statusOf(run(authz, [auth(OTHER)], { params: { trustedAccountIds: [OTHER] } })), 'PASS');
  });
  it('is ERROR when authorizations could not be listed', () => assert.equal(statusOf(run(authz, [], { failed: [{ collector: 'config.aggregators' }] })), 'ERROR'));
});

describe('config_recorder_role_confused_deputy_prevention', () => {
  it('passes the service-linked role and a bound trust, fails an unbound one', () => {
    const f = run(deputy, [
      recorder('slr'),
      recorder('bound', { roleArn: `arn:aws:iam::${ACCOUNT}:role/config-bound` }),
      recorder('open', { roleArn: `arn:aws:iam::${ACCOUNT}:role/config-open` }),
      role('config-bound', configTrust({ StringEquals: { 'AWS:SourceAccount': ACCOUNT } })),
      role('config-open', configTrust()),
    ]);
    assert.equal(statusOf(f, 'slr'), 'PASS');
    assert.equal(statusOf(f, 'bound'), 'PASS');
    assert.equal(statusOf(f, 'open'), 'FAIL');
  });
  it('is ERROR when the role is not in the inventory or roles could not be listed', () => {
    assert.equal(statusOf(run(deputy, [recorder('x', { roleArn: `arn:aws:iam::${ACCOUNT}:role/gone` })])), 'ERROR');
    assert.equal(statusOf(run(deputy, [], { failed: [{ collector: 'iam.roles' }] })), 'ERROR');
  });
});

describe('config_delivery_channel_sns_notifications_configured', () => {
  const channel = (id: string, snsTopicArn?: string) => resource('AWS::Config::DeliveryChannel', { id, name: id, s3BucketName: 'b', snsTopicArn, status: { ok: true, value: {} } });
  it('passes with a topic, fails without', () => {
    const f = run(snsNotify, [channel('with', `arn:aws:sns:${REGION}:${ACCOUNT}:config`), channel('without')]);
    assert.equal(statusOf(f, 'with'), 'PASS');
    assert.equal(statusOf(f, 'without'), 'FAIL');
  });
  it('is ERROR when delivery channels could not be read', () => assert.equal(statusOf(run(snsNotify, [], { failed: [{ collector: 'config.deliveryChannels' }] })), 'ERROR'));
});

describe('config_recorder_enabled_all_regions', () => {
  const regions = ['us-east-1', 'eu-west-1'];
  it('passes when every scanned Region records, fails naming the Region that does not', () => {
    assert.equal(statusOf(run(allRegions, [recorder('a'), recorder('b', { region: 'eu-west-1' })], { regions })), 'PASS');
    const f = run(allRegions, [recorder('a'), recorder('b', { region: 'eu-west-1', status: { ok: true, value: { recording: false } } })], { regions });
    assert.equal(statusOf(f), 'FAIL');
    assert.match(f[0].message, /eu-west-1/);
    assert.equal(statusOf(run(allRegions, [recorder('a')], { regions })), 'FAIL');
  });
  it('is ERROR when a status is unreadable and nothing is known missing, or the collector failed in a Region', () => {
    assert.equal(statusOf(run(allRegions, [recorder('a'), recorder('b', { region: 'eu-west-1', status: { ok: false, error: 'denied' } })], { regions })), 'ERROR');
    assert.equal(statusOf(run(allRegions, [recorder('a')], { regions, failed: [{ collector: 'config.recorders', region: 'eu-west-1' }] })), 'ERROR');
  });
});
