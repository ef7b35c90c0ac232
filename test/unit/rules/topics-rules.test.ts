import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import canaryEndpoints from '../../../src/rules/synthetics/synthetics_canary_vpc_endpoints_for_cloudwatch_and_s3.js';
import groupChanges from '../../../src/rules/resource-groups/resource_groups_policy_no_group_changes_on_all_groups.js';
import ecsEndpoints from '../../../src/rules/ecs/ecs_service_vpc_endpoints_for_ecr_and_s3.js';
import networkChanges from '../../../src/rules/vpc/vpc_policy_no_network_changes_on_all_resources.js';
import { failed, ok } from '../../../src/inventory/base.js';
import type { ResourceOf } from '../../../src/inventory/schema.js';
import { REGION, resource, run, statusOf } from '../../helpers/inventory.js';

type Canary = ResourceOf<'AWS::Synthetics::Canary'>;
type Endpoint = ResourceOf<'AWS::EC2::VPCEndpoint'>;

const canary = (id: string, f: Partial<Canary> = {}) =>
  resource('AWS::Synthetics::Canary', { id, name: id, runtimeVersion: 'syn-nodejs-puppeteer-9.1', runtimeSupport: { ok: true, value: {} }, ...f });
const inVpc = (vpcId: string | undefined, ...subnetIds: string[]) => ({ vpcConfig: { vpcId, subnetIds, securityGroupIds: ['sg-1'] } });
const table = (id: string, vpcId: string, subnetIds: string[], routes: Array<{ destinationCidrBlock: string; target: string }> = [], main = false) =>
  resource('AWS::EC2::RouteTable', {
    id,
    vpcId,
    associations: [...subnetIds.map((subnetId) => ({ main: false, subnetId })), ...(main ? [{ main: true }] : [])],
    routes: [{ destinationCidrBlock: '10.0.0.0/16', target: 'local', state: 'active' }, ...routes.map((r) => ({ ...r, state: 'active' }))],
  });
const endpoint = (id: string, vpcId: string, service: string, f: Partial<Endpoint> = {}) =>
  resource('AWS::EC2::VPCEndpoint', {
    id,
    vpcId,
    serviceName: `com.amazonaws.${REGION}.${service}`,
    endpointType: 'Interface',
    state: 'available',
    subnetIds: [],
    securityGroupIds: [],
    routeTableIds: [],
    privateDnsEnabled: true,
    ...f,
  });

