import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sharing from '../../../src/rules/cloudwatch/cloudwatch_cross_account_sharing_role_trusts_trusted_accounts.js';
import flowAlarm from '../../../src/rules/cloudwatch/cloudwatch_vpc_flow_log_group_has_metric_alarm.js';
import topicSubs from '../../../src/rules/cloudwatch/cloudwatch_alarm_notification_topic_has_subscribers.js';
import logsCross from '../../../src/rules/logs/logs_resource_policy_cross_account_to_trusted_accounts.js';
import ctRetention from '../../../src/rules/logs/logs_cloudtrail_log_group_retention_at_least_min_days.js';
import kmsUsable from '../../../src/rules/logs/logs_log_group_kms_key_usable.js';
import canaryName from '../../../src/rules/synthetics/synthetics_canary_name_no_sensitive_info.js';
import canaryRunning from '../../../src/rules/synthetics/synthetics_canary_running.js';
import canaryAlarm from '../../../src/rules/synthetics/synthetics_canary_alarm_configured.js';
import canaryRole from '../../../src/rules/synthetics/synthetics_canary_execution_role_scoped_to_artifact_bucket.js';
import type { ResourceOf } from '../../../src/inventory/schema.js';
import { ACCOUNT, REGION, resource, run, statusOf } from '../../helpers/inventory.js';

type Alarm = ResourceOf<'AWS::CloudWatch::Alarm'>;
type Canary = ResourceOf<'AWS::Synthetics::Canary'>;
type Role = ResourceOf<'AWS::IAM::Role'>;
type LogGroup = ResourceOf<'AWS::Logs::LogGroup'>;

const OTHER = '999988887777';
const alarm = (id: string, f: Partial<Alarm> = {}) =>
  resource('AWS::CloudWatch::Alarm', { id, name: id, metricName: 'M', namespace: 'N', actionsEnabled: true, alarmActions: [], okActions: [], insufficientDataActions: [], ...f });
const canary = (id: string, f: Partial<Canary> = {}) =>
  resource('AWS::Synthetics::Canary', { id, name: id, state: 'RUNNING', runtimeSupport: { ok: true, value: {} }, ...f });
const role = (name: string, f: Partial<Role> = {}) =>
  resource('AWS::IAM::Role', {
    id: name,
    name,
    arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
    region: 'global',
    path: '/',
    assumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] },
    attachedPolicyArns: { ok: true, value: [] },
    inlinePolicies: { ok: true, value: [] },
    ...f,
  });
