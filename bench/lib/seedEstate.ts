/**
 * Seeds a moto estate for the collection benchmark through the AWS SDK: per (account, region) a
 * network (VPCs, subnets, security groups with rules, route tables, NACLs, gateways, interfaces,
 * instances, flow logs) and the monitoring, container, ML and config resources posture collects;
 * per account IAM roles and policies, a bucket and a trail. Requests run with bounded concurrency
 * across every scope at once, in dependency order (VPCs before subnets before interfaces).
 */
import * as CloudTrail from '@aws-sdk/client-cloudtrail';
import * as CW from '@aws-sdk/client-cloudwatch';
import * as Logs from '@aws-sdk/client-cloudwatch-logs';
import * as Config from '@aws-sdk/client-config-service';
import * as EC2 from '@aws-sdk/client-ec2';
import * as ECR from '@aws-sdk/client-ecr';
import * as ECS from '@aws-sdk/client-ecs';
import * as EKS from '@aws-sdk/client-eks';
import * as IAM from '@aws-sdk/client-iam';
import * as KMS from '@aws-sdk/client-kms';
import * as RG from '@aws-sdk/client-resource-groups';
import * as S3 from '@aws-sdk/client-s3';
import * as SM from '@aws-sdk/client-sagemaker';
import * as SNS from '@aws-sdk/client-sns';
import { mapLimit } from '../../src/collectors/util.js';

/** Counts per (account, region), except `roles` and `policies`, which are per account. */
export interface EstateSize {
  vpcs: number;
  subnetsPerVpc: number;
  groupsPerVpc: number;
  rulesPerGroup: number;
  routeTablesPerVpc: number;
  naclsPerVpc: number;
  interfacesPerSubnet: number;
  instances: number;
  logGroups: number;
  metricFilters: number;
  alarms: number;
  topics: number;
  repositories: number;
  keys: number;
  resourceGroups: number;
  notebooks: number;
  models: number;
  ecsClusters: number;
  servicesPerCluster: number;
  roles: number;
  policies: number;
}

export const FULL_ESTATE: EstateSize = {
  vpcs: 6,
  subnetsPerVpc: 4,
  groupsPerVpc: 10,
  rulesPerGroup: 4,
  routeTablesPerVpc: 3,
  naclsPerVpc: 2,
  interfacesPerSubnet: 3,
  instances: 12,
  logGroups: 250,
  metricFilters: 30,
  alarms: 100,
  topics: 25,
  repositories: 25,
  keys: 8,
  resourceGroups: 8,
  notebooks: 4,
  models: 15,
  ecsClusters: 2,
  servicesPerCluster: 2,
  roles: 120,
  policies: 40,
};

export const QUICK_ESTATE: EstateSize = {
  vpcs: 2,
  subnetsPerVpc: 2,
  groupsPerVpc: 5,
  rulesPerGroup: 3,
  routeTablesPerVpc: 2,
  naclsPerVpc: 1,
  interfacesPerSubnet: 2,
  instances: 2,
  logGroups: 40,
  metricFilters: 6,
  alarms: 15,
  topics: 5,
  repositories: 5,
  keys: 2,
  resourceGroups: 2,
  notebooks: 1,
  models: 3,
  ecsClusters: 1,
  servicesPerCluster: 1,
  roles: 20,
  policies: 6,
};

export interface SeedAccount {
  account: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

type Task = () => Promise<unknown>;

const tags = (name: string) => [{ Key: 'Name', Value: name }, { Key: 'team', Value: 'bench' }];
const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
const allowRead = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }] });

