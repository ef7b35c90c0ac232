import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ResourceOf } from '../../../src/inventory/schema.js';
import privateEndpoint from '../../../src/rules/eks/eks_cluster_private_endpoint_enabled.js';
import allLogs from '../../../src/rules/eks/eks_cluster_control_plane_logging_all_types.js';
import deletion from '../../../src/rules/eks/eks_cluster_deletion_protection_enabled.js';
import nodes from '../../../src/rules/eks/eks_nodegroup_multiple_nodes.js';
import zones from '../../../src/rules/eks/eks_nodegroup_multiple_availability_zones.js';
import defaultVpc from '../../../src/rules/eks/eks_cluster_not_in_default_vpc.js';
import amiType from '../../../src/rules/eks/eks_nodegroup_ami_type_supported.js';
import { resource, run, statusOf } from '../../helpers/inventory.js';

const DESCRIBE_ERROR = { describeError: 'DescribeCluster: AccessDeniedException: denied' };
const cluster = (id: string, f: Partial<ResourceOf<'AWS::EKS::Cluster'>> = {}) =>
  resource('AWS::EKS::Cluster', {
    id,
    name: id,
    endpointPublicAccess: false,
    endpointPrivateAccess: true,
    publicAccessCidrs: [],
    subnetIds: [],
    securityGroupIds: [],
    secretsEncryptionKeyArns: [],
    enabledLogTypes: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'],
    deletionProtection: true,
    vpcId: 'vpc-app',
    ...f,
  });
const nodegroup = (id: string, f: Partial<ResourceOf<'AWS::EKS::Nodegroup'>> = {}) =>
  resource('AWS::EKS::Nodegroup', { id, name: id, clusterName: 'c', amiType: 'AL2023_x86_64_STANDARD', subnets: ['subnet-a', 'subnet-b'], scalingConfig: { minSize: 2, maxSize: 4, desiredSize: 2 }, ...f });
const subnet = (id: string, az: string) => resource('AWS::EC2::Subnet', { id, name: id, vpcId: 'vpc-app', cidrBlock: '10.0.0.0/24', ipv6CidrBlocks: [], availabilityZone: az, mapPublicIpOnLaunch: false });
const vpc = (id: string, isDefault: boolean) => resource('AWS::EC2::VPC', { id, name: id, cidrBlock: '10.0.0.0/16', ipv6CidrBlocks: [], isDefault, state: 'available' });

describe('eks_cluster_private_endpoint_enabled', () => {
  it('fails without private access and passes with it', () => {
    const f = run(privateEndpoint, [cluster('pub', { endpointPrivateAccess: false, endpointPublicAccess: true }), cluster('priv')]);
    assert.equal(statusOf(f, 'pub'), 'FAIL');
    assert.equal(statusOf(f, 'priv'), 'PASS');
  });
  it('is ERROR when the cluster or the unit could not be read', () => {
    assert.equal(statusOf(run(privateEndpoint, [cluster('x', DESCRIBE_ERROR)])), 'ERROR');
    assert.equal(statusOf(run(privateEndpoint, [], { failed: [{ collector: 'eks.clusters' }] })), 'ERROR');
  });
});

describe('eks_cluster_control_plane_logging_all_types', () => {
  it('fails a cluster logging only audit and names the missing types; passes all five', () => {
    const f = run(allLogs, [cluster('audit-only', { enabledLogTypes: ['audit'] }), cluster('all')]);
    assert.equal(statusOf(f, 'audit-only'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'audit-only')!.message, /api, authenticator, controllerManager, scheduler/);
    assert.equal(statusOf(f, 'all'), 'PASS');
    assert.equal(statusOf(run(allLogs, [cluster('audit-only', { enabledLogTypes: ['audit'] })], { params: { requiredLogTypes: ['audit'] } })), 'PASS');
  });
  it('is ERROR when the cluster or the unit could not be read', () => {
    assert.equal(statusOf(run(allLogs, [cluster('x', DESCRIBE_ERROR)])), 'ERROR');
    assert.equal(statusOf(run(allLogs, [], { failed: [{ collector: 'eks.clusters' }] })), 'ERROR');
  });
});

describe('eks_cluster_deletion_protection_enabled', () => {
  it('fails off, passes on, and is ERROR when the field was never collected', () => {
    const f = run(deletion, [cluster('off', { deletionProtection: false }), cluster('on'), cluster('old', { deletionProtection: undefined })]);
    assert.equal(statusOf(f, 'off'), 'FAIL');
    assert.equal(statusOf(f, 'on'), 'PASS');
    assert.equal(statusOf(f, 'old'), 'ERROR');
    assert.equal(statusOf(run(deletion, [], { failed: [{ collector: 'eks.clusters' }] })), 'ERROR');
  });
});