const logGroup = (id: string, f: Partial<LogGroup> = {}) =>
  resource('AWS::Logs::LogGroup', { id, name: id, arn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${id}`, dataProtectionPolicy: { ok: true, value: null }, ...f });
const trust = (principal: unknown, condition?: unknown) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) }],
});
const allow = (action: string, res: string) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: res }] });

describe('cloudwatch_cross_account_sharing_role_trusts_trusted_accounts', () => {
  const sharingRole = () => role('CloudWatch-CrossAccountSharingRole', { assumeRolePolicyDocument: trust({ AWS: `arn:aws:iam::${OTHER}:root` }) });
  it('passes without the sharing role, fails when it trusts an untrusted account, passes once that account is trusted', () => {
    assert.equal(statusOf(run(sharing, [role('other')])), 'PASS');
    const f = run(sharing, [sharingRole()]);
    assert.equal(statusOf(f), 'FAIL');
    assert.match(f[0].message, new RegExp(OTHER));
    assert.equal(statusOf(run(sharing, [sharingRole()], { params: { trustedAccountIds: [OTHER] } })), 'PASS');
  });
  it('fails a trust open to everyone even with trusted accounts set', () =>
    assert.equal(statusOf(run(sharing, [role('CloudWatch-CrossAccountSharingRole', { assumeRolePolicyDocument: trust({ AWS: '*' }) })], { params: { trustedAccountIds: [OTHER] } })), 'FAIL'));
  it('is ERROR when roles could not be listed', () => assert.equal(statusOf(run(sharing, [], { failed: [{ collector: 'iam.roles' }] })), 'ERROR'));
});

describe('cloudwatch_vpc_flow_log_group_has_metric_alarm', () => {
  const flow = (id: string, dest: string, type = 'cloud-watch-logs') =>
    resource('AWS::EC2::FlowLog', { id, name: id, resourceId: 'vpc-1', trafficType: 'ALL', logDestinationType: type, logDestination: dest, status: 'ACTIVE' });
  const filter = (group: string, metric: string) =>
    resource('AWS::Logs::MetricFilter', { id: `${group}/f`, name: 'rejects', logGroupName: group, filterPattern: '[..., action="REJECT", status]', metrics: [{ metricName: metric, metricNamespace: 'VPC' }] });
  it('passes when a filter metric of the group is alarmed, fails with a filter but no alarm, or no filter; skips S3 flow logs', () => {
    const f = run(flowAlarm, [
      flow('fl-good', `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/vpc/good:*`),
      flow('fl-noalarm', '/vpc/noalarm'),
      flow('fl-nofilter', '/vpc/nofilter'),
      flow('fl-s3', 'arn:aws:s3:::bucket', 's3'),
      filter('/vpc/good', 'Rejects'),
      filter('/vpc/noalarm', 'Other'),
      alarm('a', { metricName: 'Rejects', namespace: 'VPC' }),
    ]);
    assert.equal(statusOf(f, 'fl-good'), 'PASS');
    assert.equal(statusOf(f, 'fl-noalarm'), 'FAIL');
    assert.equal(statusOf(f, 'fl-nofilter'), 'FAIL');
    assert.equal(f.filter((x) => x.resource.id === 'fl-s3').length, 0);
  });
  it('is ERROR for a log group in another account, and when a collector failed', () => {
    assert.equal(statusOf(run(flowAlarm, [flow('fl-x', `arn:aws:logs:${REGION}:${OTHER}:log-group:central`)])), 'ERROR');
    assert.equal(statusOf(run(flowAlarm, [], { failed: [{ collector: 'logs.metricFilters' }] })), 'ERROR');
  });
});

describe('cloudwatch_alarm_notification_topic_has_subscribers', () => {
  const topicArn = (n: string, acct = ACCOUNT) => `arn:aws:sns:${REGION}:${acct}:${n}`;
  const topic = (n: string, confirmed: number | null) =>
    resource('AWS::SNS::Topic', { id: n, name: n, arn: topicArn(n), attributes: confirmed === null ? { ok: false, error: 'AccessDenied' } : { ok: true, value: { subscriptionsConfirmed: confirmed } } });
  it('passes with a subscribed topic, fails for an unsubscribed or missing topic, skips alarms without SNS actions', () => {
    const f = run(topicSubs, [
      topic('subscribed', 1),
      topic('lonely', 0),
      alarm('ok', { alarmActions: [topicArn('subscribed')] }),
      alarm('lonely', { alarmActions: [topicArn('lonely')] }),
      alarm('gone', { alarmActions: [topicArn('deleted')] }),
      alarm('autoscaling', { alarmActions: ['arn:aws:autoscaling:us-east-1:111122223333:scalingPolicy:x'] }),
    ]);
    assert.equal(statusOf(f, 'ok'), 'PASS');
    assert.equal(statusOf(f, 'lonely'), 'FAIL');
    assert.equal(statusOf(f, 'gone'), 'FAIL');
    assert.equal(f.filter((x) => x.resource.id === 'autoscaling').length, 0);
  });
  it('is ERROR for a topic in another account or with unreadable attributes, and when topics could not be listed', () => {
    const f = run(topicSubs, [topic('secret', null), alarm('x', { alarmActions: [topicArn('central', OTHER)] }), alarm('y', { alarmActions: [topicArn('secret')] })]);
    assert.equal(statusOf(f, 'x'), 'ERROR');
    assert.equal(statusOf(f, 'y'), 'ERROR');
    assert.equal(statusOf(run(topicSubs, [], { failed: [{ collector: 'sns.topics' }] })), 'ERROR');
  });
});

describe('logs_resource_policy_cross_account_to_trusted_accounts', () => {
  const policy = (id: string, principal: unknown) =>
    resource('AWS::Logs::ResourcePolicy', { id, name: id, policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'logs:PutLogEvents', Resource: '*' }] } });
  it('fails a grant to an untrusted account, passes own-account and trusted grants', () => {
    const f = run(logsCross, [policy('ext', { AWS: `arn:aws:iam::${OTHER}:root` }), policy('own', { AWS: `arn:aws:iam::${ACCOUNT}:root` })]);
    assert.equal(statusOf(f, 'ext'), 'FAIL');
    assert.equal(statusOf(f, 'own'), 'PASS');
    assert.equal(statusOf(run(logsCross, [policy('ext', { AWS: OTHER })], { params: { trustedAccountIds: [OTHER] } })), 'PASS');
  });
  it('is ERROR when resource policies could not be read', () => assert.equal(statusOf(run(logsCross, [], { failed: [{ collector: 'logs.resourcePolicies' }] })), 'ERROR'));
});

describe('logs_cloudtrail_log_group_retention_at_least_min_days', () => {
  const trail = (name: string, group: string) =>
    resource('AWS::CloudTrail::Trail', {
      id: name,
      name,
      homeRegion: REGION,
      isMultiRegionTrail: true,
      isOrganizationTrail: false,
      logFileValidationEnabled: true,
      cloudWatchLogsLogGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${group}:*`,
      status: { ok: true, value: { isLogging: true } },
      managementEventsAll: { ok: true, value: true },
    });
  it('judges only trail log groups: short fails, a year and never-expire pass', () => {
    const f = run(ctRetention, [trail('t1', '/ct/short'), trail('t2', '/ct/year'), trail('t3', '/ct/forever'), logGroup('/ct/short', { retentionInDays: 90 }), logGroup('/ct/year', { retentionInDays: 365 }), logGroup('/ct/forever'), logGroup('/app', { retentionInDays: 7 })]);
    assert.equal(statusOf(f, '/ct/short'), 'FAIL');
    assert.equal(statusOf(f, '/ct/year'), 'PASS');
    assert.equal(statusOf(f, '/ct/forever'), 'PASS');
    assert.equal(f.filter((x) => x.resource.id === '/app').length, 0);
    assert.equal(statusOf(run(ctRetention, [trail('t1', '/ct/short'), logGroup('/ct/short', { retentionInDays: 90 })], { params: { minRetentionDays: 90 } })), 'PASS');
  });
  it('is ERROR when trails could not be read', () => assert.equal(statusOf(run(ctRetention, [], { failed: [{ collector: 'cloudtrail.trails' }] })), 'ERROR'));
});

