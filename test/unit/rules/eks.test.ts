import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ResourceOf } from '../../../src/inventory/schema.js';
import endpoint from '../../../src/rules/eks/eks_cluster_endpoint_not_publicly_accessible.js';
import secrets from '../../../src/rules/eks/eks_cluster_secrets_encrypted_with_kms.js';
import audit from '../../../src/rules/eks/eks_cluster_audit_logging_enabled.js';
import version from '../../../src/rules/eks/eks_cluster_supported_version.js';
import ssh from '../../../src/rules/eks/eks_nodegroup_ssh_restricted.js';
import type { AnyRule } from '../../../src/engine/defineRule.js';
import { resource, run, statusOf } from '../../helpers/inventory.js';

type Cluster = ResourceOf<'AWS::EKS::Cluster'>;
const cluster = (id: string, f: Partial<Cluster> = {}) =>
  resource('AWS::EKS::Cluster', {
    id,
    name: id,
    version: '1.34',
    endpointPublicAccess: false,
    endpointPrivateAccess: true,
    publicAccessCidrs: [],
    subnetIds: [],
    securityGroupIds: [],
    secretsEncryptionKeyArns: [],
    enabledLogTypes: [],
    ...f,
  });
const nodegroup = (id: string, remoteAccess?: ResourceOf<'AWS::EKS::Nodegroup'>['remoteAccess'], describeError?: string) =>
  resource('AWS::EKS::Nodegroup', { id, name: id.split('/')[1], clusterName: id.split('/')[0], subnets: [], remoteAccess, describeError });

function clusterErrors(rule: AnyRule) {
  it('is ERROR for a cluster whose Describe failed, and when the unit failed', () => {
    assert.equal(statusOf(run(rule, [cluster('x', { describeError: 'DescribeCluster: AccessDeniedException: denied' })]), 'x'), 'ERROR');
    assert.equal(statusOf(run(rule, [], { failed: [{ collector: 'eks.clusters' }] })), 'ERROR');
  });
}

describe('eks_cluster_endpoint_not_publicly_accessible', () => {
  it('fails for a public endpoint open to the internet (explicitly or by default), passes for private or CIDR-restricted', () => {
    const f = run(endpoint, [
      cluster('open', { endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'] }),
      cluster('default-open', { endpointPublicAccess: true, publicAccessCidrs: [] }),
      cluster('v6-open', { endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24', '::/0'] }),
      cluster('office', { endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] }),
      cluster('private'),
    ]);
    for (const id of ['open', 'default-open', 'v6-open']) assert.equal(statusOf(f, id), 'FAIL', id);
    assert.equal(statusOf(f, 'office'), 'PASS');
    assert.equal(statusOf(f, 'private'), 'PASS');
  });
  clusterErrors(endpoint);
});

describe('eks_cluster_secrets_encrypted_with_kms', () => {
  it('fails without a secrets key, passes with one', () => {
    const f = run(secrets, [cluster('plain'), cluster('enc', { secretsEncryptionKeyArns: ['arn:aws:kms:us-east-1:111122223333:key/k'] })]);
    assert.equal(statusOf(f, 'plain'), 'FAIL');
    assert.equal(statusOf(f, 'enc'), 'PASS');
  });
  clusterErrors(secrets);
});

describe('eks_cluster_audit_logging_enabled', () => {
  it('fails without audit logs, passes with them, and honours requiredLogTypes', () => {
    const f = run(audit, [cluster('none'), cluster('api-only', { enabledLogTypes: ['api'] }), cluster('audit', { enabledLogTypes: ['api', 'audit'] })]);
    assert.equal(statusOf(f, 'none'), 'FAIL');
    assert.equal(statusOf(f, 'api-only'), 'FAIL');
    assert.equal(statusOf(f, 'audit'), 'PASS');
    assert.equal(statusOf(run(audit, [cluster('audit', { enabledLogTypes: ['audit'] })], { params: { requiredLogTypes: ['audit', 'authenticator'] } })), 'FAIL');
  });
  clusterErrors(audit);
});

describe('eks_cluster_supported_version', () => {
  const asOf = new Date('2026-11-24T00:00:00Z');
  it('on 2026-11-24, fails 1.33 (standard support ended 2026-07-29) and older, passes 1.34 and newer', () => {
    const f = run(
      version,
      [cluster('v133', { version: '1.33' }), cluster('v123', { version: '1.23' }), cluster('v134', { version: '1.34' }), cluster('v135', { version: '1.35' }), cluster('v137', { version: '1.37' })],
      { asOf },
    );
    assert.equal(statusOf(f, 'v133'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'v133')!.message, /ended on 2026-07-29/);
    assert.equal(statusOf(f, 'v123'), 'FAIL');
    assert.equal(statusOf(f, 'v134'), 'PASS');
    assert.equal(statusOf(f, 'v135'), 'PASS');
    assert.equal(statusOf(f, 'v137'), 'PASS');
  });
  it('judges against the scan date: 1.34 fails from 2026-12-02', () => {
    assert.equal(statusOf(run(version, [cluster('v134', { version: '1.34' })], { asOf: new Date('2026-12-02T00:00:00Z') })), 'FAIL');
    assert.equal(statusOf(run(version, [cluster('v134', { version: '1.34' })], { asOf: new Date('2026-12-01T23:59:59Z') })), 'PASS');
  });
  it('uses a calendar given as a parameter', () => {
    const f = run(version, [cluster('v134', { version: '1.34' })], { asOf, params: { standardSupportEnds: { '1.34': '2026-01-01', '1.35': '2027-03-27' } } });
    assert.equal(statusOf(f), 'FAIL');
  });
  it('is ERROR for an unreadable version string', () => assert.equal(statusOf(run(version, [cluster('odd', { version: 'latest' })], { asOf })), 'ERROR'));
  clusterErrors(version);
});

describe('eks_nodegroup_ssh_restricted', () => {
  it('fails for an SSH key without source security groups, passes otherwise', () => {
    const f = run(ssh, [nodegroup('k/open', { ec2SshKey: 'ops', sourceSecurityGroups: [] }), nodegroup('k/sg', { ec2SshKey: 'ops', sourceSecurityGroups: ['sg-1'] }), nodegroup('k/none')]);
    assert.equal(statusOf(f, 'k/open'), 'FAIL');
    assert.equal(statusOf(f, 'k/sg'), 'PASS');
    assert.equal(statusOf(f, 'k/none'), 'PASS');
  });
  it('errors for an undescribed node group and a failed unit', () => {
    assert.equal(statusOf(run(ssh, [nodegroup('k/x', undefined, 'DescribeNodegroup: AccessDeniedException')]), 'k/x'), 'ERROR');
    assert.equal(statusOf(run(ssh, [], { failed: [{ collector: 'eks.nodegroups' }] })), 'ERROR');
  });
});
