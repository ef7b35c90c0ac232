import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pab from '../../../src/rules/s3/s3_bucket_public_access_block_enabled.js';
import notPublic from '../../../src/rules/s3/s3_bucket_policy_not_public.js';
import grantsBound from '../../../src/rules/s3/s3_bucket_policy_service_grants_bound.js';
import encryption from '../../../src/rules/s3/s3_bucket_default_encryption.js';
import tls from '../../../src/rules/s3/s3_bucket_secure_transport_policy.js';
import { bucketOfLocation, deliveryBuckets, regionOfLocationConstraint } from '../../../src/collectors/aws/s3.js';
import type { Resource } from '../../../src/inventory/schema.js';
import { failed, ok } from '../../../src/inventory/base.js';
import type { ResourceOf } from '../../../src/inventory/schema.js';
import { ACCOUNT, resource, run, statusOf } from '../../helpers/inventory.js';

type Bucket = ResourceOf<'AWS::S3::Bucket'>;
const ALL_ON = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };
const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const DENY_HTTP = { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } };
const configWrite = (Condition?: unknown) => ({
  Effect: 'Allow',
  Principal: { Service: 'config.amazonaws.com' },
  Action: 's3:PutObject',
  Resource: 'arn:aws:s3:::b/AWSLogs/*',
  ...(Condition ? { Condition } : {}),
});
const bucket = (id: string, fields: Partial<Bucket> = {}): Bucket =>
  resource('AWS::S3::Bucket', {
    id,
    name: id,
    arn: `arn:aws:s3:::${id}`,
    region: 'global',
    purposes: ['config-delivery'],
    bucketRegion: 'us-east-1',
    policy: ok(doc(DENY_HTTP, configWrite({ StringEquals: { 'aws:SourceAccount': ACCOUNT } }))),
    encryption: ok({ sseAlgorithm: 'AES256' }),
    publicAccessBlock: ok(ALL_ON),
    ...fields,
  });
const denied = failed('GetBucketLocation: AccessDenied: no');

describe('s3_bucket_public_access_block_enabled', () => {
  it('fails a missing or partial block, passes all four on', () => {
    const f = run(pab, [bucket('on'), bucket('none', { publicAccessBlock: ok(null) }), bucket('partial', { publicAccessBlock: ok({ ...ALL_ON, restrictPublicBuckets: false }) })]);
    assert.equal(statusOf(f, 'on'), 'PASS');
    assert.equal(statusOf(f, 'none'), 'FAIL');
    assert.equal(statusOf(f, 'partial'), 'FAIL');
  });
  it('is ERROR when the setting could not be read, or the unit failed', () => {
    assert.equal(statusOf(run(pab, [bucket('x', { publicAccessBlock: denied })])), 'ERROR');
    assert.equal(statusOf(run(pab, [], { failed: [{ collector: 's3.deliveryBuckets' }] })), 'ERROR');
  });
});

