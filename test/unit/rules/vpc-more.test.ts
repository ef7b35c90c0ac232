import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import endpointLogs from '../../../src/rules/vpc/vpc_endpoint_for_logs_in_workload_vpcs.js';
import endpointMonitoring from '../../../src/rules/vpc/vpc_endpoint_for_monitoring_in_workload_vpcs.js';
import endpointConfig from '../../../src/rules/vpc/vpc_endpoint_for_config_in_workload_vpcs.js';
import endpointEcrApi from '../../../src/rules/vpc/vpc_endpoint_for_ecr_api_in_workload_vpcs.js';
import endpointEcrDkr from '../../../src/rules/vpc/vpc_endpoint_for_ecr_dkr_in_workload_vpcs.js';
import endpointSmApi from '../../../src/rules/vpc/vpc_endpoint_for_sagemaker_api_in_workload_vpcs.js';
import endpointSmRuntime from '../../../src/rules/vpc/vpc_endpoint_for_sagemaker_runtime_in_workload_vpcs.js';
import endpointSynthetics from '../../../src/rules/vpc/vpc_endpoint_for_synthetics_in_workload_vpcs.js';
import endpointSts from '../../../src/rules/vpc/vpc_endpoint_for_sts_in_workload_vpcs.js';
import endpointS3 from '../../../src/rules/vpc/vpc_endpoint_for_s3_in_workload_vpcs.js';
import endpointEc2 from '../../../src/rules/vpc/vpc_endpoint_for_ec2_in_workload_vpcs.js';
import endpointSsm from '../../../src/rules/vpc/vpc_endpoint_for_ssm_in_workload_vpcs.js';
import policyFull from '../../../src/rules/vpc/vpc_endpoint_policy_not_full_access.js';
import privateDns from '../../../src/rules/vpc/vpc_endpoint_private_dns_enabled.js';
import endpointSg from '../../../src/rules/vpc/vpc_endpoint_security_group_not_open_to_internet.js';
import endpointAz from '../../../src/rules/vpc/vpc_endpoint_interface_multi_az.js';
import sgUnused from '../../../src/rules/vpc/vpc_security_group_unused.js';
import naclUnused from '../../../src/rules/vpc/vpc_network_acl_unused.js';
import eip from '../../../src/rules/vpc/vpc_elastic_ip_associated.js';
import highRisk from '../../../src/rules/vpc/vpc_security_group_ingress_from_internet_to_high_risk_ports.js';
import authorized from '../../../src/rules/vpc/vpc_security_group_ingress_from_internet_only_authorized_ports.js';
import defaultVpc from '../../../src/rules/vpc/vpc_default_vpc_hosts_no_workloads.js';
import subnetsAz from '../../../src/rules/vpc/vpc_subnets_in_multiple_azs.js';
import natAz from '../../../src/rules/vpc/vpc_nat_gateway_in_each_workload_az.js';
import peering from '../../../src/rules/vpc/vpc_peering_connection_trusted_accounts.js';
import tgw from '../../../src/rules/vpc/vpc_transit_gateway_auto_accept_disabled.js';
import type { IpPermission } from '../../../src/inventory/resources/ec2.js';
import type { ResourceOf } from '../../../src/inventory/schema.js';
import { ACCOUNT, REGION, evaluate, inventoryFor, resource, run, statusOf } from '../../helpers/inventory.js';
import { COLLECTORS_BY_ID } from '../../../src/collectors/index.js';

