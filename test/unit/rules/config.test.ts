import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import aggregatorAllRegions from '../../../src/rules/config/config_aggregator_covers_all_regions.js';
import packCompliant from '../../../src/rules/config/config_conformance_pack_compliant.js';
import packDeployed from '../../../src/rules/config/config_conformance_pack_deployed.js';
import bucketPublic from '../../../src/rules/config/config_delivery_channel_bucket_blocks_public_access.js';
import bucketKms from '../../../src/rules/config/config_delivery_channel_bucket_encrypted_with_kms.js';
import channelConfigured from '../../../src/rules/config/config_delivery_channel_configured.js';
import deliveryNotFailing from '../../../src/rules/config/config_delivery_channel_delivery_not_failing.js';
import topicEncrypted from '../../../src/rules/config/config_delivery_channel_topic_encrypted.js';
import recorderEnabled from '../../../src/rules/config/config_recorder_enabled_in_region.js';
import recorderLastStatus from '../../../src/rules/config/config_recorder_last_status_not_failed.js';
import recorderAllTypes from '../../../src/rules/config/config_recorder_records_all_resource_types.js';
import recorderGlobal from '../../../src/rules/config/config_recorder_records_global_resource_types.js';
import recorderSlr from '../../../src/rules/config/config_recorder_uses_service_linked_role.js';
import retention from '../../../src/rules/config/config_retention_period_at_least_min_days.js';
import ruleCompliant from '../../../src/rules/config/config_rule_compliant.js';
import { failed, ok, type Collected } from '../../../src/inventory/base.js';
import type { ResourceOf } from '../../../src/inventory/schema.js';
import { ACCOUNT, REGION, resource, run, statusOf } from '../../helpers/inventory.js';

const SLR = `arn:aws:iam::${ACCOUNT}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`;
const DENIED = 'AccessDeniedException: denied';
type RecorderStatus = ResourceOf<'AWS::Config::ConfigurationRecorder'>['status'];
type Group = ResourceOf<'AWS::Config::ConfigurationRecorder'>['recordingGroup'];

const ALL: Group = { allSupported: true, includeGlobalResourceTypes: false, resourceTypes: [], exclusionResourceTypes: [], recordingStrategy: 'ALL_SUPPORTED_RESOURCE_TYPES' };
const recording: RecorderStatus = ok({ recording: true, lastStatus: 'SUCCESS' });

function recorder(id: string, o: { group?: Partial<Group>; status?: RecorderStatus; region?: string; roleArn?: string; servicePrincipal?: string } = {}) {
  return resource('AWS::Config::ConfigurationRecorder', {
    id,
    name: id,
    region: o.region ?? REGION,
    roleArn: o.roleArn ?? SLR,
    servicePrincipal: o.servicePrincipal,
    recordingGroup: { ...ALL, ...o.group },
    status: o.status ?? recording,
  });
}

function channel(id: string, o: Partial<ResourceOf<'AWS::Config::DeliveryChannel'>> = {}) {
  return resource('AWS::Config::DeliveryChannel', { id, name: id, s3BucketName: 'config-bucket', status: ok({ configHistoryLastStatus: 'SUCCESS', configSnapshotLastStatus: 'SUCCESS' }), ...o });
}

type Bucket = ResourceOf<'AWS::S3::Bucket'>;
function bucket(name: string, o: Partial<Pick<Bucket, 'encryption' | 'publicAccessBlock'>> = {}) {
  return resource('AWS::S3::Bucket', {
    id: name,
    name,
    region: 'global',
    purposes: ['config-delivery'],
    policy: ok(null),
    encryption: ok({ sseAlgorithm: 'AES256' }),
    publicAccessBlock: ok({ blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true }),
    ...o,
  });
}

