import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sg22 from '../../../src/rules/vpc/vpc_security_group_ingress_from_internet_to_port_22.js';
import sgAll from '../../../src/rules/vpc/vpc_security_group_ingress_from_internet_to_all_ports.js';
import nacl22 from '../../../src/rules/vpc/vpc_network_acl_ingress_from_internet_to_port_22.js';
import defaultSg from '../../../src/rules/vpc/vpc_default_security_group_restricts_all_traffic.js';
import flowLogs from '../../../src/rules/vpc/vpc_flow_logs_enabled.js';
import { resource, run, statusOf } from '../../helpers/inventory.js';
import type { IpPermission } from '../../../src/inventory/resources/ec2.js';

const perm = (p: Partial<IpPermission>): IpPermission => ({ ipProtocol: 'tcp', ipv4Ranges: [], ipv6Ranges: [], prefixListIds: [], groupPairs: [], ...p });
const sg = (id: string, ingress: IpPermission[], groupName = 'app') =>
  resource('AWS::EC2::SecurityGroup', { id, groupName, description: '', vpcId: 'vpc-1', ingress, egress: [] });

describe('vpc_security_group_ingress_from_internet_to_port_22', () => {
  it('fails for 22 open to 0.0.0.0/0, ::/0, a range covering 22, and protocol -1', () => {
    const f = run(sg22, [
      sg('sg-v4', [perm({ fromPort: 22, toPort: 22, ipv4Ranges: [{ cidr: '0.0.0.0/0' }] })]),
      sg('sg-v6', [perm({ fromPort: 22, toPort: 22, ipv6Ranges: [{ cidr: '::/0' }] })]),
      sg('sg-range', [perm({ fromPort: 0, toPort: 1024, ipv4Ranges: [{ cidr: '0.0.0.0/0' }] })]),
      sg('sg-all', [perm({ ipProtocol: '-1', ipv4Ranges: [{ cidr: '0.0.0.0/0' }] })]),
    ]);
    for (const id of ['sg-v4', 'sg-v6', 'sg-range', 'sg-all']) assert.equal(statusOf(f, id), 'FAIL', id);
  });
  it('passes for 22 from a trusted range, or another port from anywhere', () => {
    const f = run(sg22, [
      sg('sg-office', [perm({ fromPort: 22, toPort: 22, ipv4Ranges: [{ cidr: '203.0.113.0/24' }] })]),
      sg('sg-https', [perm({ fromPort: 443, toPort: 443, ipv4Ranges: [{ cidr: '0.0.0.0/0' }] })]),
      sg('sg-icmp', [perm({ ipProtocol: 'icmp', fromPort: -1, toPort: -1, ipv4Ranges: [{ cidr: '0.0.0.0/0' }] })]),
    ]);
    for (const id of ['sg-office', 'sg-https', 'sg-icmp']) assert.equal(statusOf(f, id), 'PASS', id);
  });
  it('is ERROR, never PASS, when security groups could not be read', () => {
    const f = run(sg22, [], { failed: [{ collector: 'ec2.securityGroups' }] });
    assert.equal(statusOf(f), 'ERROR');
  });
});

describe('vpc_security_group_ingress_from_internet_to_all_ports', () => {
  it('fails only for every port open', () => {
    const f = run(sgAll, [
      sg('sg-all', [perm({ ipProtocol: '-1', ipv6Ranges: [{ cidr: '::/0' }] })]),
      sg('sg-full-tcp', [perm({ fromPort: 0, toPort: 65535, ipv4Ranges: [{ cidr: '0.0.0.0/0' }] })]),
      sg('sg-one', [perm({ fromPort: 443, toPort: 443, ipv4Ranges: [{ cidr: '0.0.0.0/0' }] })]),
    ]);
    assert.equal(statusOf(f, 'sg-all'), 'FAIL');
    assert.equal(statusOf(f, 'sg-full-tcp'), 'FAIL');
    assert.equal(statusOf(f, 'sg-one'), 'PASS');
  });
  it('errors when data is missing', () => assert.equal(statusOf(run(sgAll, [], { failed: [{ collector: 'ec2.securityGroups', state: 'throttled' }] })), 'ERROR'));
});

