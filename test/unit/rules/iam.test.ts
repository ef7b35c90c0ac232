import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import confusedDeputy from '../../../src/rules/iam/iam_role_cross_service_confused_deputy_prevention.js';
import trustNotPublic from '../../../src/rules/iam/iam_role_trust_policy_not_public.js';
import crossAccount from '../../../src/rules/iam/iam_role_cross_account_trust_to_trusted_accounts.js';
import noAdminAttached from '../../../src/rules/iam/iam_role_no_administrator_access_policy.js';
import inlineAdmin from '../../../src/rules/iam/iam_role_inline_policy_no_administrative_privileges.js';
import policyAdmin from '../../../src/rules/iam/iam_policy_no_administrative_privileges.js';
import passRole from '../../../src/rules/iam/iam_policy_no_pass_role_on_all_resources.js';
import { failed, ok } from '../../../src/inventory/base.js';
import { ACCOUNT, resource, run, statusOf } from '../../helpers/inventory.js';

const trust = (Principal: unknown, Condition?: unknown) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal, Action: 'sts:AssumeRole', ...(Condition ? { Condition } : {}) }],
});
const role = (id: string, assumeRolePolicyDocument: unknown, extra: Partial<Parameters<typeof resource<'AWS::IAM::Role'>>[1]> = {}) =>
  resource('AWS::IAM::Role', {
    id,
    name: id,
    arn: `arn:aws:iam::${ACCOUNT}:role/${id}`,
    region: 'global',
    path: '/',
    assumeRolePolicyDocument,
    attachedPolicyArns: ok([]),
    inlinePolicies: ok([]),
    ...extra,
  });
const policy = (id: string, document: ReturnType<typeof ok<unknown>> | ReturnType<typeof failed>, attachmentCount = 1) =>
  resource('AWS::IAM::ManagedPolicy', { id, name: id, region: 'global', attachmentCount, document });
const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });

describe('iam_role_cross_service_confused_deputy_prevention', () => {
  it('fails an unbound service trust and passes a bound one', () => {
    const f = run(confusedDeputy, [
      role('config-unbound', trust({ Service: 'config.amazonaws.com' })),
      role('config-bound', trust({ Service: 'config.amazonaws.com' }, { StringEquals: { 'aws:SourceAccount': ACCOUNT } })),
      role('ifexists', trust({ Service: 'config.amazonaws.com' }, { StringEqualsIfExists: { 'aws:SourceAccount': ACCOUNT } })),
    ]);
    assert.equal(statusOf(f, 'config-unbound'), 'FAIL');
    assert.equal(statusOf(f, 'config-bound'), 'PASS');
    assert.equal(statusOf(f, 'ifexists'), 'FAIL');
  });
  it('skips service-linked roles, roles with no service principal, and exempt services', () => {
    const f = run(confusedDeputy, [
      role('AWSServiceRoleForConfig', trust({ Service: 'config.amazonaws.com' }), { path: '/aws-service-role/config.amazonaws.com/' }),
      role('human', trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` })),
      role('instance', trust({ Service: 'ec2.amazonaws.com' })),
      role('fn', trust({ Service: ['lambda.amazonaws.com'] })),
    ]);
    assert.deepEqual(f, []);
  });
  it('judges the non-exempt service of a mixed trust, and honours the exemptServices parameter', () => {
    const mixed = role('mixed', trust({ Service: ['ec2.amazonaws.com', 'ecs-tasks.amazonaws.com'] }));
    assert.equal(statusOf(run(confusedDeputy, [mixed])), 'FAIL');
    assert.equal(statusOf(run(confusedDeputy, [role('instance', trust({ Service: 'ec2.amazonaws.com' }))], { params: { exemptServices: [] } })), 'FAIL');
    assert.deepEqual(run(confusedDeputy, [mixed], { params: { exemptServices: ['ec2.amazonaws.com', 'ecs-tasks.amazonaws.com'] } }), []);
  });
  it('is ERROR when roles could not be listed', () => assert.equal(statusOf(run(confusedDeputy, [], { failed: [{ collector: 'iam.roles' }] })), 'ERROR'));
});

describe('iam_role_trust_policy_not_public', () => {
  it('fails "*" trust without a restricting condition, passes an org-restricted one and a named account', () => {
    const f = run(trustNotPublic, [
      role('open', trust({ AWS: '*' })),
      role('org', trust({ AWS: '*' }, { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } })),
      role('named', trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` })),
    ]);
    assert.equal(statusOf(f, 'open'), 'FAIL');
    assert.equal(statusOf(f, 'org'), 'PASS');
    assert.equal(statusOf(f, 'named'), 'PASS');
  });
  it('is ERROR when roles could not be listed', () => assert.equal(statusOf(run(trustNotPublic, [], { failed: [{ collector: 'iam.roles', state: 'throttled' }] })), 'ERROR'));
});

describe('iam_role_cross_account_trust_to_trusted_accounts', () => {
  const partner = role('partner', trust({ AWS: 'arn:aws:iam::999988887777:root' }));
  it('fails a trust to another account, passes own-account and service trusts', () => {
    const f = run(crossAccount, [partner, role('own', trust({ AWS: ACCOUNT })), role('svc', trust({ Service: 'config.amazonaws.com' }))]);
    assert.equal(statusOf(f, 'partner'), 'FAIL');
    assert.equal(statusOf(f, 'own'), 'PASS');
    assert.equal(statusOf(f, 'svc'), 'PASS');
  });
  it('passes when the external account is listed in trustedAccountIds', () =>
    assert.equal(statusOf(run(crossAccount, [partner], { params: { trustedAccountIds: ['999988887777'] } })), 'PASS'));
  it('rejects a malformed account id parameter', () => assert.throws(() => crossAccount.params!.parse({ trustedAccountIds: ['12345'] })));
  it('is ERROR when roles could not be listed', () => assert.equal(statusOf(run(crossAccount, [], { failed: [{ collector: 'iam.roles' }] })), 'ERROR'));
});