describe('config_recorder_enabled_in_region', () => {
  const region = `${ACCOUNT}/${REGION}`;
  it('fails with no recorder, with a stopped one, and when only a service-linked recorder exists', () => {
    assert.equal(statusOf(run(recorderEnabled, [])), 'FAIL');
    assert.equal(statusOf(run(recorderEnabled, [recorder('default', { status: ok({ recording: false }) })])), 'FAIL');
    assert.equal(statusOf(run(recorderEnabled, [recorder('AWSConfigurationRecorderForCloudWatch', { servicePrincipal: 'telemetry.amazonaws.com' })])), 'FAIL');
  });
  it('passes when the customer recorder is recording', () => {
    const f = run(recorderEnabled, [recorder('default')]);
    assert.equal(statusOf(f, region), 'PASS');
  });
  it('evaluates every scanned Region separately', () => {
    const f = run(recorderEnabled, [recorder('default')], { regions: [REGION, 'eu-west-1'] });
    assert.equal(statusOf(f, region), 'PASS');
    assert.equal(statusOf(f, `${ACCOUNT}/eu-west-1`), 'FAIL');
  });
  it('is ERROR when recorders or their status could not be read', () => {
    assert.equal(statusOf(run(recorderEnabled, [], { failed: [{ collector: 'config.recorders' }] })), 'ERROR');
    assert.equal(statusOf(run(recorderEnabled, [recorder('default', { status: failed(DENIED) })])), 'ERROR');
  });
});

describe('config_recorder_records_all_resource_types', () => {
  it('fails for inclusion lists and for exclusions; passes for all types or an empty exclusion list', () => {
    const f = run(recorderAllTypes, [
      recorder('incl', { group: { allSupported: false, recordingStrategy: 'INCLUSION_BY_RESOURCE_TYPES', resourceTypes: ['AWS::EC2::Instance'] } }),
      recorder('excl', { group: { allSupported: false, recordingStrategy: 'EXCLUSION_BY_RESOURCE_TYPES', exclusionResourceTypes: ['AWS::EC2::NetworkInterface'] } }),
      recorder('all'),
      recorder('excl-none', { group: { allSupported: false, recordingStrategy: 'EXCLUSION_BY_RESOURCE_TYPES' } }),
      recorder('slr', { servicePrincipal: 'telemetry.amazonaws.com', group: { allSupported: false, recordingStrategy: 'INCLUSION_BY_RESOURCE_TYPES' } }),
    ]);
    assert.equal(statusOf(f, 'incl'), 'FAIL');
    assert.equal(statusOf(f, 'excl'), 'FAIL');
    assert.equal(statusOf(f, 'all'), 'PASS');
    assert.equal(statusOf(f, 'excl-none'), 'PASS');
    assert.equal(f.filter((x) => x.resource.id === 'slr').length, 0);
  });
  it('is ERROR when recorders could not be read', () => assert.equal(statusOf(run(recorderAllTypes, [], { failed: [{ collector: 'config.recorders' }] })), 'ERROR'));
});

describe('config_recorder_records_global_resource_types', () => {
  const regions = [REGION, 'eu-west-1'];
  it('passes when one recording recorder includes global IAM types', () => {
    const f = run(recorderGlobal, [recorder('home', { group: { includeGlobalResourceTypes: true } }), recorder('other', { region: 'eu-west-1' })], { regions });
    assert.equal(statusOf(f), 'PASS');
  });
  it('fails when none does, or the one that does is stopped or excludes IAM roles', () => {
    assert.equal(statusOf(run(recorderGlobal, [recorder('a'), recorder('b', { region: 'eu-west-1' })], { regions })), 'FAIL');
    assert.equal(statusOf(run(recorderGlobal, [recorder('a', { group: { includeGlobalResourceTypes: true }, status: ok({ recording: false }) })], { regions })), 'FAIL');
    const excl = recorder('x', { group: { allSupported: false, recordingStrategy: 'EXCLUSION_BY_RESOURCE_TYPES', exclusionResourceTypes: ['AWS::IAM::Role'] } });
    assert.equal(statusOf(run(recorderGlobal, [excl], { regions })), 'FAIL');
  });
  it('is ERROR when a Region could not be read, or the status of the IAM-recording recorder is unknown', () => {
    const f = run(recorderGlobal, [recorder('home', { group: { includeGlobalResourceTypes: true } })], { regions, failed: [{ collector: 'config.recorders', region: 'eu-west-1' }] });
    assert.equal(statusOf(f), 'ERROR');
    assert.equal(statusOf(run(recorderGlobal, [recorder('home', { group: { includeGlobalResourceTypes: true }, status: failed(DENIED) })], { regions })), 'ERROR');
  });
});