describe('synthetics_canary_vpc_endpoints_for_cloudwatch_and_s3', () => {
  const privateVpc = [
    table('rtb-a', 'vpc-1', ['subnet-a']),
    table('rtb-main', 'vpc-1', [], [], true),
    endpoint('vpce-mon', 'vpc-1', 'monitoring'),
    endpoint('vpce-s3', 'vpc-1', 's3', { endpointType: 'Gateway', privateDnsEnabled: false, routeTableIds: ['rtb-a', 'rtb-main'] }),
  ];

  it('passes a canary whose subnets (explicit and main route table) reach both services through endpoints; ignores canaries outside a VPC', () => {
    const f = run(canaryEndpoints, [canary('ok', inVpc('vpc-1', 'subnet-a', 'subnet-b')), canary('no-vpc'), ...privateVpc]);
    assert.equal(f.length, 1);
    assert.equal(statusOf(f, 'ok'), 'PASS');
  });

  it('fails when the S3 gateway endpoint is not on the canary subnet route table, or the monitoring endpoint has no private DNS', () => {
    const f = run(canaryEndpoints, [
      canary('s3-not-routed', inVpc('vpc-1', 'subnet-c')),
      canary('no-dns', inVpc('vpc-2', 'subnet-x')),
      ...privateVpc,
      table('rtb-c', 'vpc-1', ['subnet-c']),
      table('rtb-x', 'vpc-2', ['subnet-x']),
      endpoint('vpce-mon2', 'vpc-2', 'monitoring', { privateDnsEnabled: false }),
      endpoint('vpce-s3-2', 'vpc-2', 's3', { endpointType: 'Gateway', privateDnsEnabled: false, routeTableIds: ['rtb-x'] }),
    ]);
    assert.equal(statusOf(f, 's3-not-routed'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 's3-not-routed')!.message, /subnet-c \(route table rtb-c\) has no endpoint for S3/);
    assert.equal(statusOf(f, 'no-dns'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'no-dns')!.message, /CloudWatch \(monitoring\)/);
  });

  it('accepts a NAT gateway default route only when acceptNatEgress is set; an internet gateway route never counts', () => {
    const res = [canary('nat', inVpc('vpc-3', 'subnet-n')), canary('igw', inVpc('vpc-4', 'subnet-i')), table('rtb-n', 'vpc-3', ['subnet-n'], [{ destinationCidrBlock: '0.0.0.0/0', target: 'nat-1' }]), table('rtb-i', 'vpc-4', ['subnet-i'], [{ destinationCidrBlock: '0.0.0.0/0', target: 'igw-1' }])];
    const strict = run(canaryEndpoints, res);
    assert.equal(statusOf(strict, 'nat'), 'FAIL');
    assert.equal(statusOf(strict, 'igw'), 'FAIL');
    const lenient = run(canaryEndpoints, res, { params: { acceptNatEgress: true } });
    assert.equal(statusOf(lenient, 'nat'), 'PASS');
    assert.equal(statusOf(lenient, 'igw'), 'FAIL');
  });

  it('is ERROR when endpoints could not be read, when the VPC id is unknown, or when a subnet has no known route table', () => {
    assert.equal(statusOf(run(canaryEndpoints, [canary('c', inVpc('vpc-1', 'subnet-a')), ...privateVpc], { failed: [{ collector: 'ec2.vpcEndpoints' }] })), 'ERROR');
    assert.equal(statusOf(run(canaryEndpoints, [canary('no-id', inVpc(undefined, 'subnet-a')), ...privateVpc])), 'ERROR');
    assert.equal(statusOf(run(canaryEndpoints, [canary('unknown', inVpc('vpc-9', 'subnet-z'))])), 'ERROR');
  });
});

describe('resource_groups_policy_no_group_changes_on_all_groups', () => {
  const policy = (id: string, document: ReturnType<typeof ok<unknown>> | ReturnType<typeof failed>) => resource('AWS::IAM::ManagedPolicy', { id, name: id, region: 'global', attachmentCount: 1, document });
  const doc = (...Statement: unknown[]) => ok({ Version: '2012-10-17', Statement });
  const allow = (Action: unknown, Resource: unknown, Condition?: unknown) => ({ Effect: 'Allow', Action, Resource, ...(Condition ? { Condition } : {}) });

  it('fails a wildcard or all-groups grant of group writes; passes read-only, group-scoped and tag-scoped grants; leaves full admin to the IAM rule', () => {
    const f = run(groupChanges, [
      policy('star', doc(allow('resource-groups:*', '*'))),
      policy('all-groups', doc(allow(['resource-groups:UpdateGroupQuery'], 'arn:aws:resource-groups:*:*:group/*'))),
      policy('read-only', doc(allow(['resource-groups:Get*', 'resource-groups:List*', 'resource-groups:Search*'], '*'))),
      policy('team', doc(allow('resource-groups:*', 'arn:aws:resource-groups:us-east-1:111122223333:group/team-a-*'))),
      policy('abac', doc(allow('resource-groups:*', '*', { StringEquals: { 'aws:ResourceTag/team': 'a' } }))),
      policy('denied', doc(allow('resource-groups:*', '*'), { Effect: 'Deny', Action: ['resource-groups:UpdateGroupQuery', 'resource-groups:PutGroupConfiguration', 'resource-groups:GroupResources', 'resource-groups:UngroupResources', 'resource-groups:DeleteGroup'], Resource: '*' })),
      policy('admin', doc(allow('*', '*'))),
    ]);
    assert.equal(statusOf(f, 'star'), 'FAIL');
    assert.equal(statusOf(f, 'all-groups'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'all-groups')!.message, /UpdateGroupQuery/);
    assert.equal(statusOf(f, 'read-only'), 'PASS');
    assert.equal(statusOf(f, 'team'), 'PASS');
    assert.equal(statusOf(f, 'abac'), 'PASS');
    assert.equal(statusOf(f, 'denied'), 'PASS');
    assert.equal(f.filter((x) => x.resource.id === 'admin').length, 0);
  });

  it('is ERROR when policies could not be listed or a policy document could not be read', () => {
    assert.equal(statusOf(run(groupChanges, [], { failed: [{ collector: 'iam.policies' }] })), 'ERROR');
    assert.equal(statusOf(run(groupChanges, [policy('unreadable', failed('AccessDenied'))])), 'ERROR');
  });
});