describe('s3_bucket_policy_not_public', () => {
  it('fails public read, passes no policy, the Deny-only policy and an org-restricted "*"', () => {
    const f = run(notPublic, [
      bucket('public', { policy: ok(doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::public/*' })) }),
      bucket('none', { policy: ok(null) }),
      bucket('deny-only', { policy: ok(doc(DENY_HTTP)) }),
      bucket('org', { policy: ok(doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } } })) }),
    ]);
    assert.equal(statusOf(f, 'public'), 'FAIL');
    assert.equal(statusOf(f, 'none'), 'PASS');
    assert.equal(statusOf(f, 'deny-only'), 'PASS');
    assert.equal(statusOf(f, 'org'), 'PASS');
  });
  it('is ERROR when the policy could not be read, or the unit failed', () => {
    assert.equal(statusOf(run(notPublic, [bucket('x', { policy: denied })])), 'ERROR');
    assert.equal(statusOf(run(notPublic, [], { failed: [{ collector: 's3.deliveryBuckets' }] })), 'ERROR');
  });
});

describe('s3_bucket_policy_service_grants_bound', () => {
  it('fails an unbound Config grant, passes bound grants and no grants', () => {
    const f = run(grantsBound, [
      bucket('bound'),
      bucket('unbound', { policy: ok(doc(configWrite())) }),
      bucket('trail-arn', { policy: ok(doc({ ...configWrite({ StringEquals: { 'aws:SourceArn': `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/main` } }), Principal: { Service: 'cloudtrail.amazonaws.com' } })) }),
      bucket('none', { policy: ok(null) }),
    ]);
    assert.equal(statusOf(f, 'bound'), 'PASS');
    assert.equal(statusOf(f, 'unbound'), 'FAIL');
    assert.equal(statusOf(f, 'trail-arn'), 'PASS');
    assert.equal(statusOf(f, 'none'), 'PASS');
  });
  it('is ERROR when the policy could not be read, or the unit failed', () => {
    assert.equal(statusOf(run(grantsBound, [bucket('x', { policy: denied })])), 'ERROR');
    assert.equal(statusOf(run(grantsBound, [], { failed: [{ collector: 's3.deliveryBuckets' }] })), 'ERROR');
  });
});

describe('s3_bucket_default_encryption', () => {
  it('passes SSE-S3 and SSE-KMS by default, fails no configuration', () => {
    const f = run(encryption, [bucket('s3'), bucket('kms', { encryption: ok({ sseAlgorithm: 'aws:kms', kmsMasterKeyId: 'k' }) }), bucket('none', { encryption: ok(null) })]);
    assert.equal(statusOf(f, 's3'), 'PASS');
    assert.equal(statusOf(f, 'kms'), 'PASS');
    assert.equal(statusOf(f, 'none'), 'FAIL');
  });
  it('fails SSE-S3 when requireKms is set', () => {
    const f = run(encryption, [bucket('s3'), bucket('dsse', { encryption: ok({ sseAlgorithm: 'aws:kms:dsse' }) })], { params: { requireKms: true } });
    assert.equal(statusOf(f, 's3'), 'FAIL');
    assert.equal(statusOf(f, 'dsse'), 'PASS');
  });
  it('is ERROR when encryption could not be read, or the unit failed', () => {
    assert.equal(statusOf(run(encryption, [bucket('x', { encryption: denied })])), 'ERROR');
    assert.equal(statusOf(run(encryption, [], { failed: [{ collector: 's3.deliveryBuckets' }] })), 'ERROR');
  });
});

describe('s3_bucket_secure_transport_policy', () => {
  it('passes a Deny on aws:SecureTransport false, fails without one', () => {
    const f = run(tls, [
      bucket('deny'),
      bucket('none', { policy: ok(null) }),
      bucket('allow-only', { policy: ok(doc(configWrite())) }),
      bucket('true-value', { policy: ok(doc({ ...DENY_HTTP, Condition: { Bool: { 'aws:SecureTransport': 'true' } } })) }),
      bucket('get-only', { policy: ok(doc({ ...DENY_HTTP, Action: 's3:GetObject' })) }),
    ]);
    assert.equal(statusOf(f, 'deny'), 'PASS');
    assert.equal(statusOf(f, 'none'), 'FAIL');
    assert.equal(statusOf(f, 'allow-only'), 'FAIL');
    assert.equal(statusOf(f, 'true-value'), 'FAIL');
    assert.equal(statusOf(f, 'get-only'), 'FAIL');
  });
  it('is ERROR when the policy could not be read, or the unit failed', () => {
    assert.equal(statusOf(run(tls, [bucket('x', { policy: denied })])), 'ERROR');
    assert.equal(statusOf(run(tls, [], { failed: [{ collector: 's3.deliveryBuckets' }] })), 'ERROR');
  });
});

describe('delivery bucket helpers', () => {
  it('reads the bucket of a canary artifact location', () => {
    assert.equal(bucketOfLocation('s3://cw-syn-results/canary/x'), 'cw-syn-results');
    assert.equal(bucketOfLocation('cw-syn-results/canary'), 'cw-syn-results');
    assert.equal(bucketOfLocation('cw-syn-results'), 'cw-syn-results');
    assert.equal(bucketOfLocation(undefined), undefined);
    assert.equal(bucketOfLocation(''), undefined);
  });
  it('collects bucket names and purposes from delivery channels, trails and canaries', () => {
    const seen: Record<string, Resource[]> = {
      // Only the fields the collector reads matter here.
      'AWS::Config::DeliveryChannel': [{ type: 'AWS::Config::DeliveryChannel', s3BucketName: 'audit' } as never],
      'AWS::CloudTrail::Trail': [{ type: 'AWS::CloudTrail::Trail', s3BucketName: 'audit' } as never, { type: 'AWS::CloudTrail::Trail' } as never],
      'AWS::Synthetics::Canary': [{ type: 'AWS::Synthetics::Canary', artifactS3Location: 's3://cw-syn/canary/a' } as never],
    };
    const found = deliveryBuckets({ collectedSoFar: (t) => seen[t] ?? [] });
    assert.deepEqual(
      [...found].map(([b, p]) => [b, [...p].sort()]),
      [
        ['audit', ['cloudtrail-delivery', 'config-delivery']],
        ['cw-syn', ['synthetics-artifacts']],
      ],
    );
  });
  it('maps location constraints to regions', () => {
    assert.equal(regionOfLocationConstraint(undefined), 'us-east-1');
    assert.equal(regionOfLocationConstraint(''), 'us-east-1');
    assert.equal(regionOfLocationConstraint('EU'), 'eu-west-1');
    assert.equal(regionOfLocationConstraint('eu-central-1'), 'eu-central-1');
  });
});