describe('config_recorder_last_status_not_failed', () => {
  it('fails on Failure, passes on Success or never started, errors on unreadable status', () => {
    const f = run(recorderLastStatus, [
      recorder('bad', { status: ok({ recording: true, lastStatus: 'Failure', lastErrorCode: 'AccessDenied' }) }),
      recorder('good', { status: ok({ recording: true, lastStatus: 'Success' }) }),
      recorder('new', { status: ok({ recording: false }) }),
      recorder('unread', { status: failed(DENIED) }),
    ]);
    assert.equal(statusOf(f, 'bad'), 'FAIL');
    assert.equal(statusOf(f, 'good'), 'PASS');
    assert.equal(statusOf(f, 'new'), 'PASS');
    assert.equal(statusOf(f, 'unread'), 'ERROR');
  });
  it('is ERROR when recorders could not be read', () => assert.equal(statusOf(run(recorderLastStatus, [], { failed: [{ collector: 'config.recorders', state: 'throttled' }] })), 'ERROR'));
});

describe('config_recorder_uses_service_linked_role', () => {
  it('passes for AWSServiceRoleForConfig, fails for a customer role', () => {
    const f = run(recorderSlr, [recorder('slr'), recorder('custom', { roleArn: `arn:aws:iam::${ACCOUNT}:role/config-role` })]);
    assert.equal(statusOf(f, 'slr'), 'PASS');
    assert.equal(statusOf(f, 'custom'), 'FAIL');
  });
  it('is ERROR when recorders could not be read', () => assert.equal(statusOf(run(recorderSlr, [], { failed: [{ collector: 'config.recorders' }] })), 'ERROR'));
});

describe('config_delivery_channel_configured', () => {
  const region = `${ACCOUNT}/${REGION}`;
  it('fails when a recorder has no channel, passes with a bucket, says nothing without a recorder', () => {
    assert.equal(statusOf(run(channelConfigured, [recorder('default')]), region), 'FAIL');
    assert.equal(statusOf(run(channelConfigured, [recorder('default'), channel('default')]), region), 'PASS');
    assert.equal(run(channelConfigured, []).length, 0);
  });
  it('is ERROR when channels could not be read', () => {
    assert.equal(statusOf(run(channelConfigured, [recorder('default')], { failed: [{ collector: 'config.deliveryChannels' }] })), 'ERROR');
  });
});

describe('config_delivery_channel_delivery_not_failing', () => {
  it('fails on a failed delivery, passes otherwise, errors on unreadable status', () => {
    const f = run(deliveryNotFailing, [
      channel('bad', { status: ok({ configHistoryLastStatus: 'FAILURE', configSnapshotLastStatus: 'SUCCESS', lastErrorMessage: 'Access Denied' }) }),
      channel('stream', { status: ok({ configStreamLastStatus: 'FAILURE' }) }),
      channel('good'),
      channel('unread', { status: failed('InternalFailure: not implemented') }),
    ]);
    assert.equal(statusOf(f, 'bad'), 'FAIL');
    assert.equal(statusOf(f, 'stream'), 'FAIL');
    assert.equal(statusOf(f, 'good'), 'PASS');
    assert.equal(statusOf(f, 'unread'), 'ERROR');
  });
  it('is ERROR when channels could not be read', () => assert.equal(statusOf(run(deliveryNotFailing, [], { failed: [{ collector: 'config.deliveryChannels' }] })), 'ERROR'));
});

