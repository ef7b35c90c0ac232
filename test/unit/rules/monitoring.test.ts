import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import alarmAction from '../../../src/rules/cloudwatch/cloudwatch_alarm_action_for_alarm_state.js';
import alarmEnabled from '../../../src/rules/cloudwatch/cloudwatch_alarm_actions_enabled.js';
import logsKms from '../../../src/rules/logs/logs_log_group_encrypted_with_kms.js';
import logsRetention from '../../../src/rules/logs/logs_log_group_retention_at_least_min_days.js';
import logsDataProtection from '../../../src/rules/logs/logs_log_group_data_protection_policy_enabled.js';
import logsPublic from '../../../src/rules/logs/logs_resource_policy_not_public.js';
import logsDeputy from '../../../src/rules/logs/logs_resource_policy_service_grants_bound.js';
import canaryKms from '../../../src/rules/synthetics/synthetics_canary_artifacts_encrypted_with_kms.js';
import canaryVpc from '../../../src/rules/synthetics/synthetics_canary_runs_in_vpc.js';
import canaryRuntime from '../../../src/rules/synthetics/synthetics_canary_runtime_supported.js';
import type { ResourceOf } from '../../../src/inventory/schema.js';
import { needsDataProtectionCall } from '../../../src/collectors/aws/monitoring.js';
import { resource, run, statusOf } from '../../helpers/inventory.js';

type Alarm = ResourceOf<'AWS::CloudWatch::Alarm'>;
type LogGroup = ResourceOf<'AWS::Logs::LogGroup'>;
type Canary = ResourceOf<'AWS::Synthetics::Canary'>;

const alarm = (id: string, f: Partial<Alarm> = {}) =>
  resource('AWS::CloudWatch::Alarm', { id, name: id, metricName: 'M', namespace: 'N', actionsEnabled: true, alarmActions: [], okActions: [], insufficientDataActions: [], ...f });
const logGroup = (id: string, f: Partial<LogGroup> = {}) => resource('AWS::Logs::LogGroup', { id, name: id, dataProtectionPolicy: { ok: true, value: null }, ...f });
const policy = (id: string, doc: unknown) => resource('AWS::Logs::ResourcePolicy', { id, name: id, policyDocument: doc });
const canary = (id: string, f: Partial<Canary> = {}) =>
  resource('AWS::Synthetics::Canary', { id, name: id, runtimeVersion: 'syn-nodejs-puppeteer-9.1', runtimeSupport: { ok: true, value: {} }, ...f });

describe('cloudwatch_alarm_action_for_alarm_state', () => {
  it('fails an alarm with no ALARM action, even with OK actions; passes one that notifies', () => {
    const f = run(alarmAction, [alarm('a-none', { okActions: ['arn:aws:sns:us-east-1:111122223333:t'] }), alarm('a-sns', { alarmActions: ['arn:aws:sns:us-east-1:111122223333:t'] })]);
    assert.equal(statusOf(f, 'a-none'), 'FAIL');
    assert.equal(statusOf(f, 'a-sns'), 'PASS');
  });
  it('is ERROR when alarms could not be read', () => assert.equal(statusOf(run(alarmAction, [], { failed: [{ collector: 'cloudwatch.alarms' }] })), 'ERROR'));
});

describe('cloudwatch_alarm_actions_enabled', () => {
  it('fails when actions are deactivated, passes when activated', () => {
    const f = run(alarmEnabled, [alarm('off', { actionsEnabled: false, alarmActions: ['arn:aws:sns:us-east-1:111122223333:t'] }), alarm('on')]);
    assert.equal(statusOf(f, 'off'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'off')!.message, /never run/);
    assert.equal(statusOf(f, 'on'), 'PASS');
  });
  it('is ERROR when alarms could not be read', () => assert.equal(statusOf(run(alarmEnabled, [], { failed: [{ collector: 'cloudwatch.alarms', state: 'throttled' }] })), 'ERROR'));
});