describe('vpc_network_acl_ingress_from_internet_to_port_22', () => {
  const acl = (id: string, entries: Array<{ ruleNumber: number; ruleAction: 'allow' | 'deny'; protocol?: string; cidrBlock?: string; portRange?: { from: number; to: number } }>) =>
    resource('AWS::EC2::NetworkAcl', { id, vpcId: 'vpc-1', isDefault: false, subnetIds: [], entries: entries.map((e) => ({ egress: false, protocol: '6', cidrBlock: '0.0.0.0/0', ...e })) });
  it('fails when the first matching entry allows, passes when a deny comes first', () => {
    const f = run(nacl22, [
      acl('acl-open', [{ ruleNumber: 100, ruleAction: 'allow', protocol: '-1' }, { ruleNumber: 32767, ruleAction: 'deny', protocol: '-1' }]),
      acl('acl-deny-first', [{ ruleNumber: 90, ruleAction: 'deny', portRange: { from: 22, to: 22 } }, { ruleNumber: 100, ruleAction: 'allow', protocol: '-1' }]),
      acl('acl-https', [{ ruleNumber: 100, ruleAction: 'allow', portRange: { from: 443, to: 443 } }]),
    ]);
    assert.equal(statusOf(f, 'acl-open'), 'FAIL');
    assert.equal(statusOf(f, 'acl-deny-first'), 'PASS');
    assert.equal(statusOf(f, 'acl-https'), 'PASS');
  });
  it('errors when NACLs could not be read', () => assert.equal(statusOf(run(nacl22, [], { failed: [{ collector: 'ec2.networkAcls' }] })), 'ERROR'));
});

describe('vpc_default_security_group_restricts_all_traffic', () => {
  it('fails for a default group with rules, passes for an empty one, ignores others', () => {
    const f = run(defaultSg, [
      sg('sg-d1', [perm({ ipProtocol: '-1', groupPairs: [{ groupId: 'sg-d1' }] })], 'default'),
      resource('AWS::EC2::SecurityGroup', { id: 'sg-d2', groupName: 'default', description: '', vpcId: 'vpc-2', ingress: [], egress: [] }),
      sg('sg-app', [perm({ fromPort: 22, toPort: 22, ipv4Ranges: [{ cidr: '0.0.0.0/0' }] })]),
    ]);
    assert.equal(statusOf(f, 'sg-d1'), 'FAIL');
    assert.equal(statusOf(f, 'sg-d2'), 'PASS');
    assert.equal(f.length, 2);
  });
  it('errors when data is missing', () => assert.equal(statusOf(run(defaultSg, [], { failed: [{ collector: 'ec2.securityGroups' }] })), 'ERROR'));
});

describe('vpc_flow_logs_enabled', () => {
  const vpc = (id: string) => resource('AWS::EC2::VPC', { id, cidrBlock: '10.0.0.0/16', ipv6CidrBlocks: [], isDefault: false, state: 'available' });
  it('passes with an active REJECT/ALL flow log and fails without', () => {
    const f = run(flowLogs, [
      vpc('vpc-a'),
      vpc('vpc-b'),
      vpc('vpc-c'),
      resource('AWS::EC2::FlowLog', { resourceId: 'vpc-a', trafficType: 'ALL', logDestinationType: 's3', status: 'ACTIVE' }),
      resource('AWS::EC2::FlowLog', { resourceId: 'vpc-c', trafficType: 'ACCEPT', logDestinationType: 's3', status: 'ACTIVE' }),
    ]);
    assert.equal(statusOf(f, 'vpc-a'), 'PASS');
    assert.equal(statusOf(f, 'vpc-b'), 'FAIL');
    assert.equal(statusOf(f, 'vpc-c'), 'FAIL');
  });
  it('errors when flow logs could not be read even though VPCs could', () =>
    assert.equal(statusOf(run(flowLogs, [vpc('vpc-a')], { failed: [{ collector: 'ec2.flowLogs' }] })), 'ERROR'));
});
