import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AllocateAddressCommand,
  CreateNetworkAclCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateTransitGatewayCommand,
  CreateVpcCommand,
  CreateVpcEndpointCommand,
  EC2Client,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import { ec2Collectors } from '../../src/collectors/aws/ec2.js';
import { COLLECTORS_BY_ID } from '../../src/collectors/index.js';
import { Inventory } from '../../src/inventory/inventory.js';
import type { ResourceOf, ResourceType, SavedInventory } from '../../src/inventory/schema.js';
import { savedInventorySchema } from '../../src/inventory/schema.js';
import policyFull from '../../src/rules/vpc/vpc_endpoint_policy_not_full_access.js';
import endpointLogs from '../../src/rules/vpc/vpc_endpoint_for_logs_in_workload_vpcs.js';
import endpointS3 from '../../src/rules/vpc/vpc_endpoint_for_s3_in_workload_vpcs.js';
import tgwRule from '../../src/rules/vpc/vpc_transit_gateway_auto_accept_disabled.js';
import naclUnused from '../../src/rules/vpc/vpc_network_acl_unused.js';
import eipRule from '../../src/rules/vpc/vpc_elastic_ip_associated.js';
import sgUnused from '../../src/rules/vpc/vpc_security_group_unused.js';
import subnetsAz from '../../src/rules/vpc/vpc_subnets_in_multiple_azs.js';
import { evaluate } from '../helpers/inventory.js';
import { collectWith } from '../helpers/collect.js';
import { motoClientConfig, startMoto, type Moto } from '../helpers/moto.js';
import { recordMotoCoverage } from '../helpers/motoCoverage.js';

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';