describe('vpc_policy_no_network_changes_on_all_resources', () => {
  const policy = (id: string, document: ReturnType<typeof ok<unknown>> | ReturnType<typeof failed>) => resource('AWS::IAM::ManagedPolicy', { id, name: id, region: 'global', attachmentCount: 1, document });
  const doc = (...Statement: unknown[]) => ok({ Version: '2012-10-17', Statement });
  const allow = (Action: unknown, Resource: unknown, Condition?: unknown) => ({ Effect: 'Allow', Action, Resource, ...(Condition ? { Condition } : {}) });

  it('fails wildcard and all-groups-in-a-region grants; passes read-only, named, tag-scoped and VPC-scoped grants; leaves full admin to the IAM rule', () => {
    const f = run(networkChanges, [
      policy('star', doc(allow('ec2:*', '*'))),
      policy('region-sgs', doc(allow('ec2:AuthorizeSecurityGroupIngress', `arn:aws:ec2:${REGION}:111122223333:security-group/*`))),
      policy('routes', doc(allow(['ec2:CreateRoute'], 'arn:aws:ec2:*:*:route-table/*'))),
      policy('read-only', doc(allow(['ec2:Describe*'], '*'))),
      policy('named', doc(allow('ec2:AuthorizeSecurityGroupIngress', `arn:aws:ec2:${REGION}:111122223333:security-group/sg-0abc`))),
      policy('tagged', doc(allow('ec2:AuthorizeSecurityGroupIngress', '*', { StringEquals: { 'aws:ResourceTag/Department': 'Test' } }))),
      policy('one-vpc', doc(allow(['ec2:AuthorizeSecurityGroupIngress', 'ec2:CreateRoute'], '*', { ArnEquals: { 'ec2:Vpc': `arn:aws:ec2:${REGION}:111122223333:vpc/vpc-1` } }))),
      policy('admin', doc(allow('*', '*'))),
    ]);
    assert.equal(statusOf(f, 'star'), 'FAIL');
    assert.equal(statusOf(f, 'region-sgs'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'region-sgs')!.message, /AuthorizeSecurityGroupIngress/);
    assert.equal(statusOf(f, 'routes'), 'FAIL');
    assert.equal(statusOf(f, 'read-only'), 'PASS');
    assert.equal(statusOf(f, 'named'), 'PASS');
    assert.equal(statusOf(f, 'tagged'), 'PASS');
    assert.equal(statusOf(f, 'one-vpc'), 'PASS');
    assert.equal(f.filter((x) => x.resource.id === 'admin').length, 0);
  });

  it('is ERROR when policies could not be listed or a policy document could not be read', () => {
    assert.equal(statusOf(run(networkChanges, [], { failed: [{ collector: 'iam.policies' }] })), 'ERROR');
    assert.equal(statusOf(run(networkChanges, [policy('unreadable', failed('AccessDenied'))])), 'ERROR');
  });
});