describe('config_delivery_channel_bucket_encrypted_with_kms', () => {
  it('passes with a channel KMS key or SSE-KMS bucket; fails with SSE-S3 or none', () => {
    const f = run(bucketKms, [
      channel('chan-key', { s3BucketName: 'b-s3', s3KmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/abc' }),
      channel('chan-kms', { s3BucketName: 'b-kms' }),
      channel('chan-s3', { s3BucketName: 'b-s3' }),
      channel('chan-none', { s3BucketName: 'b-none' }),
      bucket('b-s3'),
      bucket('b-kms', { encryption: ok({ sseAlgorithm: 'aws:kms', kmsMasterKeyId: 'k' }) }),
      bucket('b-none', { encryption: ok(null) }),
    ]);
    assert.equal(statusOf(f, 'chan-key'), 'PASS');
    assert.equal(statusOf(f, 'chan-kms'), 'PASS');
    assert.equal(statusOf(f, 'chan-s3'), 'FAIL');
    assert.equal(statusOf(f, 'chan-none'), 'FAIL');
  });
  it('is ERROR when the bucket is unreadable, missing from the inventory, or the bucket unit failed', () => {
    const f = run(bucketKms, [channel('c1', { s3BucketName: 'denied' }), channel('c2', { s3BucketName: 'elsewhere' }), bucket('denied', { encryption: failed(DENIED) })]);
    assert.equal(statusOf(f, 'c1'), 'ERROR');
    assert.equal(statusOf(f, 'c2'), 'ERROR');
    assert.equal(statusOf(run(bucketKms, [channel('c')], { failed: [{ collector: 's3.deliveryBuckets' }] })), 'ERROR');
  });
});

describe('config_delivery_channel_bucket_blocks_public_access', () => {
  it('passes with all four settings; fails with one off or none configured', () => {
    const f = run(bucketPublic, [
      channel('all', { s3BucketName: 'b-all' }),
      channel('partial', { s3BucketName: 'b-partial' }),
      channel('none', { s3BucketName: 'b-none' }),
      bucket('b-all'),
      bucket('b-partial', { publicAccessBlock: ok({ blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: true }) }),
      bucket('b-none', { publicAccessBlock: ok(null) }),
    ]);
    assert.equal(statusOf(f, 'all'), 'PASS');
    assert.equal(statusOf(f, 'partial'), 'FAIL');
    assert.equal(statusOf(f, 'none'), 'FAIL');
  });
  it('is ERROR when the setting could not be read', () => {
    const f = run(bucketPublic, [channel('c', { s3BucketName: 'x' }), bucket('x', { publicAccessBlock: failed(DENIED) })]);
    assert.equal(statusOf(f, 'c'), 'ERROR');
    assert.equal(statusOf(run(bucketPublic, [], { failed: [{ collector: 'config.deliveryChannels' }] })), 'ERROR');
  });
});

describe('config_delivery_channel_topic_encrypted', () => {
  const arn = (n: string) => `arn:aws:sns:${REGION}:${ACCOUNT}:${n}`;
  const topic = (n: string, attributes: ResourceOf<'AWS::SNS::Topic'>['attributes']) => resource('AWS::SNS::Topic', { id: n, arn: arn(n), name: n, attributes });
  it('passes for a KMS topic, fails without SSE, ignores channels without a topic', () => {
    const f = run(topicEncrypted, [
      channel('enc', { snsTopicArn: arn('t-enc') }),
      channel('plain', { snsTopicArn: arn('t-plain') }),
      channel('no-topic'),
      topic('t-enc', ok({ kmsMasterKeyId: 'alias/aws/sns', subscriptionsConfirmed: 1 })),
      topic('t-plain', ok({ subscriptionsConfirmed: 0 })),
    ]);
    assert.equal(statusOf(f, 'enc'), 'PASS');
    assert.equal(statusOf(f, 'plain'), 'FAIL');
    assert.equal(f.length, 2);
  });
  it('is ERROR for unreadable attributes or a topic not in the inventory', () => {
    const f = run(topicEncrypted, [channel('a', { snsTopicArn: arn('t') }), channel('b', { snsTopicArn: arn('other') }), topic('t', failed(DENIED))]);
    assert.equal(statusOf(f, 'a'), 'ERROR');
    assert.equal(statusOf(f, 'b'), 'ERROR');
    assert.equal(statusOf(run(topicEncrypted, [], { failed: [{ collector: 'sns.topics' }] })), 'ERROR');
  });
});

describe('config_aggregator_covers_all_regions', () => {
  const agg = (id: string, o: Partial<ResourceOf<'AWS::Config::ConfigurationAggregator'>>) => resource('AWS::Config::ConfigurationAggregator', { id, name: id, accountSources: [], ...o });
  it('passes for all Regions, fails for a listed subset', () => {
    const f = run(aggregatorAllRegions, [
      agg('org-all', { organizationSource: { allAwsRegions: true, awsRegions: [], roleArn: 'r' } }),
      agg('acct-some', { accountSources: [{ accountIds: ['111111111111'], allAwsRegions: false, awsRegions: ['us-east-1'] }] }),
      agg('mixed', { organizationSource: { allAwsRegions: true, awsRegions: [] }, accountSources: [{ accountIds: ['1'], allAwsRegions: false, awsRegions: ['eu-west-1'] }] }),
    ]);
    assert.equal(statusOf(f, 'org-all'), 'PASS');
    assert.equal(statusOf(f, 'acct-some'), 'FAIL');
    assert.equal(statusOf(f, 'mixed'), 'FAIL');
  });
  it('is ERROR when aggregators could not be read', () => assert.equal(statusOf(run(aggregatorAllRegions, [], { failed: [{ collector: 'config.aggregators' }] })), 'ERROR'));
});

describe('config_conformance_pack_deployed', () => {
  const pack = (id: string, region = REGION) => resource('AWS::Config::ConformancePack', { id, name: id, region, compliance: ok('COMPLIANT') });
  it('fails with no pack in any Region, passes with one in any Region', () => {
    const regions = [REGION, 'eu-west-1'];
    assert.equal(statusOf(run(packDeployed, [], { regions })), 'FAIL');
    assert.equal(statusOf(run(packDeployed, [pack('p', 'eu-west-1')], { regions })), 'PASS');
  });
  it('is ERROR when one Region could not be read', () =>
    assert.equal(statusOf(run(packDeployed, [], { regions: [REGION, 'eu-west-1'], failed: [{ collector: 'config.conformancePacks', region: 'eu-west-1' }] })), 'ERROR'));
});

describe('config_conformance_pack_compliant', () => {
  const pack = (id: string, compliance: Collected<string>) => resource('AWS::Config::ConformancePack', { id, name: id, compliance });
  it('fails NON_COMPLIANT, passes COMPLIANT, errors on INSUFFICIENT_DATA, no data, or unreadable', () => {
    const f = run(packCompliant, [pack('bad', ok('NON_COMPLIANT')), pack('good', ok('COMPLIANT')), pack('unknown', ok('INSUFFICIENT_DATA')), pack('none', ok(null)), pack('denied', failed(DENIED))]);
    assert.equal(statusOf(f, 'bad'), 'FAIL');
    assert.equal(statusOf(f, 'good'), 'PASS');
    assert.equal(statusOf(f, 'unknown'), 'ERROR');
    assert.equal(statusOf(f, 'none'), 'ERROR');
    assert.equal(statusOf(f, 'denied'), 'ERROR');
  });
  it('is ERROR when packs could not be read', () => assert.equal(statusOf(run(packCompliant, [], { failed: [{ collector: 'config.conformancePacks' }] })), 'ERROR'));
});

describe('config_rule_compliant', () => {
  const rule = (id: string, compliance: Collected<string>, state = 'ACTIVE') => resource('AWS::Config::ConfigRule', { id, name: id, state, sourceOwner: 'AWS', compliance });
  it('fails NON_COMPLIANT, passes COMPLIANT / NOT_APPLICABLE, errors without data, skips rules being deleted', () => {
    const f = run(ruleCompliant, [
      rule('bad', ok('NON_COMPLIANT')),
      rule('good', ok('COMPLIANT')),
      rule('na', ok('NOT_APPLICABLE')),
      rule('pending', ok('INSUFFICIENT_DATA')),
      rule('denied', failed(DENIED)),
      rule('deleting', ok('NON_COMPLIANT'), 'DELETING'),
    ]);
    assert.equal(statusOf(f, 'bad'), 'FAIL');
    assert.equal(statusOf(f, 'good'), 'PASS');
    assert.equal(statusOf(f, 'na'), 'PASS');
    assert.equal(statusOf(f, 'pending'), 'ERROR');
    assert.equal(statusOf(f, 'denied'), 'ERROR');
    assert.equal(f.filter((x) => x.resource.id === 'deleting').length, 0);
  });
  it('is ERROR when rules could not be read', () => assert.equal(statusOf(run(ruleCompliant, [], { failed: [{ collector: 'config.rules' }] })), 'ERROR'));
});

describe('config_retention_period_at_least_min_days', () => {
  const rc = (days: number) => resource('AWS::Config::RetentionConfiguration', { id: 'default', name: 'default', retentionPeriodInDays: days });
  it('fails below the minimum, passes at or above it and with the 7-year default', () => {
    assert.equal(statusOf(run(retention, [recorder('r'), rc(90)])), 'FAIL');
    assert.equal(statusOf(run(retention, [recorder('r'), rc(365)])), 'PASS');
    assert.equal(statusOf(run(retention, [recorder('r')])), 'PASS');
    assert.equal(statusOf(run(retention, [recorder('r'), rc(400)], { params: { minDays: 730 } })), 'FAIL');
  });
  it('says nothing in a Region without a recorder', () => assert.equal(run(retention, [rc(30)]).length, 0));
  it('is ERROR when the retention configuration could not be read', () =>
    assert.equal(statusOf(run(retention, [recorder('r')], { failed: [{ collector: 'config.retention' }] })), 'ERROR'));
});