describe('eks_nodegroup_multiple_nodes', () => {
  it('fails a minimum of one node, passes two', () => {
    const f = run(nodes, [nodegroup('c/single', { scalingConfig: { minSize: 1, maxSize: 3, desiredSize: 2 } }), nodegroup('c/pair')]);
    assert.equal(statusOf(f, 'c/single'), 'FAIL');
    assert.equal(statusOf(f, 'c/pair'), 'PASS');
  });
  it('is ERROR without scaling data, a failed Describe, or a failed unit', () => {
    assert.equal(statusOf(run(nodes, [nodegroup('c/old', { scalingConfig: undefined })])), 'ERROR');
    assert.equal(statusOf(run(nodes, [nodegroup('c/x', { describeError: 'DescribeNodegroup: denied' })])), 'ERROR');
    assert.equal(statusOf(run(nodes, [], { failed: [{ collector: 'eks.nodegroups' }] })), 'ERROR');
  });
});

describe('eks_nodegroup_multiple_availability_zones', () => {
  const subnets = [subnet('subnet-a', 'us-east-1a'), subnet('subnet-b', 'us-east-1b'), subnet('subnet-a2', 'us-east-1a')];
  it('fails subnets in one zone, passes two zones', () => {
    const f = run(zones, [...subnets, nodegroup('c/one-az', { subnets: ['subnet-a', 'subnet-a2'] }), nodegroup('c/two-az')]);
    assert.equal(statusOf(f, 'c/one-az'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'c/one-az')!.message, /us-east-1a/);
    assert.equal(statusOf(f, 'c/two-az'), 'PASS');
  });
  it('is ERROR for a subnet not in the inventory and when either unit failed', () => {
    assert.equal(statusOf(run(zones, [subnets[0], nodegroup('c/x', { subnets: ['subnet-a', 'subnet-zz'] })])), 'ERROR');
    assert.equal(statusOf(run(zones, [], { failed: [{ collector: 'ec2.subnets' }] })), 'ERROR');
    assert.equal(statusOf(run(zones, [], { failed: [{ collector: 'eks.nodegroups' }] })), 'ERROR');
  });
});

describe('eks_cluster_not_in_default_vpc', () => {
  it('fails a cluster in the default VPC and passes one in a custom VPC', () => {
    const f = run(defaultVpc, [vpc('vpc-default', true), vpc('vpc-app', false), cluster('in-default', { vpcId: 'vpc-default' }), cluster('in-app')]);
    assert.equal(statusOf(f, 'in-default'), 'FAIL');
    assert.equal(statusOf(f, 'in-app'), 'PASS');
  });
  it('is ERROR when the VPC is unknown or the VPC unit failed', () => {
    assert.equal(statusOf(run(defaultVpc, [cluster('lost', { vpcId: 'vpc-gone' })])), 'ERROR');
    assert.equal(statusOf(run(defaultVpc, [], { failed: [{ collector: 'ec2.vpcs' }] })), 'ERROR');
  });
});

describe('eks_nodegroup_ami_type_supported', () => {
  const after = new Date('2026-11-24T00:00:00Z');
  const before = new Date('2025-06-01T00:00:00Z');
  it('fails AL2 AMI types after 2025-11-26, passes them before, passes AL2023, skips CUSTOM', () => {
    const groups = [nodegroup('c/al2', { amiType: 'AL2_x86_64_GPU' }), nodegroup('c/al2023'), nodegroup('c/custom', { amiType: 'CUSTOM' })];
    const f = run(amiType, groups, { asOf: after });
    assert.equal(statusOf(f, 'c/al2'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'c/al2')!.message, /2025-11-26/);
    assert.equal(statusOf(f, 'c/al2023'), 'PASS');
    assert.equal(f.filter((x) => x.resource.id === 'c/custom').length, 0);
    assert.equal(statusOf(run(amiType, groups, { asOf: before }), 'c/al2'), 'PASS');
  });
  it('is ERROR without an AMI type or when the unit failed', () => {
    assert.equal(statusOf(run(amiType, [nodegroup('c/x', { amiType: undefined })])), 'ERROR');
    assert.equal(statusOf(run(amiType, [], { failed: [{ collector: 'eks.nodegroups' }] })), 'ERROR');
  });
});
