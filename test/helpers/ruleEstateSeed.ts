/**
 * Seeds moto, through the AWS SDK only, with one estate per product for the rules the demo estate
 * (scripts/demo/seed.ts) leaves unserved, each with a failing and a passing resource, plus an
 * optional bulk of ordinary resources so a scan meets a large account. Names are fixed so tests can
 * assert on them; the returned ids name what moto generated.
 */
import * as CloudWatch from '@aws-sdk/client-cloudwatch';
import * as Logs from '@aws-sdk/client-cloudwatch-logs';
import * as ConfigService from '@aws-sdk/client-config-service';
import * as EC2 from '@aws-sdk/client-ec2';
import * as ECR from '@aws-sdk/client-ecr';
import * as ECS from '@aws-sdk/client-ecs';
import * as RG from '@aws-sdk/client-resource-groups';
import * as S3 from '@aws-sdk/client-s3';
import * as SageMaker from '@aws-sdk/client-sagemaker';
import { motoClientConfig, type Moto } from './moto.js';

export const ESTATE_ACCOUNT = '123456789012'; // moto's default account
const EAST = 'us-east-1';
const WEST = 'us-west-2';
const ROLE = `arn:aws:iam::${ESTATE_ACCOUNT}:role/estate`;
const AWS_DLC = (repo: string, tag: string) => `763104351884.dkr.ecr.${EAST}.amazonaws.com/${repo}:${tag}`;
const OWN = (region: string, repo: string, tag: string) => `${ESTATE_ACCOUNT}.dkr.ecr.${region}.amazonaws.com/${repo}:${tag}`;

/** DLC images whose support data decides the rules (data/dlc-support.json as of 2026-11-24). */
export const ESTATE_IMAGES = {
  hfOld: AWS_DLC('huggingface-pytorch-inference', '2.6.0-transformers4.49.0-gpu-py312-cu124-ubuntu22.04'),
  hfLatest: AWS_DLC('huggingface-pytorch-inference', '2.6.0-transformers5.5.3-gpu-py312-cu124-ubuntu22.04'),
  vllmOld: AWS_DLC('vllm', '0.20.1-gpu-py312-cu130-ubuntu22.04-sagemaker'),
  vllmLatest: AWS_DLC('vllm', 'server-sagemaker-cuda-v2.3'),
  copyEast: OWN(EAST, 'ml/pytorch-training', '2.6.0-gpu-py312'),
  copyWest: OWN(WEST, 'ml/pytorch-training', '2.6.0-gpu-py312'),
};

export interface EstateIds {
  vpcs: { peerA: string; peerB: string; natCross: string; natLocal: string; endpoints: string };
  routeTables: { peerA: string; peerB: string };
  peering: string;
  enis: { peerAdmin: string; peerWeb: string };
  flowLogs: { watched: string; silent: string };
  domains: { kms: string; plain: string };
}

type Tag = { Key: string; Value: string };
// moto's GetResources fails (500) on a SageMaker resource without tags, so every one carries one.
const SM_TAGS: Tag[] = [{ Key: 'owner', Value: 'ml-platform' }];
const nameTag = (type: EC2.ResourceType, name: string, extra: Tag[] = []) => [{ ResourceType: type, Tags: [{ Key: 'Name', Value: name }, ...extra] }];

