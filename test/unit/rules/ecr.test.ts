import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failed, ok } from '../../../src/inventory/base.js';
import type { ResourceOf } from '../../../src/inventory/schema.js';
import scanOnPush from '../../../src/rules/ecr/ecr_repository_scan_on_push_enabled.js';
import immutability from '../../../src/rules/ecr/ecr_repository_tag_immutability_enabled.js';
import lifecycle from '../../../src/rules/ecr/ecr_repository_lifecycle_policy_configured.js';
import kms from '../../../src/rules/ecr/ecr_repository_encrypted_with_kms.js';
import notPublic from '../../../src/rules/ecr/ecr_repository_policy_not_public.js';
import grantsBound from '../../../src/rules/ecr/ecr_repository_policy_service_grants_bound.js';
import enhanced from '../../../src/rules/ecr/ecr_registry_enhanced_scanning_enabled.js';
import { filterMatches } from '../../../src/rules/lib/ecrScanning.js';
import { ACCOUNT, REGION, resource, run, statusOf } from '../../helpers/inventory.js';

type Repo = ResourceOf<'AWS::ECR::Repository'>;
const repo = (id: string, f: Partial<Repo> = {}) =>
  resource('AWS::ECR::Repository', {
    id,
    name: id,
    repositoryUri: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/${id}`,
    imageTagMutability: 'MUTABLE',
    scanOnPush: false,
    encryptionType: 'AES256',
    policy: ok(null),
    lifecyclePolicy: ok(null),
    ...f,
  });
const registry = (scanType: string, rules: Array<{ scanFrequency: string; filters: string[] }> = []) =>
  resource('AWS::ECR::RegistryScanningConfiguration', { id: `${ACCOUNT}/${REGION}`, scanType, rules });
const policy = (...Statement: unknown[]) => ok({ Version: '2012-10-17', Statement });
const PULL = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'];

describe('ECR scanning filters', () => {
  it('match as AWS documents: substring without a wildcard, whole name with one', () => {
    const names = ['prod', 'repo-prod', 'prod-repo', 'repo-prod-repo', 'prodrepo'];
    const table: Record<string, boolean[]> = {
      prod: [true, true, true, true, true],
      '*prod': [true, true, false, false, false],
      'prod*': [true, false, true, false, true],
      '*prod*': [true, true, true, true, true],
      'prod*repo': [false, false, true, false, true],
    };
    for (const [filter, expected] of Object.entries(table))
      assert.deepEqual(names.map((n) => filterMatches(filter, n)), expected, filter);
  });
});

describe('ecr_repository_scan_on_push_enabled', () => {
  it('passes by repository setting under basic scanning, or by a matching registry rule', () => {
    const f = run(scanOnPush, [repo('own', { scanOnPush: true }), repo('prod-api'), repo('dev-api'), registry('BASIC', [{ scanFrequency: 'SCAN_ON_PUSH', filters: ['prod-*'] }])]);
    assert.equal(statusOf(f, 'own'), 'PASS');
    assert.equal(statusOf(f, 'prod-api'), 'PASS');
    assert.equal(statusOf(f, 'dev-api'), 'FAIL');
  });
  it('under enhanced scanning only registry filters count, the repository setting is ignored', () => {
    const f = run(scanOnPush, [repo('legacy', { scanOnPush: true }), repo('ml-train'), registry('ENHANCED', [{ scanFrequency: 'CONTINUOUS_SCAN', filters: ['ml'] }])]);
    assert.equal(statusOf(f, 'legacy'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'legacy')!.message, /ignored under enhanced/);
    assert.equal(statusOf(f, 'ml-train'), 'PASS');
  });
  it('a MANUAL basic rule scans nothing on push', () => {
    assert.equal(statusOf(run(scanOnPush, [repo('r'), registry('BASIC', [{ scanFrequency: 'MANUAL', filters: ['*'] }])]), 'r'), 'FAIL');
  });
  it('is ERROR when the registry configuration or repositories could not be read', () => {
    assert.equal(statusOf(run(scanOnPush, [repo('r', { scanOnPush: true })], { failed: [{ collector: 'ecr.registryScanning' }] })), 'ERROR');
    assert.equal(statusOf(run(scanOnPush, [], { failed: [{ collector: 'ecr.repositories' }] })), 'ERROR');
  });
});

describe('ecr_repository_tag_immutability_enabled', () => {
  it('fails for MUTABLE, passes for IMMUTABLE and IMMUTABLE_WITH_EXCLUSION', () => {
    const f = run(immutability, [repo('m'), repo('i', { imageTagMutability: 'IMMUTABLE' }), repo('x', { imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION' })]);
    assert.equal(statusOf(f, 'm'), 'FAIL');
    assert.equal(statusOf(f, 'i'), 'PASS');
    assert.equal(statusOf(f, 'x'), 'PASS');
  });
  it('errors when repositories could not be read', () => assert.equal(statusOf(run(immutability, [], { failed: [{ collector: 'ecr.repositories' }] })), 'ERROR'));
});

describe('ecr_repository_lifecycle_policy_configured', () => {
  it('fails with no policy, passes with one, errors when it could not be read', () => {
    const f = run(lifecycle, [repo('none'), repo('some', { lifecyclePolicy: ok('{"rules":[]}') }), repo('denied', { lifecyclePolicy: failed('AccessDeniedException: no') })]);
    assert.equal(statusOf(f, 'none'), 'FAIL');
    assert.equal(statusOf(f, 'some'), 'PASS');
    assert.equal(statusOf(f, 'denied'), 'ERROR');
  });
  it('errors when the unit failed', () => assert.equal(statusOf(run(lifecycle, [], { failed: [{ collector: 'ecr.repositories' }] })), 'ERROR'));
});

describe('ecr_repository_encrypted_with_kms', () => {
  it('fails for AES256, passes for KMS and KMS_DSSE', () => {
    const f = run(kms, [repo('aes'), repo('kms', { encryptionType: 'KMS', kmsKey: 'arn:aws:kms:us-east-1:111122223333:key/k' }), repo('dsse', { encryptionType: 'KMS_DSSE' })]);
    assert.equal(statusOf(f, 'aes'), 'FAIL');
    assert.equal(statusOf(f, 'kms'), 'PASS');
    assert.equal(statusOf(f, 'dsse'), 'PASS');
  });
  it('errors when repositories could not be read', () => assert.equal(statusOf(run(kms, [], { failed: [{ collector: 'ecr.repositories' }] })), 'ERROR'));
});

describe('ecr_repository_policy_not_public', () => {
  it('fails for Principal "*" with no restricting condition, passes when an org, account or endpoint condition binds it', () => {
    const f = run(notPublic, [
      repo('open', { policy: policy({ Sid: 'Everyone', Effect: 'Allow', Principal: '*', Action: PULL }) }),
      repo('aws-star', { policy: policy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: PULL, Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-1' } } }) }),
      repo('org', { policy: policy({ Effect: 'Allow', Principal: '*', Action: PULL, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }) }),
      repo('vpce', { policy: policy({ Effect: 'Allow', Principal: '*', Action: PULL, Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } } }) }),
      repo('named', { policy: policy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: PULL }) }),
      repo('nopolicy'),
    ]);
    assert.equal(statusOf(f, 'open'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'open')!.message, /Everyone/);
    assert.equal(statusOf(f, 'aws-star'), 'FAIL', 'a negated condition admits everyone else');
    for (const id of ['org', 'vpce', 'named', 'nopolicy']) assert.equal(statusOf(f, id), 'PASS', id);
  });
  it('errors when the policy or the unit could not be read', () => {
    assert.equal(statusOf(run(notPublic, [repo('d', { policy: failed('AccessDeniedException: no') })]), 'd'), 'ERROR');
    assert.equal(statusOf(run(notPublic, [], { failed: [{ collector: 'ecr.repositories' }] })), 'ERROR');
  });
});

describe('ecr_repository_policy_service_grants_bound', () => {
  it('fails for a service grant without a source condition, passes with aws:sourceArn', () => {
    const f = run(grantsBound, [
      repo('lambda-open', { policy: policy({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: PULL }) }),
      repo('lambda-bound', {
        policy: policy({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: PULL, Condition: { StringLike: { 'aws:sourceArn': `arn:aws:lambda:${REGION}:${ACCOUNT}:function:*` } } }),
      }),
      repo('wildcard', { policy: policy({ Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: PULL, Condition: { StringLike: { 'aws:SourceArn': '*' } } }) }),
      repo('none'),
    ]);
    assert.equal(statusOf(f, 'lambda-open'), 'FAIL');
    assert.equal(statusOf(f, 'lambda-bound'), 'PASS');
    assert.equal(statusOf(f, 'wildcard'), 'FAIL');
    assert.equal(statusOf(f, 'none'), 'PASS');
  });
  it('errors when the policy or the unit could not be read', () => {
    assert.equal(statusOf(run(grantsBound, [repo('d', { policy: failed('ThrottlingException: slow') })]), 'd'), 'ERROR');
    assert.equal(statusOf(run(grantsBound, [], { failed: [{ collector: 'ecr.repositories', state: 'throttled' }] })), 'ERROR');
  });
});

describe('ecr_registry_enhanced_scanning_enabled', () => {
  it('fails for basic scanning and for enhanced with no rule, passes for enhanced with rules', () => {
    assert.equal(statusOf(run(enhanced, [registry('BASIC', [{ scanFrequency: 'SCAN_ON_PUSH', filters: ['*'] }])])), 'FAIL');
    assert.equal(statusOf(run(enhanced, [registry('ENHANCED')])), 'FAIL');
    assert.equal(statusOf(run(enhanced, [registry('ENHANCED', [{ scanFrequency: 'CONTINUOUS_SCAN', filters: ['*'] }])])), 'PASS');
  });
  it('errors when the configuration could not be read', () => assert.equal(statusOf(run(enhanced, [], { failed: [{ collector: 'ecr.registryScanning' }] })), 'ERROR'));
});
