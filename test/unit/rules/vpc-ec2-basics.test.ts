import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COLLECTORS_BY_ID } from '../../../src/collectors/index.js';
import type { AnyRule } from '../../../src/engine/defineRule.js';
import type { IpPermission } from '../../../src/inventory/resources/ec2.js';
import ebsDefault from '../../../src/rules/ec2/ec2_ebs_encryption_by_default.js';
import imdsv2 from '../../../src/rules/ec2/ec2_instance_imdsv2_required.js';
import noPublicIp from '../../../src/rules/ec2/ec2_instance_no_public_ip.js';
import defaultSgInUse from '../../../src/rules/vpc/vpc_default_security_group_not_in_use.js';
import nacl3389 from '../../../src/rules/vpc/vpc_network_acl_ingress_from_internet_to_port_3389.js';
import exposedDb from '../../../src/rules/vpc/vpc_network_interface_internet_exposed_database_ports.js';
import exposedRisky from '../../../src/rules/vpc/vpc_network_interface_internet_exposed_high_risk_ports.js';
import peeringRoutes from '../../../src/rules/vpc/vpc_peering_routes_least_access.js';
import sgDb from '../../../src/rules/vpc/vpc_security_group_ingress_from_internet_to_database_ports.js';
import sg3389 from '../../../src/rules/vpc/vpc_security_group_ingress_from_internet_to_port_3389.js';
import sgRemote from '../../../src/rules/vpc/vpc_security_group_ingress_from_internet_to_remote_access_ports.js';
import autoPublicIp from '../../../src/rules/vpc/vpc_subnet_no_auto_assign_public_ip.js';
import { evaluate, resource, run, statusOf } from '../../helpers/inventory.js';
import { topologyInventory, type Topology } from '../../helpers/topology.js';

const perm = (p: Partial<IpPermission>): IpPermission => ({ ipProtocol: 'tcp', ipv4Ranges: [], ipv6Ranges: [], prefixListIds: [], groupPairs: [], ...p });
const sg = (id: string, ingress: IpPermission[], groupName = 'app') => resource('AWS::EC2::SecurityGroup', { id, groupName, description: '', vpcId: 'vpc-1', ingress, egress: [] });
const instance = (id: string, f: Partial<Parameters<typeof resource<'AWS::EC2::Instance'>>[1]> = {}) =>
  resource('AWS::EC2::Instance', { id, state: 'running', imageId: 'ami-1', instanceType: 't3.micro', securityGroupIds: [], networkInterfaceIds: [], metadataOptions: {}, ...f });
const errors = (rule: AnyRule, collector: string) => assert.equal(statusOf(run(rule, [], { failed: [{ collector }] })), 'ERROR');

describe('security group port variants', () => {
  for (const [rule, port] of [
    [sg3389, 3389],
    [sgDb, 5432],
    [sgRemote, 445],
  ] as const)
    it(`${rule.id}: fails for ${port} from anywhere, passes for a trusted range`, () => {
      const f = run(rule, [sg('sg-open', [perm({ fromPort: port, toPort: port, ipv4Ranges: [{ cidr: '0.0.0.0/0' }] })]), sg('sg-ok', [perm({ fromPort: port, toPort: port, ipv4Ranges: [{ cidr: '192.0.2.0/24' }] })])]);
      assert.equal(statusOf(f, 'sg-open'), 'FAIL');
      assert.equal(statusOf(f, 'sg-ok'), 'PASS');
      errors(rule, 'ec2.securityGroups');
    });
});

describe('vpc_network_acl_ingress_from_internet_to_port_3389', () => {
  it('follows rule order', () => {
    const acl = (id: string, first: 'allow' | 'deny') =>
      resource('AWS::EC2::NetworkAcl', {
        id,
        vpcId: 'vpc-1',
        isDefault: false,
        subnetIds: [],
        entries: [
          { ruleNumber: 50, protocol: '6', ruleAction: first, egress: false, cidrBlock: '0.0.0.0/0', portRange: { from: 3389, to: 3389 } },
          { ruleNumber: 100, protocol: '-1', ruleAction: 'allow', egress: false, cidrBlock: '0.0.0.0/0' },
        ],
      });
    const f = run(nacl3389, [acl('acl-open', 'allow'), acl('acl-shut', 'deny')]);
    assert.equal(statusOf(f, 'acl-open'), 'FAIL');
    assert.equal(statusOf(f, 'acl-shut'), 'PASS');
    errors(nacl3389, 'ec2.networkAcls');
  });
});