describe('ecs_service_vpc_endpoints_for_ecr_and_s3', () => {
  const ecrImage = `111122223333.dkr.ecr.${REGION}.amazonaws.com/pytorch-training:2.3.0-gpu-py311`;
  const taskDef = (id: string, image: string, f: Partial<ResourceOf<'AWS::ECS::TaskDefinition'>> = {}) =>
    resource('AWS::ECS::TaskDefinition', { id, name: id, arn: `arn:aws:ecs:${REGION}:111122223333:task-definition/${id}`, family: id, revision: 1, requiresCompatibilities: ['FARGATE'], containers: [{ name: 'c', image, environment: [], secretNames: [], portMappings: [] }], ...f });
  const service = (id: string, td: string, subnets: string[], f: Partial<ResourceOf<'AWS::ECS::Service'>> = {}) =>
    resource('AWS::ECS::Service', { id, name: id, clusterArn: `arn:aws:ecs:${REGION}:111122223333:cluster/c`, desiredCount: 1, taskDefinition: `arn:aws:ecs:${REGION}:111122223333:task-definition/${td}`, awsvpc: { subnets, securityGroups: ['sg-1'], assignPublicIp: 'DISABLED' }, ...f });
  const subnet = (id: string, vpcId: string) => resource('AWS::EC2::Subnet', { id, vpcId, cidrBlock: '10.0.1.0/24', ipv6CidrBlocks: [], availabilityZone: `${REGION}a`, mapPublicIpOnLaunch: false });
  const net = [
    subnet('subnet-a', 'vpc-1'),
    subnet('subnet-b', 'vpc-1'),
    table('rtb-a', 'vpc-1', ['subnet-a']),
    table('rtb-b', 'vpc-1', ['subnet-b'], [{ destinationCidrBlock: '0.0.0.0/0', target: 'nat-1' }]),
    endpoint('vpce-api', 'vpc-1', 'ecr.api'),
    endpoint('vpce-dkr', 'vpc-1', 'ecr.dkr'),
    endpoint('vpce-s3', 'vpc-1', 's3', { endpointType: 'Gateway', privateDnsEnabled: false, routeTableIds: ['rtb-a'] }),
    taskDef('ecr-td', ecrImage),
    taskDef('hub-td', 'public.ecr.aws/nginx/nginx:1.27'),
  ];

  it('passes a private service whose subnet has all three endpoints; fails one whose subnet lacks the S3 gateway route; skips non-ECR images and public tasks', () => {
    const f = run(ecsEndpoints, [
      service('ok', 'ecr-td', ['subnet-a']),
      service('no-s3', 'ecr-td', ['subnet-b']),
      service('public-image', 'hub-td', ['subnet-b']),
      service('public-ip', 'ecr-td', ['subnet-b'], { awsvpc: { subnets: ['subnet-b'], securityGroups: [], assignPublicIp: 'ENABLED' } }),
      ...net,
    ]);
    assert.equal(f.length, 2);
    assert.equal(statusOf(f, 'ok'), 'PASS');
    assert.equal(statusOf(f, 'no-s3'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'no-s3')!.message, /subnet-b .* no endpoint for s3/);
  });

  it('accepts the NAT route when acceptNatEgress is set', () => {
    assert.equal(statusOf(run(ecsEndpoints, [service('no-s3', 'ecr-td', ['subnet-b']), ...net], { params: { acceptNatEgress: true } })), 'PASS');
  });

  it('is ERROR when services could not be listed, the task definition is unreadable, or a subnet is unknown', () => {
    assert.equal(statusOf(run(ecsEndpoints, [], { failed: [{ collector: 'ecs.services' }] })), 'ERROR');
    assert.equal(statusOf(run(ecsEndpoints, [service('s', 'gone-td', ['subnet-a']), ...net])), 'ERROR');
    assert.equal(statusOf(run(ecsEndpoints, [service('s', 'bad-td', ['subnet-a']), ...net, taskDef('bad-td', ecrImage, { describeError: 'AccessDenied' })])), 'ERROR');
    assert.equal(statusOf(run(ecsEndpoints, [service('s', 'ecr-td', ['subnet-zz']), ...net])), 'ERROR');
  });
});