describe('logs_log_group_encrypted_with_kms', () => {
  it('fails without a key, passes with one', () => {
    const f = run(logsKms, [logGroup('/plain'), logGroup('/kms', { kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/1' })]);
    assert.equal(statusOf(f, '/plain'), 'FAIL');
    assert.equal(statusOf(f, '/kms'), 'PASS');
  });
  it('is ERROR when log groups could not be read', () => assert.equal(statusOf(run(logsKms, [], { failed: [{ collector: 'logs.logGroups' }] })), 'ERROR'));
});

describe('logs_log_group_retention_at_least_min_days', () => {
  const groups = () => [
    logGroup('/short', { retentionInDays: 14 }),
    logGroup('/year', { retentionInDays: 365 }),
    logGroup('/forever'),
    logGroup('/delivery', { retentionInDays: 1, logGroupClass: 'DELIVERY' }),
  ];
  it('fails below 365 days, passes at 365 and for never-expire, leaves Delivery-class groups out', () => {
    const f = run(logsRetention, groups());
    assert.equal(statusOf(f, '/short'), 'FAIL');
    assert.equal(statusOf(f, '/year'), 'PASS');
    assert.equal(statusOf(f, '/forever'), 'PASS');
    assert.equal(f.filter((x) => x.resource.id === '/delivery').length, 0);
  });
  it('honours minRetentionDays', () => {
    const f = run(logsRetention, groups(), { params: { minRetentionDays: 400 } });
    assert.equal(statusOf(f, '/year'), 'FAIL');
    assert.equal(statusOf(f, '/forever'), 'PASS');
    assert.equal(statusOf(run(logsRetention, groups(), { params: { minRetentionDays: 7 } }), '/short'), 'PASS');
  });
  it('is ERROR when log groups could not be read', () => assert.equal(statusOf(run(logsRetention, [], { failed: [{ collector: 'logs.logGroups' }] })), 'ERROR'));
});

describe('logs.logGroups: when the data protection policy is read', () => {
  it('reads it for ACTIVATED or an absent status, and trusts DISABLED, DELETED and ARCHIVED', () => {
    assert.equal(needsDataProtectionCall('ACTIVATED'), true);
    assert.equal(needsDataProtectionCall(undefined), true);
    for (const s of ['DISABLED', 'DELETED', 'ARCHIVED']) assert.equal(needsDataProtectionCall(s), false, s);
  });
});

describe('logs_log_group_data_protection_policy_enabled', () => {
  const doc = { Name: 'p', Version: '2021-06-01', Statement: [{ DataIdentifier: ['arn:aws:dataprotection::aws:data-identifier/EmailAddress'], Operation: { Deidentify: { MaskConfig: {} } } }] };
  it('passes with its own policy or the inherited account policy, fails without', () => {
    const f = run(logsDataProtection, [
      logGroup('/own', { dataProtectionStatus: 'ACTIVATED', dataProtectionPolicy: { ok: true, value: doc } }),
      logGroup('/inherited', { inheritedProperties: ['ACCOUNT_DATA_PROTECTION'], dataProtectionPolicy: { ok: true, value: null } }),
      logGroup('/none'),
      logGroup('/disabled', { dataProtectionStatus: 'DISABLED' }),
    ]);
    assert.equal(statusOf(f, '/own'), 'PASS');
    assert.match(f.find((x) => x.resource.id === '/own')!.message, /EmailAddress/);
    assert.equal(statusOf(f, '/inherited'), 'PASS');
    assert.equal(statusOf(f, '/none'), 'FAIL');
    assert.equal(statusOf(f, '/disabled'), 'FAIL');
  });
  it('is ERROR, not FAIL, when the policy could not be read', () => {
    assert.equal(statusOf(run(logsDataProtection, [logGroup('/x', { dataProtectionPolicy: { ok: false, error: 'AccessDeniedException' } })])), 'ERROR');
    assert.equal(statusOf(run(logsDataProtection, [], { failed: [{ collector: 'logs.logGroups' }] })), 'ERROR');
  });
});

describe('logs_resource_policy_not_public', () => {
  const stmt = (principal: unknown, condition?: unknown) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'logs:PutLogEvents', Resource: '*', ...(condition ? { Condition: condition } : {}) }] });
  it('fails for Principal "*" without a restricting condition', () => {
    const f = run(logsPublic, [policy('star', stmt('*')), policy('aws-star', stmt({ AWS: '*' })), policy('wildcard-cond', stmt('*', { StringLike: { 'aws:SourceAccount': '*' } }))]);
    for (const id of ['star', 'aws-star', 'wildcard-cond']) assert.equal(statusOf(f, id), 'FAIL', id);
  });
  it('passes for a named service, or "*" restricted by SourceAccount, SourceArn, PrincipalOrgID or PrincipalAccount', () => {
    const f = run(logsPublic, [
      policy('svc', stmt({ Service: 'route53.amazonaws.com' })),
      policy('acct', stmt('*', { StringEquals: { 'aws:SourceAccount': '111122223333' } })),
      policy('arn', stmt('*', { ArnLike: { 'aws:SourceArn': 'arn:aws:events:us-east-1:111122223333:rule/*' } })),
      policy('org', stmt('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } })),
      policy('pacct', stmt('*', { StringEquals: { 'aws:PrincipalAccount': '111122223333' } })),
    ]);
    for (const id of ['svc', 'acct', 'arn', 'org', 'pacct']) assert.equal(statusOf(f, id), 'PASS', id);
  });
  it('is ERROR when resource policies could not be read', () => assert.equal(statusOf(run(logsPublic, [], { failed: [{ collector: 'logs.resourcePolicies' }] })), 'ERROR'));
});

describe('logs_resource_policy_service_grants_bound', () => {
  const svc = (condition?: unknown) => ({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*', ...(condition ? { Condition: condition } : {}) }],
  });
  it('fails an unbound service grant, passes one bound by SourceAccount or SourceArn', () => {
    const f = run(logsDeputy, [
      policy('unbound', svc()),
      policy('negated', svc({ StringNotEquals: { 'aws:SourceAccount': '999988887777' } })),
      policy('account', svc({ StringEquals: { 'aws:SourceAccount': '111122223333' } })),
      policy('arn', svc({ ArnLike: { 'aws:SourceArn': 'arn:aws:logs:us-east-1:111122223333:*' } })),
    ]);
    assert.equal(statusOf(f, 'unbound'), 'FAIL');
    assert.equal(statusOf(f, 'negated'), 'FAIL');
    assert.equal(statusOf(f, 'account'), 'PASS');
    assert.equal(statusOf(f, 'arn'), 'PASS');
  });
  it('is ERROR when resource policies could not be read', () => assert.equal(statusOf(run(logsDeputy, [], { failed: [{ collector: 'logs.resourcePolicies' }] })), 'ERROR'));
});

describe('synthetics_canary_artifacts_encrypted_with_kms', () => {
  it('passes SSE_KMS with a key; fails SSE_S3 and the default', () => {
    const f = run(canaryKms, [
      canary('kms', { artifactEncryption: { encryptionMode: 'SSE_KMS', kmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/1' } }),
      canary('s3', { artifactEncryption: { encryptionMode: 'SSE_S3' } }),
      canary('default'),
    ]);
    assert.equal(statusOf(f, 'kms'), 'PASS');
    assert.equal(statusOf(f, 's3'), 'FAIL');
    assert.equal(statusOf(f, 'default'), 'FAIL');
  });
  it('is ERROR when canaries could not be read', () => assert.equal(statusOf(run(canaryKms, [], { failed: [{ collector: 'synthetics.canaries' }] })), 'ERROR'));
});

describe('synthetics_canary_runs_in_vpc', () => {
  it('passes with subnets, fails without a VPC configuration', () => {
    const f = run(canaryVpc, [canary('in', { vpcConfig: { vpcId: 'vpc-1', subnetIds: ['subnet-1'], securityGroupIds: ['sg-1'] } }), canary('out')]);
    assert.equal(statusOf(f, 'in'), 'PASS');
    assert.equal(statusOf(f, 'out'), 'FAIL');
  });
  it('is ERROR when canaries could not be read', () => assert.equal(statusOf(run(canaryVpc, [], { failed: [{ collector: 'synthetics.canaries' }] })), 'ERROR'));
});

describe('synthetics_canary_runtime_supported', () => {
  const asOf = new Date('2026-01-15T00:00:00Z');
  it('fails past the deprecation date, passes before it or with none', () => {
    const f = run(
      canaryRuntime,
      [
        canary('old', { runtimeVersion: 'syn-nodejs-puppeteer-3.9', runtimeSupport: { ok: true, value: { deprecationDate: '2024-01-08T00:00:00.000Z' } } }),
        canary('ending', { runtimeVersion: 'syn-nodejs-puppeteer-7.0', runtimeSupport: { ok: true, value: { deprecationDate: '2026-03-08T00:00:00.000Z' } } }),
        canary('current'),
      ],
      { asOf },
    );
    assert.equal(statusOf(f, 'old'), 'FAIL');
    assert.equal(statusOf(f, 'ending'), 'PASS');
    assert.match(f.find((x) => x.resource.id === 'ending')!.message, /until 2026-03-08/);
    assert.equal(statusOf(f, 'current'), 'PASS');
  });
  it('is ERROR when the runtime list could not be read or does not name the runtime', () => {
    const f = run(canaryRuntime, [canary('denied', { runtimeSupport: { ok: false, error: 'AccessDenied' } }), canary('unlisted', { runtimeSupport: { ok: true, value: null } })], { asOf });
    assert.equal(statusOf(f, 'denied'), 'ERROR');
    assert.equal(statusOf(f, 'unlisted'), 'ERROR');
    assert.equal(statusOf(run(canaryRuntime, [], { failed: [{ collector: 'synthetics.canaries' }] })), 'ERROR');
  });
});
