import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failed, ok } from '../../../src/inventory/base.js';
import crossAccount from '../../../src/rules/ecr/ecr_repository_policy_cross_account_trusted.js';
import pullThrough from '../../../src/rules/ecr/ecr_pull_through_cache_upstream_trusted.js';
import { ACCOUNT, resource, run, statusOf } from '../../helpers/inventory.js';

const OTHER = '444455556666';
const PULL = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'];
const repo = (id: string, policy: ReturnType<typeof ok<unknown>> | ReturnType<typeof failed>) =>
  resource('AWS::ECR::Repository', { id, name: id, repositoryUri: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/${id}`, imageTagMutability: 'IMMUTABLE', scanOnPush: true, encryptionType: 'KMS', policy, lifecyclePolicy: ok(null) });
const grant = (principal: unknown, condition?: unknown) => ({ Version: '2012-10-17', Statement: [{ Sid: 'Pull', Effect: 'Allow', Principal: principal, Action: PULL, ...(condition ? { Condition: condition } : {}) }] });
const cache = (id: string, f: { upstreamRegistry?: string; upstreamRegistryUrl?: string }) => resource('AWS::ECR::PullThroughCacheRule', { id, name: id, ecrRepositoryPrefix: id, ...f });

describe('ecr_repository_policy_cross_account_trusted', () => {
  it('fails a grant to an untrusted account, passes own-account and trusted grants and no policy', () => {
    const f = run(crossAccount, [
      repo('shared', ok(grant({ AWS: `arn:aws:iam::${OTHER}:root` }))),
      repo('own', ok(grant({ AWS: `arn:aws:iam::${ACCOUNT}:role/ci` }))),
      repo('none', ok(null)),
    ]);
    assert.equal(statusOf(f, 'shared'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'shared')!.message, new RegExp(OTHER));
    assert.equal(statusOf(f, 'own'), 'PASS');
    assert.equal(statusOf(f, 'none'), 'PASS');
    assert.equal(statusOf(run(crossAccount, [repo('shared', ok(grant({ AWS: `arn:aws:iam::${OTHER}:root` })))], { params: { trustedAccountIds: [OTHER] } })), 'PASS');
  });
  it('passes a grant whose condition confines it to the own account', () => {
    assert.equal(statusOf(run(crossAccount, [repo('r', ok(grant({ AWS: `arn:aws:iam::${OTHER}:root` }, { StringEquals: { 'aws:PrincipalAccount': ACCOUNT } })))])), 'PASS');
  });
  it('is ERROR when the policy or the unit could not be read', () => {
    assert.equal(statusOf(run(crossAccount, [repo('r', failed('AccessDeniedException: denied'))])), 'ERROR');
    assert.equal(statusOf(run(crossAccount, [], { failed: [{ collector: 'ecr.repositories' }] })), 'ERROR');
  });
});

describe('ecr_pull_through_cache_upstream_trusted', () => {
  it('fails an ECR upstream of an untrusted account, passes own account and public registries', () => {
    const f = run(pullThrough, [
      cache('foreign', { upstreamRegistry: 'ecr', upstreamRegistryUrl: `${OTHER}.dkr.ecr.us-west-2.amazonaws.com` }),
      cache('own', { upstreamRegistry: 'ecr', upstreamRegistryUrl: `${ACCOUNT}.dkr.ecr.us-west-2.amazonaws.com` }),
      cache('public', { upstreamRegistry: 'ecr-public', upstreamRegistryUrl: 'public.ecr.aws' }),
    ]);
    assert.equal(statusOf(f, 'foreign'), 'FAIL');
    assert.equal(statusOf(f, 'own'), 'PASS');
    assert.equal(statusOf(f, 'public'), 'PASS');
  });
  it('fails a registry type outside allowedUpstreamRegistries when that list is set', () => {
    const hub = cache('hub', { upstreamRegistry: 'docker-hub', upstreamRegistryUrl: 'registry-1.docker.io' });
    assert.equal(statusOf(run(pullThrough, [hub], { params: { allowedUpstreamRegistries: ['ecr-public', 'ecr'] } })), 'FAIL');
    assert.equal(statusOf(run(pullThrough, [hub])), 'PASS');
  });
  it('is ERROR when the upstream is unreadable or the unit failed', () => {
    assert.equal(statusOf(run(pullThrough, [cache('blank', {})])), 'ERROR');
    assert.equal(statusOf(run(pullThrough, [], { failed: [{ collector: 'ecr.pullThroughCacheRules' }] })), 'ERROR');
  });
});