describe('internet exposure on database and high-risk ports', () => {
  const topo = (port: number): Topology => ({
    vpc: { id: 'vpc-1', cidr: '10.0.0.0/16' },
    igw: 'igw-1',
    subnets: [{ id: 'subnet-1', cidr: '10.0.1.0/24', routes: [{ dest: '0.0.0.0/0', target: 'igw-1' }] }],
    securityGroups: [{ id: 'sg-1', ingress: [{ protocol: 'tcp', from: port, to: port, cidrs: ['0.0.0.0/0'] }] }],
    interfaces: [{ id: 'eni-1', subnet: 'subnet-1', groups: ['sg-1'], publicIps: ['54.1.2.3'] }],
  });
  for (const [rule, bad] of [
    [exposedDb, 3306],
    [exposedRisky, 8081],
  ] as const)
    it(`${rule.id}: fails for ${bad}, passes for 443`, () => {
      assert.equal(evaluate(topologyInventory(topo(bad)), { rules: [rule], collectors: COLLECTORS_BY_ID })[0].status, 'FAIL');
      assert.equal(evaluate(topologyInventory(topo(443)), { rules: [rule], collectors: COLLECTORS_BY_ID })[0].status, 'PASS');
      errors(rule, 'ec2.subnets');
    });
});

describe('vpc_default_security_group_not_in_use', () => {
  it('fails when an interface uses the default group', () => {
    const eni = (id: string, groups: string[]) =>
      resource('AWS::EC2::NetworkInterface', { id, vpcId: 'vpc-1', subnetId: 's', interfaceType: 'interface', status: 'in-use', description: '', securityGroupIds: groups, privateIpAddresses: [], publicIps: [], ipv6Addresses: [], requesterManaged: false });
    const f = run(defaultSgInUse, [sg('sg-d1', [], 'default'), { ...sg('sg-d2', [], 'default'), vpcId: 'vpc-2' }, eni('eni-1', ['sg-d1'])]);
    assert.equal(statusOf(f, 'sg-d1'), 'FAIL');
    assert.equal(statusOf(f, 'sg-d2'), 'PASS');
    errors(defaultSgInUse, 'ec2.networkInterfaces');
  });
});

describe('vpc_peering_routes_least_access', () => {
  it('fails for a default route over a peering connection', () => {
    const rt = (id: string, dest: string) =>
      resource('AWS::EC2::RouteTable', { id, vpcId: 'vpc-1', associations: [], routes: [{ destinationCidrBlock: dest, target: 'pcx-1', state: 'active' }] });
    const f = run(peeringRoutes, [rt('rtb-wide', '0.0.0.0/0'), rt('rtb-narrow', '10.1.2.0/24')]);
    assert.equal(statusOf(f, 'rtb-wide'), 'FAIL');
    assert.equal(statusOf(f, 'rtb-narrow'), 'PASS');
    errors(peeringRoutes, 'ec2.routeTables');
  });
});

describe('vpc_subnet_no_auto_assign_public_ip', () => {
  it('fails for subnets that map public IPs', () => {
    const subnet = (id: string, map: boolean) => resource('AWS::EC2::Subnet', { id, vpcId: 'vpc-1', cidrBlock: '10.0.0.0/24', ipv6CidrBlocks: [], availabilityZone: 'a', mapPublicIpOnLaunch: map });
    const f = run(autoPublicIp, [subnet('subnet-pub', true), subnet('subnet-priv', false)]);
    assert.equal(statusOf(f, 'subnet-pub'), 'FAIL');
    assert.equal(statusOf(f, 'subnet-priv'), 'PASS');
    errors(autoPublicIp, 'ec2.subnets');
  });
});

describe('EC2 instance rules', () => {
  it('ec2_instance_imdsv2_required', () => {
    const f = run(imdsv2, [instance('i-v1', { metadataOptions: { httpTokens: 'optional' } }), instance('i-v2', { metadataOptions: { httpTokens: 'required' } }), instance('i-off', { metadataOptions: { httpEndpoint: 'disabled' } })]);
    assert.equal(statusOf(f, 'i-v1'), 'FAIL');
    assert.equal(statusOf(f, 'i-v2'), 'PASS');
    assert.equal(statusOf(f, 'i-off'), 'PASS');
    errors(imdsv2, 'ec2.instances');
  });
  it('ec2_instance_no_public_ip', () => {
    const f = run(noPublicIp, [instance('i-pub', { publicIpAddress: '54.1.1.1' }), instance('i-priv')]);
    assert.equal(statusOf(f, 'i-pub'), 'FAIL');
    assert.equal(statusOf(f, 'i-priv'), 'PASS');
    errors(noPublicIp, 'ec2.instances');
  });
  it('ec2_ebs_encryption_by_default: per region, and ERROR when the setting could not be read', () => {
    const settings = (id: string, ebs: { ok: true; value: boolean } | { ok: false; error: string }) =>
      resource('AWS::EC2::AccountSettings', { id, ebsEncryptionByDefault: ebs, imdsDefaults: { ok: true, value: null } });
    const f = run(ebsDefault, [settings('on', { ok: true, value: true }), settings('off', { ok: true, value: false }), settings('unknown', { ok: false, error: 'AccessDenied' })]);
    assert.equal(statusOf(f, 'on'), 'PASS');
    assert.equal(statusOf(f, 'off'), 'FAIL');
    assert.equal(statusOf(f, 'unknown'), 'ERROR');
    errors(ebsDefault, 'ec2.accountSettings');
  });
});