const perm = (p: Partial<IpPermission>): IpPermission => ({ ipProtocol: 'tcp', ipv4Ranges: [], ipv6Ranges: [], prefixListIds: [], groupPairs: [], ...p });
const sg = (id: string, ingress: IpPermission[], groupName = 'app', egress: IpPermission[] = []) => resource('AWS::EC2::SecurityGroup', { id, groupName, description: '', vpcId: 'vpc-1', ingress, egress });
const vpc = (id: string, isDefault = false) => resource('AWS::EC2::VPC', { id, cidrBlock: '10.0.0.0/16', ipv6CidrBlocks: [], isDefault, state: 'available' });
const subnet = (id: string, vpcId: string, az: string) => resource('AWS::EC2::Subnet', { id, vpcId, cidrBlock: '10.0.0.0/24', ipv6CidrBlocks: [], availabilityZone: `${REGION}${az}`, mapPublicIpOnLaunch: false });
const eni = (id: string, vpcId: string, fields: Partial<ResourceOf<'AWS::EC2::NetworkInterface'>> = {}) =>
  resource('AWS::EC2::NetworkInterface', {
    id,
    vpcId,
    subnetId: 'subnet-a',
    interfaceType: 'interface',
    status: 'in-use',
    description: '',
    securityGroupIds: [],
    privateIpAddresses: ['10.0.0.5'],
    publicIps: [],
    ipv6Addresses: [],
    requesterManaged: false,
    ...fields,
  });
const endpoint = (id: string, service: string, fields: Partial<ResourceOf<'AWS::EC2::VPCEndpoint'>> = {}) =>
  resource('AWS::EC2::VPCEndpoint', {
    id,
    vpcId: 'vpc-1',
    serviceName: `com.amazonaws.${REGION}.${service}`,
    endpointType: 'Interface',
    state: 'available',
    subnetIds: [],
    securityGroupIds: [],
    routeTableIds: [],
    privateDnsEnabled: true,
    service: { ok: true, value: { policySupported: true, privateDnsName: `${service}.${REGION}.amazonaws.com` } },
    ...fields,
  });

describe('vpc_endpoint_for_<service>_in_workload_vpcs', () => {
  const rules = [
    [endpointLogs, 'logs'],
    [endpointMonitoring, 'monitoring'],
    [endpointConfig, 'config'],
    [endpointEcrApi, 'ecr.api'],
    [endpointEcrDkr, 'ecr.dkr'],
    [endpointSmApi, 'sagemaker.api'],
    [endpointSmRuntime, 'sagemaker.runtime'],
    [endpointSynthetics, 'synthetics'],
    [endpointSts, 'sts'],
    [endpointS3, 's3'],
    [endpointEc2, 'ec2'],
    [endpointSsm, 'ssm'],
  ] as const;
  for (const [rule, service] of rules)
    it(`${rule.id}: FAIL without the endpoint, PASS with it, workload-free VPCs not judged, ERROR when endpoints are unread`, () => {
      const estate = [
        vpc('vpc-bare'),
        vpc('vpc-ok'),
        vpc('vpc-idle'),
        vpc('vpc-pending'),
        eni('eni-i', 'vpc-bare', { attachedInstanceId: 'i-1' }),
        eni('eni-task', 'vpc-ok', { description: 'arn:aws:ecs:us-east-1:111122223333:attachment/x', interfaceType: 'interface' }),
        eni('eni-nb', 'vpc-pending', { attachedInstanceId: 'i-2' }),
        eni('eni-elb', 'vpc-idle', { description: 'ELB app/web/123', requesterManaged: true }),
        endpoint('vpce-ok', service, { vpcId: 'vpc-ok', endpointType: service === 's3' ? 'Gateway' : 'Interface' }),
        endpoint('vpce-pending', service, { vpcId: 'vpc-pending', state: 'pending' }),
        endpoint('vpce-other', 'kinesis-streams', { vpcId: 'vpc-bare' }),
      ];
      const f = run(rule, estate);
      assert.equal(statusOf(f, 'vpc-bare'), 'FAIL');
      assert.equal(statusOf(f, 'vpc-ok'), 'PASS');
      assert.equal(statusOf(f, 'vpc-pending'), 'FAIL');
      assert.equal(f.filter((x) => x.resource.id === 'vpc-idle').length, 0, 'a VPC with only a load balancer is not judged');
      assert.equal(statusOf(run(rule, estate, { failed: [{ collector: 'ec2.vpcEndpoints' }] })), 'ERROR');
    });
  it('a gateway endpoint does not satisfy an interface-only service', () => {
    const f = run(endpointLogs, [vpc('vpc-1'), eni('eni-1', 'vpc-1', { interfaceType: 'lambda' }), endpoint('vpce-g', 'logs', { endpointType: 'Gateway' })]);
    assert.equal(statusOf(f, 'vpc-1'), 'FAIL');
  });
});

