import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import multiRegion from '../../../src/rules/cloudtrail/cloudtrail_multi_region_enabled.js';
import validation from '../../../src/rules/cloudtrail/cloudtrail_log_file_validation_enabled.js';
import kmsEncryption from '../../../src/rules/cloudtrail/cloudtrail_kms_encryption_enabled.js';
import cwLogs from '../../../src/rules/cloudtrail/cloudtrail_cloudwatch_logging_enabled.js';
import { recordsAllManagementEvents } from '../../../src/collectors/aws/cloudtrail.js';
import { failed, ok } from '../../../src/inventory/base.js';
import type { ResourceOf } from '../../../src/inventory/schema.js';
import { ACCOUNT, REGION, resource, run, statusOf } from '../../helpers/inventory.js';

type Trail = ResourceOf<'AWS::CloudTrail::Trail'>;
const trail = (id: string, fields: Partial<Trail> = {}): Trail =>
  resource('AWS::CloudTrail::Trail', {
    id,
    name: id,
    arn: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/${id}`,
    homeRegion: REGION,
    isMultiRegionTrail: true,
    isOrganizationTrail: false,
    s3BucketName: 'logs',
    logFileValidationEnabled: true,
    kmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k`,
    cloudWatchLogsLogGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:trail:*`,
    status: ok({ isLogging: true }),
    managementEventsAll: ok(true),
    ...fields,
  });

describe('cloudtrail_multi_region_enabled', () => {
  it('passes when one multi-region trail logs all management events, even beside worse trails', () => {
    const f = run(multiRegion, [trail('regional', { isMultiRegionTrail: false }), trail('main')]);
    assert.equal(statusOf(f), 'PASS');
    assert.equal(f[0].resource.type, 'AWS::Account');
  });
  it('fails with no trail, a regional trail only, a stopped trail, or write-only selectors', () => {
    assert.equal(statusOf(run(multiRegion, [])), 'FAIL');
    assert.equal(statusOf(run(multiRegion, [trail('regional', { isMultiRegionTrail: false })])), 'FAIL');
    assert.equal(statusOf(run(multiRegion, [trail('stopped', { status: ok({ isLogging: false }) })])), 'FAIL');
    assert.equal(statusOf(run(multiRegion, [trail('writes', { managementEventsAll: ok(false) })])), 'FAIL');
  });
  it('is ERROR when a candidate trail could not be read and none passes, or a region unit failed', () => {
    assert.equal(statusOf(run(multiRegion, [trail('main', { status: failed('AccessDenied: no') })])), 'ERROR');
    assert.equal(statusOf(run(multiRegion, [trail('main', { managementEventsAll: failed('AccessDenied: no') })])), 'ERROR');
    assert.equal(statusOf(run(multiRegion, [], { failed: [{ collector: 'cloudtrail.trails' }] })), 'ERROR');
    assert.equal(statusOf(run(multiRegion, [trail('main')], { regions: [REGION, 'eu-west-1'], failed: [{ collector: 'cloudtrail.trails', region: 'eu-west-1' }] })), 'ERROR');
  });
});

describe('recordsAllManagementEvents (event selector reading)', () => {
  const cases: Array<[string, Parameters<typeof recordsAllManagementEvents>[0], boolean]> = [
    ['basic defaults', { EventSelectors: [{}] }, true],
    ['basic All with management events', { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] }, true],
    ['basic WriteOnly', { EventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true }] }, false],
    ['basic without management events', { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: false }] }, false],
    ['basic excluding KMS events', { EventSelectors: [{ ReadWriteType: 'All', ExcludeManagementEventSources: ['kms.amazonaws.com'] }] }, false],
    ['advanced management', { AdvancedEventSelectors: [{ Name: 'm', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }] }, true],
    ['advanced read-only filter', { AdvancedEventSelectors: [{ Name: 'm', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }, { Field: 'readOnly', Equals: ['false'] }] }] }, false],
    ['advanced data events only', { AdvancedEventSelectors: [{ Name: 'd', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }] }] }, false],
    ['no selectors', {}, false],
  ];
  for (const [name, res, expected] of cases) it(name, () => assert.equal(recordsAllManagementEvents(res), expected));
});

describe('cloudtrail_log_file_validation_enabled', () => {
  it('fails without validation, passes with it', () => {
    const f = run(validation, [trail('on'), trail('off', { logFileValidationEnabled: false })]);
    assert.equal(statusOf(f, 'on'), 'PASS');
    assert.equal(statusOf(f, 'off'), 'FAIL');
  });
  it('is ERROR when trails could not be read', () => assert.equal(statusOf(run(validation, [], { failed: [{ collector: 'cloudtrail.trails' }] })), 'ERROR'));
});

describe('cloudtrail_kms_encryption_enabled', () => {
  it('fails without a KMS key, passes with one', () => {
    const f = run(kmsEncryption, [trail('kms'), trail('sse-s3', { kmsKeyId: undefined })]);
    assert.equal(statusOf(f, 'kms'), 'PASS');
    assert.equal(statusOf(f, 'sse-s3'), 'FAIL');
  });
  it('is ERROR when trails could not be read', () => assert.equal(statusOf(run(kmsEncryption, [], { failed: [{ collector: 'cloudtrail.trails' }] })), 'ERROR'));
});

describe('cloudtrail_cloudwatch_logging_enabled', () => {
  it('fails without a log group, passes with one', () => {
    const f = run(cwLogs, [trail('cw'), trail('s3-only', { cloudWatchLogsLogGroupArn: undefined })]);
    assert.equal(statusOf(f, 'cw'), 'PASS');
    assert.equal(statusOf(f, 's3-only'), 'FAIL');
  });
  it('is ERROR when trails could not be read', () => assert.equal(statusOf(run(cwLogs, [], { failed: [{ collector: 'cloudtrail.trails' }] })), 'ERROR'));
});