describe('logs_log_group_kms_key_usable', () => {
  const key = (id: string, keyState: string) =>
    resource('AWS::KMS::Key', { id, arn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`, keyState, rotationEnabled: { ok: true, value: true }, policy: { ok: true, value: null } });
  it('passes an enabled key, fails a disabled or pending-deletion key, skips unencrypted groups', () => {
    const f = run(kmsUsable, [
      key('k-on', 'Enabled'),
      key('k-off', 'Disabled'),
      key('k-del', 'PendingDeletion'),
      logGroup('/on', { kmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k-on` }),
      logGroup('/off', { kmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k-off` }),
      logGroup('/del', { kmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k-del` }),
      logGroup('/plain'),
    ]);
    assert.equal(statusOf(f, '/on'), 'PASS');
    assert.equal(statusOf(f, '/off'), 'FAIL');
    assert.equal(statusOf(f, '/del'), 'FAIL');
    assert.equal(f.filter((x) => x.resource.id === '/plain').length, 0);
  });
  it('finds the key by ARN, by key id, or by the key id at the end of the ARN the group names', () => {
    const replica = resource('AWS::KMS::Key', { id: 'mrk-1', arn: `arn:aws:kms:us-west-2:${ACCOUNT}:key/mrk-1`, keyState: 'Disabled', rotationEnabled: { ok: true, value: true }, policy: { ok: true, value: null } });
    const f = run(kmsUsable, [key('k-on', 'Enabled'), replica, logGroup('/by-id', { kmsKeyId: 'k-on' }), logGroup('/by-tail', { kmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/mrk-1` })]);
    assert.equal(statusOf(f, '/by-id'), 'PASS');
    assert.equal(statusOf(f, '/by-tail'), 'FAIL');
  });
  it('is ERROR for a key not in the inventory, and when keys could not be listed', () => {
    assert.equal(statusOf(run(kmsUsable, [logGroup('/x', { kmsKeyId: `arn:aws:kms:${REGION}:${OTHER}:key/k` })])), 'ERROR');
    assert.equal(statusOf(run(kmsUsable, [], { failed: [{ collector: 'kms.keys' }] })), 'ERROR');
  });
});

describe('synthetics_canary_name_no_sensitive_info', () => {
  it('fails names with a credential, an e-mail or a listed proprietary term; passes a neutral name', () => {
    const f = run(canaryName, [canary('AKIAIOSFODNN7EXAMPLE'), canary('alice@example.com-check'), canary('project-bluebird-login'), canary('checkout-api')], { params: { extraPatterns: ['bluebird'] } });
    assert.equal(statusOf(f, 'AKIAIOSFODNN7EXAMPLE'), 'FAIL');
    assert.equal(statusOf(f, 'alice@example.com-check'), 'FAIL');
    assert.equal(statusOf(f, 'project-bluebird-login'), 'FAIL');
    assert.equal(statusOf(f, 'checkout-api'), 'PASS');
    assert.ok(!f.find((x) => x.resource.id === 'alice@example.com-check')!.message.includes('alice'));
  });
  it('is ERROR when canaries could not be read', () => assert.equal(statusOf(run(canaryName, [], { failed: [{ collector: 'synthetics.canaries' }] })), 'ERROR'));
});

describe('synthetics_canary_running', () => {
  it('passes RUNNING, fails STOPPED, ERROR and READY, leaves transitional states out', () => {
    const f = run(canaryRunning, [canary('run'), canary('stop', { state: 'STOPPED' }), canary('err', { state: 'ERROR' }), canary('ready', { state: 'READY' }), canary('upd', { state: 'UPDATING' })]);
    assert.equal(statusOf(f, 'run'), 'PASS');
    assert.equal(statusOf(f, 'stop'), 'FAIL');
    assert.equal(statusOf(f, 'err'), 'FAIL');
    assert.equal(statusOf(f, 'ready'), 'FAIL');
    assert.equal(f.filter((x) => x.resource.id === 'upd').length, 0);
  });
  it('is ERROR when canaries could not be read', () => assert.equal(statusOf(run(canaryRunning, [], { failed: [{ collector: 'synthetics.canaries' }] })), 'ERROR'));
});

describe('synthetics_canary_alarm_configured', () => {
  const dims = (name: string) => [{ name: 'CanaryName', value: name }];
  it('passes with a notifying SuccessPercent alarm (direct or metric math), fails without one or when it cannot notify', () => {
    const f = run(canaryAlarm, [
      canary('good'),
      canary('math'),
      canary('silent'),
      canary('none'),
      canary('stopped', { state: 'STOPPED' }),
      alarm('a-good', { namespace: 'CloudWatchSynthetics', metricName: 'SuccessPercent', dimensions: dims('good'), alarmActions: ['arn:aws:sns:us-east-1:111122223333:t'] }),
      alarm('a-math', { namespace: undefined, metricName: undefined, queryMetrics: [{ namespace: 'CloudWatchSynthetics', metricName: 'Failed', dimensions: dims('math') }], alarmActions: ['arn:aws:sns:us-east-1:111122223333:t'] }),
      alarm('a-silent', { namespace: 'CloudWatchSynthetics', metricName: 'SuccessPercent', dimensions: dims('silent'), actionsEnabled: false, alarmActions: ['arn:aws:sns:us-east-1:111122223333:t'] }),
      alarm('a-duration', { namespace: 'CloudWatchSynthetics', metricName: 'Duration', dimensions: dims('none'), alarmActions: ['arn:aws:sns:us-east-1:111122223333:t'] }),
    ]);
    assert.equal(statusOf(f, 'good'), 'PASS');
    assert.equal(statusOf(f, 'math'), 'PASS');
    assert.equal(statusOf(f, 'silent'), 'FAIL');
    assert.equal(statusOf(f, 'none'), 'FAIL');
    assert.equal(f.filter((x) => x.resource.id === 'stopped').length, 0);
  });
  it('is ERROR when alarms could not be read', () => assert.equal(statusOf(run(canaryAlarm, [canary('c')], { failed: [{ collector: 'cloudwatch.alarms' }] })), 'ERROR'));
});

describe('synthetics_canary_execution_role_scoped_to_artifact_bucket', () => {
  const c = (id: string, roleName: string) => canary(id, { executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/${roleName}`, artifactS3Location: 's3://cw-syn-results-111122223333-us-east-1/canary/x' });
  const managed = (name: string, doc: unknown) =>
    resource('AWS::IAM::ManagedPolicy', { id: name, name, arn: `arn:aws:iam::${ACCOUNT}:policy/${name}`, region: 'global', attachmentCount: 1, document: { ok: true, value: doc } });
  it('passes a role scoped to its bucket, fails one that may write anywhere (inline or attached)', () => {
    const f = run(canaryRole, [
      c('scoped', 'scoped-role'),
      c('wide', 'wide-role'),
      c('wide-managed', 'wide-managed-role'),
      role('scoped-role', {
        inlinePolicies: { ok: true, value: [{ name: 'p', document: allow('s3:PutObject', 'arn:aws:s3:::cw-syn-results-111122223333-us-east-1/canary/*') }] },
        attachedPolicyArns: { ok: true, value: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'] },
      }),
      role('wide-role', { inlinePolicies: { ok: true, value: [{ name: 'p', document: allow('s3:*', '*') }] } }),
      role('wide-managed-role', { attachedPolicyArns: { ok: true, value: [`arn:aws:iam::${ACCOUNT}:policy/broad`] } }),
      managed('broad', allow('s3:Put*', 'arn:aws:s3:::*/*')),
    ]);
    assert.equal(statusOf(f, 'scoped'), 'PASS');
    assert.equal(statusOf(f, 'wide'), 'FAIL');
    assert.equal(statusOf(f, 'wide-managed'), 'FAIL');
  });
  it('is ERROR when the role is missing, a policy is unreadable, an unknown AWS managed policy is attached, or roles were not collected', () => {
    const f = run(canaryRole, [
      c('missing', 'nope'),
      c('unreadable', 'r1'),
      c('aws-managed', 'r2'),
      role('r1', { inlinePolicies: { ok: false, error: 'AccessDenied' } }),
      role('r2', { attachedPolicyArns: { ok: true, value: ['arn:aws:iam::aws:policy/AmazonS3FullAccess'] } }),
    ]);
    assert.equal(statusOf(f, 'missing'), 'ERROR');
    assert.equal(statusOf(f, 'unreadable'), 'ERROR');
    assert.equal(statusOf(f, 'aws-managed'), 'ERROR');
    assert.equal(statusOf(run(canaryRole, [], { failed: [{ collector: 'iam.policies' }] })), 'ERROR');
  });
});