describe('vpc_endpoint_policy_not_full_access', () => {
  const full = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] };
  const org = { Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }] };
  const ecrOnly = { Statement: [{ Effect: 'Allow', Principal: '*', Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'], Resource: '*' }] };
  const denyOutside = { Statement: [full.Statement[0], { Effect: 'Deny', Principal: '*', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:PrincipalAccount': ACCOUNT } } }] };
  it('fails for the default policy and a missing one, passes for narrowed ones, skips services without policy support', () => {
    const f = run(policyFull, [
      endpoint('vpce-full', 'logs', { policyDocument: full }),
      endpoint('vpce-none', 'logs'),
      endpoint('vpce-org', 'logs', { policyDocument: org }),
      endpoint('vpce-ecr', 'ecr.api', { policyDocument: ecrOnly }),
      endpoint('vpce-deny', 'sts', { policyDocument: denyOutside }),
      endpoint('vpce-nopolicy', 'config', { policyDocument: full, service: { ok: true, value: { policySupported: false } } }),
    ]);
    assert.equal(statusOf(f, 'vpce-full'), 'FAIL');
    assert.equal(statusOf(f, 'vpce-none'), 'FAIL');
    assert.equal(statusOf(f, 'vpce-org'), 'PASS');
    assert.equal(statusOf(f, 'vpce-ecr'), 'PASS');
    assert.equal(statusOf(f, 'vpce-deny'), 'PASS');
    assert.equal(f.filter((x) => x.resource.id === 'vpce-nopolicy').length, 0);
  });
  it('is ERROR when policy support could not be read, or the collector failed', () => {
    const f = run(policyFull, [endpoint('vpce-x', 'logs', { policyDocument: full, service: { ok: false, error: 'AccessDenied' } }), endpoint('vpce-old', 'logs', { policyDocument: full, service: undefined })]);
    assert.equal(statusOf(f, 'vpce-x'), 'ERROR');
    assert.equal(statusOf(f, 'vpce-old'), 'ERROR');
    assert.equal(statusOf(run(policyFull, [], { failed: [{ collector: 'ec2.vpcEndpoints' }] })), 'ERROR');
  });
});

describe('vpc_endpoint_private_dns_enabled', () => {
  it('fails when disabled for a service with a private DNS name, passes when enabled, ignores gateways and DNS-less services', () => {
    const f = run(privateDns, [
      endpoint('vpce-off', 'logs', { privateDnsEnabled: false }),
      endpoint('vpce-on', 'logs'),
      endpoint('vpce-gw', 's3', { endpointType: 'Gateway', privateDnsEnabled: false }),
      endpoint('vpce-nodns', 'custom', { privateDnsEnabled: false, service: { ok: true, value: { policySupported: true } } }),
      endpoint('vpce-err', 'sts', { privateDnsEnabled: false, service: { ok: false, error: 'throttled' } }),
    ]);
    assert.equal(statusOf(f, 'vpce-off'), 'FAIL');
    assert.equal(statusOf(f, 'vpce-on'), 'PASS');
    assert.equal(statusOf(f, 'vpce-err'), 'ERROR');
    assert.equal(f.length, 3);
    assert.equal(statusOf(run(privateDns, [], { failed: [{ collector: 'ec2.vpcEndpoints' }] })), 'ERROR');
  });
});

describe('vpc_endpoint_security_group_not_open_to_internet', () => {
  it('fails for 0.0.0.0/0 or ::/0, passes for the VPC CIDR, errors for a group not in the inventory', () => {
    const f = run(endpointSg, [
      sg('sg-open', [perm({ fromPort: 443, toPort: 443, ipv6Ranges: [{ cidr: '::/0' }] })]),
      sg('sg-vpc', [perm({ fromPort: 443, toPort: 443, ipv4Ranges: [{ cidr: '10.0.0.0/16' }] })]),
      endpoint('vpce-open', 'logs', { securityGroupIds: ['sg-vpc', 'sg-open'] }),
      endpoint('vpce-ok', 'logs', { securityGroupIds: ['sg-vpc'] }),
      endpoint('vpce-missing', 'logs', { securityGroupIds: ['sg-gone'] }),
    ]);
    assert.equal(statusOf(f, 'vpce-open'), 'FAIL');
    assert.equal(statusOf(f, 'vpce-ok'), 'PASS');
    assert.equal(statusOf(f, 'vpce-missing'), 'ERROR');
    assert.equal(statusOf(run(endpointSg, [endpoint('vpce-1', 'logs')], { failed: [{ collector: 'ec2.securityGroups' }] })), 'ERROR');
  });
});

describe('vpc_endpoint_interface_multi_az', () => {
  it('fails for one zone, passes for two, errors for an unknown subnet', () => {
    const f = run(endpointAz, [
      subnet('subnet-a', 'vpc-1', 'a'),
      subnet('subnet-a2', 'vpc-1', 'a'),
      subnet('subnet-b', 'vpc-1', 'b'),
      endpoint('vpce-one', 'logs', { subnetIds: ['subnet-a', 'subnet-a2'] }),
      endpoint('vpce-two', 'logs', { subnetIds: ['subnet-a', 'subnet-b'] }),
      endpoint('vpce-unknown', 'logs', { subnetIds: ['subnet-x'] }),
    ]);
    assert.equal(statusOf(f, 'vpce-one'), 'FAIL');
    assert.equal(statusOf(f, 'vpce-two'), 'PASS');
    assert.equal(statusOf(f, 'vpce-unknown'), 'ERROR');
    assert.equal(statusOf(run(endpointAz, [], { failed: [{ collector: 'ec2.subnets' }] })), 'ERROR');
  });
});

describe('vpc_security_group_unused', () => {
  // The holders are optional inputs (`uses`): record them collected, or failed, as a scan would.
  const HOLDERS = ['ecs.services', 'sagemaker.notebooks', 'eks.clusters'];
  const withHolders = (resources: Parameters<typeof run>[1], failed: Array<{ collector: string }> = []) =>
    evaluate(inventoryFor([sgUnused, { ...sgUnused, requires: HOLDERS }], resources, failed), { rules: [sgUnused], collectors: COLLECTORS_BY_ID });

  it('is ERROR, not FAIL, for an otherwise unused group when a holder could not be read', () => {
    const svc = resource('AWS::ECS::Service', { id: 'svc', name: 'svc', clusterArn: 'c', desiredCount: 0, awsvpc: { subnets: [], securityGroups: ['sg-svc'] } });
    const f = withHolders([sg('sg-orphan', []), sg('sg-eni', []), eni('eni-1', 'vpc-1', { securityGroupIds: ['sg-eni'] }), svc], [{ collector: 'ecs.services' }]);
    assert.equal(statusOf(f, 'sg-orphan'), 'ERROR');
    assert.match(f.find((x) => x.resource.id === 'sg-orphan')!.message, /ecs\.services could not be read/);
    assert.equal(statusOf(f, 'sg-eni'), 'PASS', 'a group attached to an interface is in use whatever else is missing');
    assert.equal(statusOf(withHolders([sg('sg-orphan', [])]), 'sg-orphan'), 'FAIL');
  });

  it('passes for groups attached, referenced or named by a service; fails for orphans; skips default', () => {
    const svc = resource('AWS::ECS::Service', { id: 'svc', name: 'svc', clusterArn: 'c', desiredCount: 0, awsvpc: { subnets: [], securityGroups: ['sg-svc'] } });
    const f = withHolders([
      sg('sg-eni', []),
      sg('sg-ref', []),
      sg('sg-src', [perm({ groupPairs: [{ groupId: 'sg-ref' }, { groupId: 'sg-src' }] })]),
      sg('sg-svc', []),
      sg('sg-orphan', []),
      sg('sg-self', [perm({ groupPairs: [{ groupId: 'sg-self' }] })]),
      sg('sg-default', [], 'default'),
      eni('eni-1', 'vpc-1', { securityGroupIds: ['sg-eni', 'sg-src'] }),
      svc,
    ]);
    for (const id of ['sg-eni', 'sg-ref', 'sg-svc', 'sg-src']) assert.equal(statusOf(f, id), 'PASS', id);
    assert.equal(statusOf(f, 'sg-orphan'), 'FAIL');
    assert.equal(statusOf(f, 'sg-self'), 'FAIL', 'a self-reference is not a use');
    assert.equal(f.filter((x) => x.resource.id === 'sg-default').length, 0);
    assert.equal(statusOf(run(sgUnused, [sg('sg-a', [])], { failed: [{ collector: 'ec2.networkInterfaces' }] })), 'ERROR');
  });
});

describe('vpc_network_acl_unused', () => {
  const acl = (id: string, subnetIds: string[], isDefault = false) => resource('AWS::EC2::NetworkAcl', { id, vpcId: 'vpc-1', isDefault, subnetIds, entries: [] });
  it('fails for a custom ACL with no subnet, passes when associated, skips default', () => {
    const f = run(naclUnused, [acl('acl-unused', []), acl('acl-used', ['subnet-a']), acl('acl-default', [], true)]);
    assert.equal(statusOf(f, 'acl-unused'), 'FAIL');
    assert.equal(statusOf(f, 'acl-used'), 'PASS');
    assert.equal(f.length, 2);
    assert.equal(statusOf(run(naclUnused, [], { failed: [{ collector: 'ec2.networkAcls' }] })), 'ERROR');
  });
});

describe('vpc_elastic_ip_associated', () => {
  it('fails for an idle address, passes for an associated one', () => {
    const f = run(eip, [
      resource('AWS::EC2::EIP', { id: 'eipalloc-idle', publicIp: '198.51.100.1', allocationId: 'eipalloc-idle' }),
      resource('AWS::EC2::EIP', { id: 'eipalloc-used', publicIp: '198.51.100.2', allocationId: 'eipalloc-used', associationId: 'eipassoc-1', instanceId: 'i-1' }),
    ]);
    assert.equal(statusOf(f, 'eipalloc-idle'), 'FAIL');
    assert.equal(statusOf(f, 'eipalloc-used'), 'PASS');
    assert.equal(statusOf(run(eip, [], { failed: [{ collector: 'ec2.addresses' }] })), 'ERROR');
  });
});

describe('vpc_security_group_ingress_from_internet_to_high_risk_ports', () => {
  it('fails for an EC2.19 port open to the world, passes for 443', () => {
    const f = run(highRisk, [sg('sg-kibana', [perm({ fromPort: 5601, toPort: 5601, ipv4Ranges: [{ cidr: '0.0.0.0/0' }] })]), sg('sg-https', [perm({ fromPort: 443, toPort: 443, ipv4Ranges: [{ cidr: '0.0.0.0/0' }] })])]);
    assert.equal(statusOf(f, 'sg-kibana'), 'FAIL');
    assert.equal(statusOf(f, 'sg-https'), 'PASS');
    assert.equal(statusOf(run(highRisk, [], { failed: [{ collector: 'ec2.securityGroups' }] })), 'ERROR');
  });
});

describe('vpc_security_group_ingress_from_internet_only_authorized_ports', () => {
  const world = { ipv4Ranges: [{ cidr: '0.0.0.0/0' }] };
  it('passes 80/443 and private sources, fails other ports, ranges and all-protocol rules', () => {
    const f = run(authorized, [
      sg('sg-web', [perm({ fromPort: 80, toPort: 80, ...world }), perm({ fromPort: 443, toPort: 443, ipv6Ranges: [{ cidr: '::/0' }] })]),
      sg('sg-private', [perm({ fromPort: 22, toPort: 22, ipv4Ranges: [{ cidr: '10.0.0.0/8' }] })]),
      sg('sg-icmp', [perm({ ipProtocol: 'icmp', fromPort: -1, toPort: -1, ...world })]),
      sg('sg-8080', [perm({ fromPort: 8080, toPort: 8080, ...world })]),
      sg('sg-range', [perm({ fromPort: 80, toPort: 443, ...world })]),
      sg('sg-all', [perm({ ipProtocol: '-1', ...world })]),
      sg('sg-udp', [perm({ ipProtocol: 'udp', fromPort: 443, toPort: 443, ...world })]),
    ]);
    for (const id of ['sg-web', 'sg-private', 'sg-icmp']) assert.equal(statusOf(f, id), 'PASS', id);
    for (const id of ['sg-8080', 'sg-range', 'sg-all', 'sg-udp']) assert.equal(statusOf(f, id), 'FAIL', id);
  });
  it('honours authorizedTcpPorts / authorizedUdpPorts and errors without data', () => {
    const f = run(authorized, [sg('sg-8080', [perm({ fromPort: 8080, toPort: 8080, ipv4Ranges: [{ cidr: '0.0.0.0/0' }] })]), sg('sg-dns', [perm({ ipProtocol: 'udp', fromPort: 53, toPort: 53, ipv4Ranges: [{ cidr: '0.0.0.0/0' }] })])], {
      params: { authorizedTcpPorts: [8080], authorizedUdpPorts: [53] },
    });
    assert.equal(statusOf(f, 'sg-8080'), 'PASS');
    assert.equal(statusOf(f, 'sg-dns'), 'PASS');
    assert.equal(statusOf(run(authorized, [], { failed: [{ collector: 'ec2.securityGroups' }] })), 'ERROR');
  });
});

describe('vpc_default_vpc_hosts_no_workloads', () => {
  it('fails for a default VPC with an instance, passes for an empty one, ignores custom VPCs', () => {
    const f = run(defaultVpc, [vpc('vpc-d1', true), vpc('vpc-d2', true), vpc('vpc-c'), eni('eni-1', 'vpc-d1', { attachedInstanceId: 'i-1' }), eni('eni-2', 'vpc-c', { attachedInstanceId: 'i-2' })]);
    assert.equal(statusOf(f, 'vpc-d1'), 'FAIL');
    assert.equal(statusOf(f, 'vpc-d2'), 'PASS');
    assert.equal(f.length, 2);
    assert.equal(statusOf(run(defaultVpc, [vpc('vpc-d', true)], { failed: [{ collector: 'ec2.networkInterfaces' }] })), 'ERROR');
  });
});

describe('vpc_subnets_in_multiple_azs', () => {
  it('fails for one zone, passes for two, skips VPCs without subnets', () => {
    const f = run(subnetsAz, [vpc('vpc-one'), vpc('vpc-two'), vpc('vpc-none'), subnet('s1', 'vpc-one', 'a'), subnet('s2', 'vpc-one', 'a'), subnet('s3', 'vpc-two', 'a'), subnet('s4', 'vpc-two', 'b')]);
    assert.equal(statusOf(f, 'vpc-one'), 'FAIL');
    assert.equal(statusOf(f, 'vpc-two'), 'PASS');
    assert.equal(f.length, 2);
    assert.equal(statusOf(run(subnetsAz, [], { failed: [{ collector: 'ec2.subnets' }] })), 'ERROR');
  });
});

describe('vpc_nat_gateway_in_each_workload_az', () => {
  const nat = (id: string, subnetId: string, vpcId: string) => resource('AWS::EC2::NatGateway', { id, vpcId, subnetId, state: 'available', connectivityType: 'public', publicIps: [] });
  const rt = (id: string, vpcId: string, subnets: string[], natId?: string, main = false) =>
    resource('AWS::EC2::RouteTable', {
      id,
      vpcId,
      associations: [...subnets.map((s) => ({ main: false, subnetId: s })), ...(main ? [{ main: true }] : [])],
      routes: [{ destinationCidrBlock: '10.0.0.0/16', target: 'local', state: 'active' }, ...(natId ? [{ destinationCidrBlock: '0.0.0.0/0', target: natId, state: 'active' }] : [])],
    });
  it('fails when a subnet uses a NAT gateway of another zone, passes per-zone NAT, skips VPCs without NAT routes', () => {
    const f = run(natAz, [
      vpc('vpc-shared'),
      subnet('pub-a', 'vpc-shared', 'a'),
      subnet('priv-a', 'vpc-shared', 'a'),
      subnet('priv-b', 'vpc-shared', 'b'),
      nat('nat-a', 'pub-a', 'vpc-shared'),
      rt('rtb-priv', 'vpc-shared', ['priv-a'], 'nat-a', true),
      vpc('vpc-zonal'),
      subnet('zpub-a', 'vpc-zonal', 'a'),
      subnet('zpub-b', 'vpc-zonal', 'b'),
      subnet('zpriv-a', 'vpc-zonal', 'a'),
      subnet('zpriv-b', 'vpc-zonal', 'b'),
      nat('nat-za', 'zpub-a', 'vpc-zonal'),
      nat('nat-zb', 'zpub-b', 'vpc-zonal'),
      rt('rtb-za', 'vpc-zonal', ['zpriv-a'], 'nat-za'),
      rt('rtb-zb', 'vpc-zonal', ['zpriv-b'], 'nat-zb'),
      rt('rtb-zmain', 'vpc-zonal', [], undefined, true),
      vpc('vpc-public'),
      subnet('p-a', 'vpc-public', 'a'),
    ]);
    assert.equal(statusOf(f, 'vpc-shared'), 'FAIL', 'priv-b falls back to the main table, which routes to nat-a in zone a');
    assert.equal(statusOf(f, 'vpc-zonal'), 'PASS');
    assert.equal(f.length, 2);
    assert.equal(statusOf(run(natAz, [], { failed: [{ collector: 'ec2.routeTables' }] })), 'ERROR');
  });
});

describe('vpc_peering_connection_trusted_accounts', () => {
  const pcx = (id: string, peerOwner: string, status = 'active') =>
    resource('AWS::EC2::VPCPeeringConnection', { id, status, requester: { vpcId: 'vpc-1', ownerId: ACCOUNT, cidrBlocks: [] }, accepter: { vpcId: 'vpc-9', ownerId: peerOwner, cidrBlocks: [] } });
  it('fails for an unlisted account, passes for self and trusted accounts, ignores deleted connections', () => {
    const estate = [pcx('pcx-self', ACCOUNT), pcx('pcx-partner', '999988887777'), pcx('pcx-gone', '999988887777', 'deleted')];
    const f = run(peering, estate);
    assert.equal(statusOf(f, 'pcx-self'), 'PASS');
    assert.equal(statusOf(f, 'pcx-partner'), 'FAIL');
    assert.equal(f.length, 2);
    assert.equal(statusOf(run(peering, estate, { params: { trustedAccountIds: ['999988887777'] } }), 'pcx-partner'), 'PASS');
    assert.equal(statusOf(run(peering, [], { failed: [{ collector: 'ec2.peeringConnections' }] })), 'ERROR');
  });
});

describe('vpc_transit_gateway_auto_accept_disabled', () => {
  const gw = (id: string, autoAcceptSharedAttachments: string, state = 'available') => resource('AWS::EC2::TransitGateway', { id, state, autoAcceptSharedAttachments });
  it('fails when auto-accept is enabled, passes when disabled', () => {
    const f = run(tgw, [gw('tgw-auto', 'enable'), gw('tgw-manual', 'disable'), gw('tgw-old', 'enable', 'deleted')]);
    assert.equal(statusOf(f, 'tgw-auto'), 'FAIL');
    assert.equal(statusOf(f, 'tgw-manual'), 'PASS');
    assert.equal(f.length, 2);
    assert.equal(statusOf(run(tgw, [], { failed: [{ collector: 'ec2.transitGateways' }] })), 'ERROR');
  });
});