export async function seedRuleEstate(moto: Moto): Promise<EstateIds> {
  const ec2 = new EC2.EC2Client(motoClientConfig(moto, EAST));
  const subnet = async (vpcId: string, cidr: string, az: string, name: string) =>
    (await ec2.send(new EC2.CreateSubnetCommand({ VpcId: vpcId, CidrBlock: cidr, AvailabilityZone: az, TagSpecifications: nameTag('subnet', name) }))).Subnet!.SubnetId!;
  const vpc = async (cidr: string, name: string) => (await ec2.send(new EC2.CreateVpcCommand({ CidrBlock: cidr, TagSpecifications: nameTag('vpc', name) }))).Vpc!.VpcId!;
  const table = async (vpcId: string, subnets: string[]) => {
    const id = (await ec2.send(new EC2.CreateRouteTableCommand({ VpcId: vpcId }))).RouteTable!.RouteTableId!;
    for (const s of subnets) await ec2.send(new EC2.AssociateRouteTableCommand({ RouteTableId: id, SubnetId: s }));
    return id;
  };
  const group = async (vpcId: string, name: string, ingress: EC2.IpPermission[]) => {
    const id = (await ec2.send(new EC2.CreateSecurityGroupCommand({ VpcId: vpcId, GroupName: name, Description: name }))).GroupId!;
    if (ingress.length) await ec2.send(new EC2.AuthorizeSecurityGroupIngressCommand({ GroupId: id, IpPermissions: ingress }));
    return id;
  };
  const launch = async (name: string, subnetId: string, groupId: string) => {
    const i = (await ec2.send(new EC2.RunInstancesCommand({ ImageId: 'ami-12c6146b', MinCount: 1, MaxCount: 1, SubnetId: subnetId, SecurityGroupIds: [groupId], TagSpecifications: nameTag('instance', name) }))).Instances![0];
    return i.NetworkInterfaces![0].NetworkInterfaceId!;
  };

  // ---- VPC: two peered VPCs. A routes only B's range to the peering, B routes half the internet to it.
  const peerA = await vpc('10.81.0.0/16', 'peer-a');
  const peerB = await vpc('10.82.0.0/16', 'peer-b');
  const subA = await subnet(peerA, '10.81.1.0/24', `${EAST}a`, 'peer-a-app');
  const subB = await subnet(peerB, '10.82.1.0/24', `${EAST}a`, 'peer-b-app');
  const pcx = (await ec2.send(new EC2.CreateVpcPeeringConnectionCommand({ VpcId: peerA, PeerVpcId: peerB }))).VpcPeeringConnection!.VpcPeeringConnectionId!;
  await ec2.send(new EC2.AcceptVpcPeeringConnectionCommand({ VpcPeeringConnectionId: pcx }));
  const rtA = await table(peerA, [subA]);
  await ec2.send(new EC2.CreateRouteCommand({ RouteTableId: rtA, DestinationCidrBlock: '10.82.0.0/16', VpcPeeringConnectionId: pcx }));
  const rtB = await table(peerB, [subB]);
  await ec2.send(new EC2.CreateRouteCommand({ RouteTableId: rtB, DestinationCidrBlock: '0.0.0.0/1', VpcPeeringConnectionId: pcx }));
  // The peer reaches SSH on one host and only HTTPS on the other.
  const peerAdmin = await launch('peer-admin', subA, await group(peerA, 'ssh-from-peer', [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.82.0.0/16' }] }]));
  const peerWeb = await launch('peer-web', subA, await group(peerA, 'https-from-peer', [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.82.0.0/16' }] }]));

  // NAT: one VPC whose zone-b subnet leaves through the zone-a NAT gateway, one that stays in zone.
  const nat = async (vpcId: string, cidr: string) => {
    const igw = (await ec2.send(new EC2.CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
    await ec2.send(new EC2.AttachInternetGatewayCommand({ InternetGatewayId: igw, VpcId: vpcId }));
    const pub = await subnet(vpcId, cidr, `${EAST}a`, 'nat-public');
    const rt = await table(vpcId, [pub]);
    await ec2.send(new EC2.CreateRouteCommand({ RouteTableId: rt, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igw }));
    const eip = (await ec2.send(new EC2.AllocateAddressCommand({ Domain: 'vpc' }))).AllocationId!;
    return (await ec2.send(new EC2.CreateNatGatewayCommand({ SubnetId: pub, AllocationId: eip }))).NatGateway!.NatGatewayId!;
  };
  const natCross = await vpc('10.83.0.0/16', 'nat-cross-zone');
  const natCrossGw = await nat(natCross, '10.83.0.0/24');
  const rtCross = await table(natCross, [await subnet(natCross, '10.83.1.0/24', `${EAST}b`, 'private-b')]);
  await ec2.send(new EC2.CreateRouteCommand({ RouteTableId: rtCross, DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: natCrossGw }));
  const natLocal = await vpc('10.84.0.0/16', 'nat-same-zone');
  const natLocalGw = await nat(natLocal, '10.84.0.0/24');
  const rtLocal = await table(natLocal, [await subnet(natLocal, '10.84.1.0/24', `${EAST}a`, 'private-a')]);
  await ec2.send(new EC2.CreateRouteCommand({ RouteTableId: rtLocal, DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: natLocalGw }));

  // Launch templates: IMDSv1 allowed, IMDSv2 required.
  await ec2.send(new EC2.CreateLaunchTemplateCommand({ LaunchTemplateName: 'lt-imdsv1', LaunchTemplateData: { ImageId: 'ami-12c6146b', MetadataOptions: { HttpTokens: 'optional' } } }));
  await ec2.send(new EC2.CreateLaunchTemplateCommand({ LaunchTemplateName: 'lt-imdsv2', LaunchTemplateData: { ImageId: 'ami-12c6146b', MetadataOptions: { HttpTokens: 'required' } } }));

  // ---- CloudWatch: flow logs into log groups, one with a metric filter and an alarm on it.
  const logs = new Logs.CloudWatchLogsClient(motoClientConfig(moto, EAST));
  const cw = new CloudWatch.CloudWatchClient(motoClientConfig(moto, EAST));
  for (const g of ['flowlogs/watched', 'flowlogs/silent']) await logs.send(new Logs.CreateLogGroupCommand({ logGroupName: g }));
  await logs.send(
    new Logs.PutMetricFilterCommand({ logGroupName: 'flowlogs/watched', filterName: 'rejects', filterPattern: '[version, account, eni, source, destination, srcport, destport, protocol, packets, bytes, start, end, action="REJECT", status]', metricTransformations: [{ metricName: 'RejectedFlows', metricNamespace: 'VPCFlow', metricValue: '1' }] }),
  );
  await cw.send(new CloudWatch.PutMetricAlarmCommand({ AlarmName: 'rejected-flows', MetricName: 'RejectedFlows', Namespace: 'VPCFlow', Statistic: 'Sum', Period: 300, EvaluationPeriods: 1, Threshold: 100, ComparisonOperator: 'GreaterThanThreshold' }));
  const flowLog = async (vpcId: string, group: string) =>
    (await ec2.send(new EC2.CreateFlowLogsCommand({ ResourceIds: [vpcId], ResourceType: 'VPC', TrafficType: 'ALL', LogDestinationType: 'cloud-watch-logs', LogGroupName: group, DeliverLogsPermissionArn: ROLE }))).FlowLogIds![0];
  const watched = await flowLog(peerA, 'flowlogs/watched');
  const silent = await flowLog(peerB, 'flowlogs/silent');

  // ---- Deep Learning Containers: ECS services pulling from ECR with and without private endpoints.
  const ecs = new ECS.ECSClient(motoClientConfig(moto, EAST));
  // moto's GetResources fails on an ECS cluster created without tags, so every cluster carries one.
  await ecs.send(new ECS.CreateClusterCommand({ clusterName: 'services', tags: [{ key: 'owner', value: 'platform' }] }));
  await ecs.send(
    new ECS.RegisterTaskDefinitionCommand({ family: 'api', networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '512', containerDefinitions: [{ name: 'api', image: OWN(EAST, 'app/api', '1.4.2'), essential: true, user: '1000' }] }),
  );
  const endpoints = await vpc('10.85.0.0/16', 'private-endpoints');
  const subE = await subnet(endpoints, '10.85.1.0/24', `${EAST}a`, 'endpoints-app');
  const rtE = await table(endpoints, [subE]);
  const sgE = await group(endpoints, 'endpoints', [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.85.0.0/16' }] }]);
  for (const service of ['ecr.api', 'ecr.dkr'])
    await ec2.send(new EC2.CreateVpcEndpointCommand({ VpcId: endpoints, ServiceName: `com.amazonaws.${EAST}.${service}`, VpcEndpointType: 'Interface', SubnetIds: [subE], SecurityGroupIds: [sgE], PrivateDnsEnabled: true }));
  await ec2.send(new EC2.CreateVpcEndpointCommand({ VpcId: endpoints, ServiceName: `com.amazonaws.${EAST}.s3`, VpcEndpointType: 'Gateway', RouteTableIds: [rtE] }));
  const sgB = await group(peerB, 'api-tasks', []);
  for (const [name, subnetId, sg] of [
    ['api-no-endpoints', subB, sgB],
    ['api-private', subE, sgE],
  ])
    await ecs.send(
      new ECS.CreateServiceCommand({ cluster: 'services', serviceName: name, taskDefinition: 'api:1', desiredCount: 2, launchType: 'FARGATE', networkConfiguration: { awsvpcConfiguration: { subnets: [subnetId], securityGroups: [sg], assignPublicIp: 'DISABLED' } } }),
    );
  // Host networking: root by default versus an explicit non-root user.
  for (const [family, user] of [
    ['host-root', undefined],
    ['host-nonroot', '1000'],
  ])
    await ecs.send(
      new ECS.RegisterTaskDefinitionCommand({ family: family!, networkMode: 'host', requiresCompatibilities: ['EC2'], containerDefinitions: [{ name: 'agent', image: 'public.ecr.aws/docker/library/busybox:1.36', memory: 128, essential: true, user }] }),
    );
  // A DLC copy in the account's own registry: continuously scanned in us-east-1, basic scanning in us-west-2.
  await new ECR.ECRClient(motoClientConfig(moto, EAST)).send(
    new ECR.PutRegistryScanningConfigurationCommand({ scanType: 'ENHANCED', rules: [{ scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: [{ filter: 'ml/*', filterType: 'WILDCARD' }] }] }),
  );
  for (const [region, image] of [
    [EAST, ESTATE_IMAGES.copyEast],
    [WEST, ESTATE_IMAGES.copyWest],
  ])
    await new ECS.ECSClient(motoClientConfig(moto, region)).send(
      new ECS.RegisterTaskDefinitionCommand({ family: 'dlc-copy', networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: '1024', memory: '4096', containerDefinitions: [{ name: 'train', image, essential: true }] }),
    );
  // HuggingFace and vLLM models: an older release of each line, and the latest.
  const sm = new SageMaker.SageMakerClient(motoClientConfig(moto, EAST));
  for (const [name, image] of [
    ['hf-old', ESTATE_IMAGES.hfOld],
    ['hf-latest', ESTATE_IMAGES.hfLatest],
    ['vllm-old', ESTATE_IMAGES.vllmOld],
    ['vllm-latest', ESTATE_IMAGES.vllmLatest],
  ])
    await sm.send(new SageMaker.CreateModelCommand({ ModelName: name, ExecutionRoleArn: ROLE, PrimaryContainer: { Image: image, ModelDataUrl: `s3://models/${name}.tar.gz` }, Tags: SM_TAGS }));
  // Studio domains: storage under a customer key, and under the AWS-owned default.
  const domain = async (name: string, kms?: string) =>
    (await sm.send(new SageMaker.CreateDomainCommand({ DomainName: name, AuthMode: 'IAM', DefaultUserSettings: { ExecutionRole: ROLE }, SubnetIds: [subE], VpcId: endpoints, AppNetworkAccessType: 'VpcOnly', KmsKeyId: kms, Tags: SM_TAGS })))
      .DomainArn!.split('/')
      .pop()!;
  const domains = { kms: await domain('studio-kms', `arn:aws:kms:${EAST}:${ESTATE_ACCOUNT}:key/0b3c4d5e-1111-2222-3333-444455556666`), plain: await domain('studio-plain') };

  // ---- Resource Groups: one group with an owner tag, one without; tagged resources spelled two ways.
  const rg = new RG.ResourceGroupsClient(motoClientConfig(moto, EAST));
  const query = { Type: 'TAG_FILTERS_1_0' as const, Query: JSON.stringify({ ResourceTypeFilters: ['AWS::AllSupported'], TagFilters: [{ Key: 'app', Values: ['search'] }] }) };
  await rg.send(new RG.CreateGroupCommand({ Name: 'search-owned', ResourceQuery: query, Tags: { owner: 'search-team' } }));
  await rg.send(new RG.CreateGroupCommand({ Name: 'search-orphan', ResourceQuery: query, Tags: { app: 'search' } }));
  await ecs.send(new ECS.CreateClusterCommand({ clusterName: 'search-owned', tags: [{ key: 'owner', value: 'search-team' }] }));
  await ecs.send(new ECS.CreateClusterCommand({ clusterName: 'search-legacy', tags: [{ key: 'Owner', value: 'search-team' }] }));

  return {
    vpcs: { peerA, peerB, natCross, natLocal, endpoints },
    routeTables: { peerA: rtA, peerB: rtB },
    peering: pcx,
    enis: { peerAdmin, peerWeb },
    flowLogs: { watched, silent },
    domains,
  };
}

/**
 * Ordinary resources in bulk in us-east-1, about a dozen per copy across the five products, failing
 * and passing variants alternating. Returns how many resources it created.
 */
export async function seedBulk(moto: Moto, copies: number): Promise<number> {
  const cfg = motoClientConfig(moto, EAST);
  const ec2 = new EC2.EC2Client(cfg);
  const logs = new Logs.CloudWatchLogsClient(cfg);
  const cw = new CloudWatch.CloudWatchClient(cfg);
  const config = new ConfigService.ConfigServiceClient(cfg);
  const rg = new RG.ResourceGroupsClient(cfg);
  const ecr = new ECR.ECRClient(cfg);
  const ecs = new ECS.ECSClient(cfg);
  const sm = new SageMaker.SageMakerClient(cfg);
  let n = 0;
  const bulkVpc = (await ec2.send(new EC2.CreateVpcCommand({ CidrBlock: '10.90.0.0/16', TagSpecifications: nameTag('vpc', 'bulk') }))).Vpc!.VpcId!;
  n++;
  await config.send(new ConfigService.PutConfigurationRecorderCommand({ ConfigurationRecorder: { name: 'default', roleARN: ROLE, recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } } }));
  const bucket = `config-bulk-${ESTATE_ACCOUNT}`;
  await new S3.S3Client(cfg).send(new S3.CreateBucketCommand({ Bucket: bucket }));
  await config.send(new ConfigService.PutDeliveryChannelCommand({ DeliveryChannel: { name: 'default', s3BucketName: bucket } }));
  await config.send(new ConfigService.StartConfigurationRecorderCommand({ ConfigurationRecorderName: 'default' }));
  n += 3;
  for (let i = 0; i < copies; i++) {
    const odd = i % 2 === 1;
    // VPC
    await ec2.send(new EC2.CreateSubnetCommand({ VpcId: bulkVpc, CidrBlock: `10.90.${i}.0/24`, AvailabilityZone: `${EAST}${odd ? 'b' : 'a'}` }));
    const sg = (await ec2.send(new EC2.CreateSecurityGroupCommand({ VpcId: bulkVpc, GroupName: `bulk-${i}`, Description: 'bulk' }))).GroupId!;
    await ec2.send(new EC2.AuthorizeSecurityGroupIngressCommand({ GroupId: sg, IpPermissions: [{ IpProtocol: 'tcp', FromPort: odd ? 22 : 443, ToPort: odd ? 22 : 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }));
    await ec2.send(new EC2.CreateLaunchTemplateCommand({ LaunchTemplateName: `bulk-lt-${i}`, LaunchTemplateData: { ImageId: 'ami-12c6146b', MetadataOptions: { HttpTokens: odd ? 'optional' : 'required' } } }));
    n += 3;
    // CloudWatch. Few log groups: moto answers GetDataProtectionPolicy with a 500 that the SDK retries per group.
    const group = `/bulk/app-${i - (i % 4)}`;
    if (i % 4 === 0) {
      await logs.send(new Logs.CreateLogGroupCommand({ logGroupName: group }));
      if (i % 8 === 0) await logs.send(new Logs.PutRetentionPolicyCommand({ logGroupName: group, retentionInDays: 400 }));
      n++;
    }
    await logs.send(new Logs.PutMetricFilterCommand({ logGroupName: group, filterName: `errors-${i}`, filterPattern: 'ERROR', metricTransformations: [{ metricName: `Errors${i}`, metricNamespace: 'Bulk', metricValue: '1' }] }));
    await cw.send(
      new CloudWatch.PutMetricAlarmCommand({ AlarmName: `bulk-errors-${i}`, MetricName: `Errors${i}`, Namespace: 'Bulk', Statistic: 'Sum', Period: 300, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanThreshold', ActionsEnabled: !odd, AlarmActions: odd ? [] : [`arn:aws:sns:${EAST}:${ESTATE_ACCOUNT}:alerts`] }),
    );
    n += 2;
    // Config
    await config.send(new ConfigService.PutConfigRuleCommand({ ConfigRule: { ConfigRuleName: `bulk-rule-${i}`, Source: { Owner: 'AWS', SourceIdentifier: 'INCOMING_SSH_DISABLED' } } }));
    n++;
    // Resource Groups (every other copy: each group costs three reads, one of which moto answers 404)
    if (!odd) {
      await rg.send(
        new RG.CreateGroupCommand({ Name: `bulk-group-${i}`, ResourceQuery: { Type: 'TAG_FILTERS_1_0', Query: JSON.stringify({ ResourceTypeFilters: ['AWS::AllSupported'], TagFilters: [{ Key: 'bulk', Values: [String(i)] }] }) }, Tags: i % 4 ? { token: 'ghp_' + 'x'.repeat(36) } : { owner: 'bulk' } }),
      );
      n++;
    }
    // Deep Learning Containers
    await ecr.send(new ECR.CreateRepositoryCommand({ repositoryName: `bulk/repo-${i}`, imageTagMutability: odd ? 'MUTABLE' : 'IMMUTABLE', imageScanningConfiguration: { scanOnPush: !odd } }));
    await ecs.send(
      new ECS.RegisterTaskDefinitionCommand({
        family: `bulk-task-${i}`,
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '256',
        memory: '512',
        containerDefinitions: [{ name: 'app', image: OWN(EAST, `bulk/repo-${i}`, '1.0'), essential: true, privileged: odd, readonlyRootFilesystem: !odd }],
      }),
    );
    await sm.send(new SageMaker.CreateModelCommand({ ModelName: `bulk-model-${i}`, ExecutionRoleArn: ROLE, PrimaryContainer: { Image: odd ? ESTATE_IMAGES.vllmOld : OWN(EAST, `bulk/repo-${i}`, '1.0') }, Tags: SM_TAGS }));
    // Not endpoint configs: moto's GetResources fails (500) on any SageMaker endpoint config.
    await sm.send(new SageMaker.CreateNotebookInstanceCommand({ NotebookInstanceName: `bulk-nb-${i}`, InstanceType: 'ml.t3.medium', RoleArn: ROLE, DirectInternetAccess: odd ? 'Enabled' : 'Disabled', RootAccess: odd ? 'Enabled' : 'Disabled', Tags: SM_TAGS }));
    n += 4;
  }
  return n;
}