describe('EC2/VPC collectors against moto', () => {
  let moto: Moto;
  let inv: SavedInventory;
  const ids: Record<string, string> = {};
  const all = <T extends ResourceType>(type: T) => inv.resources.filter((r): r is ResourceOf<T> => r.type === type) as ResourceOf<T>[];
  const one = <T extends ResourceType>(type: T, id: string): ResourceOf<T> => {
    const found = all(type).filter((r) => r.id === id);
    assert.equal(found.length, 1, `${type} ${id}: ${found.length} found`);
    return found[0];
  };

  before(async () => {
    moto = await startMoto();
    moto.useEnv();
    const ec2 = new EC2Client(motoClientConfig(moto));
    ids.vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/16' }))).Vpc!.VpcId!;
    ids.subnetA = (await ec2.send(new CreateSubnetCommand({ VpcId: ids.vpc, CidrBlock: '10.20.1.0/24', AvailabilityZone: `${REGION}a` }))).Subnet!.SubnetId!;
    ids.subnetB = (await ec2.send(new CreateSubnetCommand({ VpcId: ids.vpc, CidrBlock: '10.20.2.0/24', AvailabilityZone: `${REGION}b` }))).Subnet!.SubnetId!;
    ids.sgEndpoint = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'endpoints', Description: 'endpoints', VpcId: ids.vpc }))).GroupId!;
    ids.sgOrphan = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'orphan', Description: 'unused', VpcId: ids.vpc }))).GroupId!;
    ids.instance = (await ec2.send(new RunInstancesCommand({ ImageId: 'ami-12c6146b', MinCount: 1, MaxCount: 1, SubnetId: ids.subnetA }))).Instances![0].InstanceId!;
    ids.logsEndpoint = (
      await ec2.send(
        new CreateVpcEndpointCommand({
          VpcId: ids.vpc,
          VpcEndpointType: 'Interface',
          ServiceName: `com.amazonaws.${REGION}.logs`,
          SubnetIds: [ids.subnetA, ids.subnetB],
          SecurityGroupIds: [ids.sgEndpoint],
          PrivateDnsEnabled: true,
          PolicyDocument: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }] }),
        }),
      )
    ).VpcEndpoint!.VpcEndpointId!;
    ids.s3Endpoint = (await ec2.send(new CreateVpcEndpointCommand({ VpcId: ids.vpc, VpcEndpointType: 'Gateway', ServiceName: `com.amazonaws.${REGION}.s3` }))).VpcEndpoint!.VpcEndpointId!;
    ids.tgw = (await ec2.send(new CreateTransitGatewayCommand({ Description: 'hub', Options: { AutoAcceptSharedAttachments: 'enable' } }))).TransitGateway!.TransitGatewayId!;
    ids.acl = (await ec2.send(new CreateNetworkAclCommand({ VpcId: ids.vpc }))).NetworkAcl!.NetworkAclId!;
    ids.eip = (await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }))).AllocationId!;
    ec2.destroy();

    // vpc_security_group_unused also reads the services that may hold a group (it is ERROR without them).
    const holders = ['ecs.services', 'sagemaker.notebooks', 'eks.clusters'].map((id) => COLLECTORS_BY_ID.get(id)!);
    inv = await collectWith({ account: ACCOUNT, regions: [REGION], collectors: [...ec2Collectors, ...holders, ...holders.flatMap((h) => (h.dependsOn ?? []).map((d) => COLLECTORS_BY_ID.get(d)!))], apiRegion: REGION });
  });

  after(async () => {
    await moto?.stop();
  });

  it('records the endpoint and transit gateway units as ok and produces a valid inventory', () => {
    for (const c of ['ec2.vpcEndpoints', 'ec2.transitGateways', 'ec2.vpcs', 'ec2.networkInterfaces'])
      assert.equal(inv.collections.find((u) => u.collector === c)?.state, 'ok', c);
    assert.doesNotThrow(() => savedInventorySchema.parse(inv));
  });

  it('maps VPC endpoints with their policy and the service details DescribeVpcEndpointServices gives', () => {
    const logs = one('AWS::EC2::VPCEndpoint', ids.logsEndpoint);
    assert.equal(logs.endpointType.toLowerCase(), 'interface');
    assert.deepEqual([...logs.subnetIds].sort(), [ids.subnetA, ids.subnetB].sort());
    assert.deepEqual(logs.securityGroupIds, [ids.sgEndpoint]);
    assert.equal((logs.policyDocument as { Statement: Array<{ Condition: unknown }> }).Statement[0].Condition !== undefined, true);
    assert.ok(logs.service, 'service details are recorded');
    assert.equal(logs.service!.ok, true, JSON.stringify(logs.service));
    assert.equal(logs.service!.ok && logs.service!.value?.policySupported, true);
    const s3 = one('AWS::EC2::VPCEndpoint', ids.s3Endpoint);
    assert.equal(s3.endpointType.toLowerCase(), 'gateway');
  });

  it('maps transit gateways with their auto-accept option', () => {
    const t = one('AWS::EC2::TransitGateway', ids.tgw);
    assert.equal(t.autoAcceptSharedAttachments, 'enable');
    assert.equal(t.ownerId, ACCOUNT);
  });

  it('evaluates the VPC rules over the collected estate', () => {
    const inventory = new Inventory(inv);
    const rules = [policyFull, endpointLogs, endpointS3, tgwRule, naclUnused, eipRule, sgUnused, subnetsAz];
    const findings = evaluate(inventory, { rules, collectors: COLLECTORS_BY_ID });
    recordMotoCoverage(findings, 'ec2.collectors');
    const status = (rule: string, id: string) => findings.filter((f) => f.ruleId === rule && f.resource.id === id).map((f) => f.status);
    assert.deepEqual(status('vpc_endpoint_policy_not_full_access', ids.logsEndpoint), ['PASS']);
    assert.deepEqual(status('vpc_endpoint_for_logs_in_workload_vpcs', ids.vpc), ['PASS']);
    assert.deepEqual(status('vpc_endpoint_for_s3_in_workload_vpcs', ids.vpc), ['PASS']);
    assert.deepEqual(status('vpc_transit_gateway_auto_accept_disabled', ids.tgw), ['FAIL']);
    assert.deepEqual(status('vpc_network_acl_unused', ids.acl), ['FAIL']);
    assert.deepEqual(status('vpc_elastic_ip_associated', ids.eip), ['FAIL']);
    assert.deepEqual(status('vpc_security_group_unused', ids.sgOrphan), ['FAIL']);
    assert.deepEqual(status('vpc_security_group_unused', ids.sgEndpoint), ['PASS']);
    assert.deepEqual(status('vpc_subnets_in_multiple_azs', ids.vpc), ['PASS']);
  });
});