describe('iam_role_no_administrator_access_policy', () => {
  it('fails a role with AdministratorAccess, passes one without', () => {
    const f = run(noAdminAttached, [
      role('admin', trust({ AWS: ACCOUNT }), { attachedPolicyArns: ok(['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::aws:policy/AdministratorAccess']) }),
      role('reader', trust({ AWS: ACCOUNT }), { attachedPolicyArns: ok(['arn:aws:iam::aws:policy/ReadOnlyAccess']) }),
      role('lookalike', trust({ AWS: ACCOUNT }), { attachedPolicyArns: ok([`arn:aws:iam::${ACCOUNT}:policy/AdministratorAccess`]) }),
    ]);
    assert.equal(statusOf(f, 'admin'), 'FAIL');
    assert.equal(statusOf(f, 'reader'), 'PASS');
    assert.equal(statusOf(f, 'lookalike'), 'PASS');
  });
  it('is ERROR for a role whose attached policies could not be listed, and when the unit failed', () => {
    assert.equal(statusOf(run(noAdminAttached, [role('r', trust({ AWS: ACCOUNT }), { attachedPolicyArns: failed('AccessDenied: no') })])), 'ERROR');
    assert.equal(statusOf(run(noAdminAttached, [], { failed: [{ collector: 'iam.roles' }] })), 'ERROR');
  });
});

describe('iam_role_inline_policy_no_administrative_privileges', () => {
  const inline = (document: unknown) => ok([{ name: 'p', document }]);
  it('fails "*" on "*", passes scoped inline policies', () => {
    const f = run(inlineAdmin, [
      role('star', trust({ AWS: ACCOUNT }), { inlinePolicies: inline(doc({ Effect: 'Allow', Action: '*:*', Resource: ['*'] })) }),
      role('scoped', trust({ AWS: ACCOUNT }), { inlinePolicies: inline(doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' })) }),
      role('denied', trust({ AWS: ACCOUNT }), { inlinePolicies: inline(doc({ Effect: 'Deny', Action: '*', Resource: '*' })) }),
    ]);
    assert.equal(statusOf(f, 'star'), 'FAIL');
    assert.equal(statusOf(f, 'scoped'), 'PASS');
    assert.equal(statusOf(f, 'denied'), 'PASS');
  });
  it('is ERROR when inline policies could not be read', () => {
    assert.equal(statusOf(run(inlineAdmin, [role('r', trust({ AWS: ACCOUNT }), { inlinePolicies: failed('Throttling: slow down') })])), 'ERROR');
    assert.equal(statusOf(run(inlineAdmin, [], { failed: [{ collector: 'iam.roles' }] })), 'ERROR');
  });
});

describe('iam_policy_no_administrative_privileges', () => {
  it('fails "*" on "*" (attached or not), passes narrower grants', () => {
    const f = run(policyAdmin, [
      policy('all', ok(doc({ Effect: 'Allow', Action: '*', Resource: '*' })), 0),
      policy('all-list', ok(doc({ Effect: 'Allow', Action: ['s3:GetObject', '*'], Resource: ['*'] }))),
      policy('one-bucket', ok(doc({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b/*' }))),
      policy('not-action', ok(doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }))),
    ]);
    assert.equal(statusOf(f, 'all'), 'FAIL');
    assert.equal(statusOf(f, 'all-list'), 'FAIL');
    assert.equal(statusOf(f, 'one-bucket'), 'PASS');
    assert.equal(statusOf(f, 'not-action'), 'PASS');
  });
  it('is ERROR when the document could not be read or the unit failed', () => {
    assert.equal(statusOf(run(policyAdmin, [policy('p', failed('AccessDenied: no'))])), 'ERROR');
    assert.equal(statusOf(run(policyAdmin, [policy('p', ok(null))])), 'ERROR');
    assert.equal(statusOf(run(policyAdmin, [], { failed: [{ collector: 'iam.policies' }] })), 'ERROR');
  });
});

describe('iam_policy_no_pass_role_on_all_resources', () => {
  it('fails iam:PassRole (or a covering wildcard) on "*", passes a scoped PassRole', () => {
    const f = run(passRole, [
      policy('direct', ok(doc({ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }))),
      policy('wild', ok(doc({ Effect: 'Allow', Action: ['IAM:Pass*'], Resource: '*' }))),
      policy('iam-all', ok(doc({ Effect: 'Allow', Action: 'iam:*', Resource: '*' }))),
      policy('scoped', ok(doc({ Effect: 'Allow', Action: 'iam:PassRole', Resource: `arn:aws:iam::${ACCOUNT}:role/app` }))),
      policy('other', ok(doc({ Effect: 'Allow', Action: 'iam:PassRolePolicy*', Resource: '*' }))),
    ]);
    assert.equal(statusOf(f, 'direct'), 'FAIL');
    assert.equal(statusOf(f, 'wild'), 'FAIL');
    assert.equal(statusOf(f, 'iam-all'), 'FAIL');
    assert.equal(statusOf(f, 'scoped'), 'PASS');
    assert.equal(statusOf(f, 'other'), 'PASS');
  });
  it('is ERROR when the document could not be read or the unit failed', () => {
    assert.equal(statusOf(run(passRole, [policy('p', failed('AccessDenied: no'))])), 'ERROR');
    assert.equal(statusOf(run(passRole, [], { failed: [{ collector: 'iam.policies' }] })), 'ERROR');
  });
});