/** Seeds the estate; returns how many create/put requests were sent. */
export async function seedEstate(endpoint: string, accounts: SeedAccount[], regions: string[], size: EstateSize, concurrency = 24): Promise<{ requests: number }> {
  let requests = 0;
  const run = async (tasks: Task[]) => {
    requests += tasks.length;
    await mapLimit(tasks, concurrency, (t) => t());
  };
  const scopes = accounts.flatMap((a) => regions.map((region) => ({ ...a, region })));
  const cfg = (a: SeedAccount, region: string) => ({ region, endpoint, credentials: a.credentials ?? { accessKeyId: 'testing', secretAccessKey: 'testing' }, forcePathStyle: true, maxAttempts: 8 });
  const c = scopes.map((s) => {
    const conf = cfg(s, s.region);
    return {
      ...s,
      ec2: new EC2.EC2Client(conf),
      logs: new Logs.CloudWatchLogsClient(conf),
      cw: new CW.CloudWatchClient(conf),
      sns: new SNS.SNSClient(conf),
      ecr: new ECR.ECRClient(conf),
      kms: new KMS.KMSClient(conf),
      rg: new RG.ResourceGroupsClient(conf),
      sm: new SM.SageMakerClient(conf),
      ecs: new ECS.ECSClient(conf),
      eks: new EKS.EKSClient(conf),
      config: new Config.ConfigServiceClient(conf),
      net: { vpcs: [] as string[], subnets: [] as string[][], groups: [] as string[][], igws: [] as string[] },
    };
  });
  const home = regions[0];
  const bucket = (a: SeedAccount) => `bench-logs-${a.account}`;
  const role = (a: SeedAccount, name: string) => `arn:aws:iam::${a.account}:role/${name}`;

  // Wave 1: VPCs, per-account IAM policies and buckets, and everything with no dependency.
  const wave1: Task[] = [];
  for (const a of accounts) {
    const iam = new IAM.IAMClient(cfg(a, home));
    const s3 = new S3.S3Client(cfg(a, home));
    wave1.push(() => s3.send(new S3.CreateBucketCommand({ Bucket: bucket(a) })));
    for (let p = 0; p < size.policies; p++) wave1.push(() => iam.send(new IAM.CreatePolicyCommand({ PolicyName: `bench-policy-${p}`, PolicyDocument: allowRead })));
    for (let r = 0; r < size.roles; r++) wave1.push(() => iam.send(new IAM.CreateRoleCommand({ RoleName: `bench-role-${r}`, AssumeRolePolicyDocument: trust })));
  }
  for (const s of c) {
    for (let v = 0; v < size.vpcs; v++)
      wave1.push(async () => {
        const id = (await s.ec2.send(new EC2.CreateVpcCommand({ CidrBlock: `10.${v}.0.0/16`, TagSpecifications: [{ ResourceType: 'vpc', Tags: tags(`vpc-${v}`) }] }))).Vpc!.VpcId!;
        s.net.vpcs[v] = id;
      });
    for (let l = 0; l < size.logGroups; l++)
      wave1.push(() => s.logs.send(new Logs.CreateLogGroupCommand({ logGroupName: `/bench/app-${l}`, tags: l % 4 === 0 ? { team: 'bench' } : undefined })));
    for (let i = 0; i < size.alarms; i++)
      wave1.push(() =>
        s.cw.send(
          new CW.PutMetricAlarmCommand({ AlarmName: `bench-alarm-${i}`, MetricName: `Metric${i % 7}`, Namespace: 'Bench', Statistic: 'Sum', Period: 300, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' }),
        ),
      );
    for (let t = 0; t < size.topics; t++) wave1.push(() => s.sns.send(new SNS.CreateTopicCommand({ Name: `bench-topic-${t}` })));
    for (let r = 0; r < size.repositories; r++) wave1.push(() => s.ecr.send(new ECR.CreateRepositoryCommand({ repositoryName: `bench/repo-${r}` })));
    for (let k = 0; k < size.keys; k++) wave1.push(() => s.kms.send(new KMS.CreateKeyCommand({ Description: `bench key ${k}` })));
    const query = JSON.stringify({ ResourceTypeFilters: ['AWS::AllSupported'], TagFilters: [{ Key: 'team', Values: ['bench'] }] });
    for (let g = 0; g < size.resourceGroups; g++) wave1.push(() => s.rg.send(new RG.CreateGroupCommand({ Name: `bench-group-${g}`, ResourceQuery: { Type: 'TAG_FILTERS_1_0', Query: query } })));
    for (let n = 0; n < size.notebooks; n++)
      wave1.push(() => s.sm.send(new SM.CreateNotebookInstanceCommand({ NotebookInstanceName: `bench-nb-${n}`, InstanceType: 'ml.t3.medium', RoleArn: role(s, 'sagemaker') })));
    for (let m = 0; m < size.models; m++)
      wave1.push(() => s.sm.send(new SM.CreateModelCommand({ ModelName: `bench-model-${m}`, ExecutionRoleArn: role(s, 'sagemaker'), PrimaryContainer: { Image: `${s.account}.dkr.ecr.${s.region}.amazonaws.com/bench/repo-0:latest` } })));
    for (let e = 0; e < size.ecsClusters; e++) wave1.push(() => s.ecs.send(new ECS.CreateClusterCommand({ clusterName: `bench-cluster-${e}` })));
    wave1.push(() =>
      s.ecs.send(new ECS.RegisterTaskDefinitionCommand({ family: 'bench-task', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '256', memory: '512', containerDefinitions: [{ name: 'app', image: 'nginx:latest', essential: true }] })),
    );
    wave1.push(() => s.config.send(new Config.PutConfigurationRecorderCommand({ ConfigurationRecorder: { name: 'default', roleARN: role(s, 'config'), recordingGroup: { allSupported: true, includeGlobalResourceTypes: s.region === home } } })));
  }
  await run(wave1);

  // Wave 2: what hangs off wave 1 (subnets, groups, gateways, IAM attachments, filters, policies).
  const wave2: Task[] = [];
  for (const a of accounts) {
    const iam = new IAM.IAMClient(cfg(a, home));
    const ct = new CloudTrail.CloudTrailClient(cfg(a, home));
    for (let r = 0; r < size.roles; r++) {
      wave2.push(() => iam.send(new IAM.AttachRolePolicyCommand({ RoleName: `bench-role-${r}`, PolicyArn: `arn:aws:iam::${a.account}:policy/bench-policy-${r % size.policies}` })));
      if (r % 2 === 0) wave2.push(() => iam.send(new IAM.PutRolePolicyCommand({ RoleName: `bench-role-${r}`, PolicyName: 'inline', PolicyDocument: allowRead })));
    }
    wave2.push(() => ct.send(new CloudTrail.CreateTrailCommand({ Name: 'bench-trail', S3BucketName: bucket(a), IsMultiRegionTrail: true })));
  }
  for (const s of c) {
    for (let v = 0; v < size.vpcs; v++) {
      const vpc = s.net.vpcs[v];
      s.net.subnets[v] = [];
      s.net.groups[v] = [];
      for (let n = 0; n < size.subnetsPerVpc; n++)
        wave2.push(async () => {
          s.net.subnets[v][n] = (await s.ec2.send(new EC2.CreateSubnetCommand({ VpcId: vpc, CidrBlock: `10.${v}.${n}.0/24`, AvailabilityZone: `${s.region}${'abc'[n % 3]}` }))).Subnet!.SubnetId!;
        });
      for (let g = 0; g < size.groupsPerVpc; g++)
        wave2.push(async () => {
          const id = (await s.ec2.send(new EC2.CreateSecurityGroupCommand({ VpcId: vpc, GroupName: `bench-sg-${g}`, Description: 'bench' }))).GroupId!;
          s.net.groups[v][g] = id;
          const ports = [22, 443, 3306, 8080, 5432, 3389];
          await s.ec2.send(
            new EC2.AuthorizeSecurityGroupIngressCommand({
              GroupId: id,
              IpPermissions: Array.from({ length: size.rulesPerGroup }, (_, r) => ({
                IpProtocol: 'tcp',
                FromPort: ports[(g + r) % ports.length],
                ToPort: ports[(g + r) % ports.length],
                IpRanges: [{ CidrIp: (g + r) % 5 === 0 ? '0.0.0.0/0' : `10.${r}.0.0/16` }],
              })),
            }),
          );
        });
      wave2.push(async () => {
        const igw = (await s.ec2.send(new EC2.CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
        await s.ec2.send(new EC2.AttachInternetGatewayCommand({ InternetGatewayId: igw, VpcId: vpc }));
        s.net.igws[v] = igw;
      });
      for (let a = 0; a < size.naclsPerVpc; a++)
        wave2.push(async () => {
          const acl = (await s.ec2.send(new EC2.CreateNetworkAclCommand({ VpcId: vpc }))).NetworkAcl!.NetworkAclId!;
          await s.ec2.send(new EC2.CreateNetworkAclEntryCommand({ NetworkAclId: acl, RuleNumber: 100, Protocol: '6', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 443, To: 443 } }));
        });
      wave2.push(() =>
        s.ec2.send(new EC2.CreateFlowLogsCommand({ ResourceIds: [vpc], ResourceType: 'VPC', TrafficType: 'ALL', LogDestinationType: 'cloud-watch-logs', LogGroupName: `/bench/flow-${v}`, DeliverLogsPermissionArn: role(s, 'flow-logs') })),
      );
    }
    for (let f = 0; f < size.metricFilters; f++)
      wave2.push(() =>
        s.logs.send(new Logs.PutMetricFilterCommand({ logGroupName: `/bench/app-${f}`, filterName: `errors-${f}`, filterPattern: 'ERROR', metricTransformations: [{ metricName: `Errors${f}`, metricNamespace: 'Bench', metricValue: '1' }] })),
      );
    for (let l = 0; l < size.logGroups; l += 10) wave2.push(() => s.logs.send(new Logs.PutRetentionPolicyCommand({ logGroupName: `/bench/app-${l}`, retentionInDays: 30 })));
    for (let r = 0; r < size.repositories; r += 3)
      wave2.push(() => s.ecr.send(new ECR.SetRepositoryPolicyCommand({ repositoryName: `bench/repo-${r}`, policyText: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'pull', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${s.account}:root` }, Action: ['ecr:BatchGetImage'] }] }) })));
    wave2.push(() => s.config.send(new Config.PutDeliveryChannelCommand({ DeliveryChannel: { name: 'default', s3BucketName: bucket(s) } })));
  }
  await run(wave2);

  // Wave 3: route tables, interfaces, instances and services, which need subnets and groups.
  const wave3: Task[] = [];
  for (const s of c) {
    for (let v = 0; v < size.vpcs; v++) {
      const vpc = s.net.vpcs[v];
      for (let t = 0; t < size.routeTablesPerVpc; t++)
        wave3.push(async () => {
          const rt = (await s.ec2.send(new EC2.CreateRouteTableCommand({ VpcId: vpc }))).RouteTable!.RouteTableId!;
          if (t < size.subnetsPerVpc) await s.ec2.send(new EC2.AssociateRouteTableCommand({ RouteTableId: rt, SubnetId: s.net.subnets[v][t] }));
          if (t % 2 === 0) await s.ec2.send(new EC2.CreateRouteCommand({ RouteTableId: rt, DestinationCidrBlock: '0.0.0.0/0', GatewayId: s.net.igws[v] }));
        });
      for (let n = 0; n < size.subnetsPerVpc; n++)
        for (let e = 0; e < size.interfacesPerSubnet; e++)
          wave3.push(() => s.ec2.send(new EC2.CreateNetworkInterfaceCommand({ SubnetId: s.net.subnets[v][n], Groups: [s.net.groups[v][(n + e) % size.groupsPerVpc]], Description: `bench ${e}` })));
    }
    const perVpc = Math.ceil(size.instances / size.vpcs);
    for (let i = 0; i < size.instances; i += perVpc) {
      const v = (i / perVpc) % size.vpcs;
      wave3.push(() =>
        s.ec2.send(
          new EC2.RunInstancesCommand({
            ImageId: 'ami-12c6146b',
            MinCount: Math.min(perVpc, size.instances - i),
            MaxCount: Math.min(perVpc, size.instances - i),
            SubnetId: s.net.subnets[v][0],
            SecurityGroupIds: [s.net.groups[v][0]],
            TagSpecifications: [{ ResourceType: 'instance', Tags: tags(`bench-instance-${i}`) }],
          }),
        ),
      );
    }
    for (let e = 0; e < size.ecsClusters; e++)
      for (let k = 0; k < size.servicesPerCluster; k++)
        wave3.push(() =>
          s.ecs.send(
            new ECS.CreateServiceCommand({
              cluster: `bench-cluster-${e}`,
              serviceName: `bench-svc-${k}`,
              taskDefinition: 'bench-task',
              desiredCount: 1,
              launchType: 'FARGATE',
              networkConfiguration: { awsvpcConfiguration: { subnets: [s.net.subnets[0][0]], securityGroups: [s.net.groups[0][0]], assignPublicIp: 'DISABLED' } },
            }),
          ),
        );
  }
  await run(wave3);
  return { requests };
}
