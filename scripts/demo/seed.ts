/**
 * Seeds an AWS-compatible endpoint (moto) with the demo estate: a realistic, partly
 * misconfigured account touching every service posture covers. Used by `npm run demo:build`
 * (which collects it into demo/inventory.json with posture's own collectors) and by the
 * end-to-end integration test. Writes only to the endpoint it is given, never to real AWS.
 */
import * as CloudTrail from '@aws-sdk/client-cloudtrail';
import * as CloudWatch from '@aws-sdk/client-cloudwatch';
import * as Logs from '@aws-sdk/client-cloudwatch-logs';
import * as ConfigService from '@aws-sdk/client-config-service';
import * as EC2 from '@aws-sdk/client-ec2';
import * as ECR from '@aws-sdk/client-ecr';
import * as ECS from '@aws-sdk/client-ecs';
import * as EKS from '@aws-sdk/client-eks';
import * as IAM from '@aws-sdk/client-iam';
import * as KMS from '@aws-sdk/client-kms';
import * as RG from '@aws-sdk/client-resource-groups';
import * as S3 from '@aws-sdk/client-s3';
import * as SageMaker from '@aws-sdk/client-sagemaker';
import * as SNS from '@aws-sdk/client-sns';
import * as Synthetics from '@aws-sdk/client-synthetics';

export const DEMO_ACCOUNT = '123456789012';
export const DEMO_REGIONS = ['us-east-1', 'us-west-2'];

// The SDK warns about Node 20 on every client; the demo output and test logs do not need it.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

type Ctor<C> = new (config: Record<string, unknown>) => C;

export async function seedDemoEstate(endpoint: string): Promise<void> {
  if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost)(:\d+)?$/.test(endpoint)) throw new Error(`refusing to seed ${endpoint}: the demo seeder only writes to a loopback endpoint`);
  const make = <C>(C: Ctor<C>, region = 'us-east-1'): C =>
    new C({ region, endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, forcePathStyle: true });
  const east = 'us-east-1';

  // ---- IAM: service roles, one bound against the confused deputy and one not; an admin role.
  const iam = make(IAM.IAMClient);
  const trust = (service: string, condition?: object) =>
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) }] });
  await iam.send(new IAM.CreateRoleCommand({ RoleName: 'config-recorder-role', AssumeRolePolicyDocument: trust('config.amazonaws.com') }));
  await iam.send(
    new IAM.CreateRoleCommand({
      RoleName: 'synthetics-canary-role',
      AssumeRolePolicyDocument: trust('lambda.amazonaws.com'),
    }),
  );
  await iam.send(
    new IAM.CreateRoleCommand({
      RoleName: 'sagemaker-execution-role',
      AssumeRolePolicyDocument: trust('sagemaker.amazonaws.com', { StringEquals: { 'aws:SourceAccount': DEMO_ACCOUNT } }),
    }),
  );
  await iam.send(new IAM.CreateRoleCommand({ RoleName: 'ecs-task-execution', AssumeRolePolicyDocument: trust('ecs-tasks.amazonaws.com', { ArnLike: { 'aws:SourceArn': `arn:aws:ecs:us-east-1:${DEMO_ACCOUNT}:*` } }) }));
  await iam.send(
    new IAM.CreateRoleCommand({
      RoleName: 'ops-break-glass',
      AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999988887777:root' }, Action: 'sts:AssumeRole' }] }),
    }),
  );
  await iam.send(new IAM.AttachRolePolicyCommand({ RoleName: 'ops-break-glass', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }));
  await iam.send(
    new IAM.CreatePolicyCommand({
      PolicyName: 'legacy-everything',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }),
    }),
  );
  await iam.send(
    new IAM.CreatePolicyCommand({
      PolicyName: 'read-logs',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['logs:Get*', 'logs:Describe*'], Resource: '*' }] }),
    }),
  );
  const roleArn = (name: string) => `arn:aws:iam::${DEMO_ACCOUNT}:role/${name}`;

  // ---- KMS: one rotated key, one not.
  const kms = make(KMS.KMSClient);
  const logsKey = (await kms.send(new KMS.CreateKeyCommand({ Description: 'logs and trail encryption' }))).KeyMetadata!;
  await kms.send(new KMS.EnableKeyRotationCommand({ KeyId: logsKey.KeyId! }));
  const mlKey = (await kms.send(new KMS.CreateKeyCommand({ Description: 'ml artifacts' }))).KeyMetadata!;

  // ---- S3 + SNS + CloudTrail + CloudWatch Logs: the monitoring backbone.
  const s3 = make(S3.S3Client);
  const trailBucket = `org-trail-logs-${DEMO_ACCOUNT}`;
  const configBucket = `config-history-${DEMO_ACCOUNT}`;
  const canaryBucket = `canary-artifacts-${DEMO_ACCOUNT}`;
  for (const b of [trailBucket, configBucket, canaryBucket]) await s3.send(new S3.CreateBucketCommand({ Bucket: b }));
  await s3.send(
    new S3.PutBucketPolicyCommand({
      Bucket: trailBucket,
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'AWSCloudTrailAclCheck', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: `arn:aws:s3:::${trailBucket}`, Condition: { StringEquals: { 'aws:SourceArn': `arn:aws:cloudtrail:us-east-1:${DEMO_ACCOUNT}:trail/org-trail` } } },
          { Sid: 'AWSCloudTrailWrite', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: `arn:aws:s3:::${trailBucket}/AWSLogs/${DEMO_ACCOUNT}/*`, Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': `arn:aws:cloudtrail:us-east-1:${DEMO_ACCOUNT}:trail/org-trail` } } },
          { Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [`arn:aws:s3:::${trailBucket}`, `arn:aws:s3:::${trailBucket}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
        ],
      }),
    }),
  );
  await s3.send(new S3.PutBucketEncryptionCommand({ Bucket: trailBucket, ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: logsKey.Arn } }] } }));
  await s3.send(new S3.PutPublicAccessBlockCommand({ Bucket: trailBucket, PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } }));
  // The Config bucket follows an old template: the service is admitted without a source condition.
  await s3.send(
    new S3.PutBucketPolicyCommand({
      Bucket: configBucket,
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'AWSConfigBucketPermissionsCheck', Effect: 'Allow', Principal: { Service: 'config.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: `arn:aws:s3:::${configBucket}` },
          { Sid: 'AWSConfigBucketDelivery', Effect: 'Allow', Principal: { Service: 'config.amazonaws.com' }, Action: 's3:PutObject', Resource: `arn:aws:s3:::${configBucket}/AWSLogs/${DEMO_ACCOUNT}/Config/*` },
        ],
      }),
    }),
  );

  // Shared with the organization only: a `*` principal that a condition restricts is not public.
  await s3.send(
    new S3.PutBucketPolicyCommand({
      Bucket: canaryBucket,
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Sid: 'OrgRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${canaryBucket}/*`, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }],
      }),
    }),
  );

  const sns = make(SNS.SNSClient);
  const alertsTopic = (await sns.send(new SNS.CreateTopicCommand({ Name: 'security-alerts', Attributes: { KmsMasterKeyId: logsKey.Arn! } }))).TopicArn!;
  await sns.send(new SNS.SubscribeCommand({ TopicArn: alertsTopic, Protocol: 'email', Endpoint: 'secops@example.com' }));
  const configTopic = (await sns.send(new SNS.CreateTopicCommand({ Name: 'config-stream' }))).TopicArn!;
  await sns.send(
    new SNS.SetTopicAttributesCommand({
      TopicArn: configTopic,
      AttributeName: 'Policy',
      AttributeValue: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'AnyonePublish', Effect: 'Allow', Principal: '*', Action: 'SNS:Publish', Resource: configTopic }] }),
    }),
  );

  const logs = make(Logs.CloudWatchLogsClient);
  await logs.send(new Logs.CreateLogGroupCommand({ logGroupName: 'cloudtrail/org-trail', kmsKeyId: logsKey.Arn }));
  await logs.send(new Logs.PutRetentionPolicyCommand({ logGroupName: 'cloudtrail/org-trail', retentionInDays: 400 }));
  await logs.send(new Logs.CreateLogGroupCommand({ logGroupName: '/ecs/inference' }));
  await logs.send(new Logs.PutRetentionPolicyCommand({ logGroupName: '/ecs/inference', retentionInDays: 14 }));
  await logs.send(new Logs.CreateLogGroupCommand({ logGroupName: '/aws/sagemaker/TrainingJobs' }));
  await logs.send(
    new Logs.PutResourcePolicyCommand({
      policyName: 'route53-query-logging',
      policyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'route53.amazonaws.com' }, Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: `arn:aws:logs:us-east-1:${DEMO_ACCOUNT}:log-group:/aws/route53/*` }] }),
    }),
  );
  const trailLogGroupArn = `arn:aws:logs:us-east-1:${DEMO_ACCOUNT}:log-group:cloudtrail/org-trail:*`;
  // CIS metric filters: two of the fifteen are in place, with alarms to the alerts topic.
  const cw = make(CloudWatch.CloudWatchClient);
  const filters: Array<[string, string]> = [
    ['UnauthorizedAPICalls', '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }'],
    ['RootAccountUsage', '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }'],
  ];
  for (const [name, pattern] of filters) {
    await logs.send(new Logs.PutMetricFilterCommand({ logGroupName: 'cloudtrail/org-trail', filterName: name, filterPattern: pattern, metricTransformations: [{ metricName: name, metricNamespace: 'CISBenchmark', metricValue: '1' }] }));
    await cw.send(
      new CloudWatch.PutMetricAlarmCommand({ AlarmName: `cis-${name}`, MetricName: name, Namespace: 'CISBenchmark', Statistic: 'Sum', Period: 300, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', AlarmActions: [alertsTopic] }),
    );
  }
  await cw.send(
    new CloudWatch.PutMetricAlarmCommand({ AlarmName: 'inference-5xx', MetricName: 'Invocation5XXErrors', Namespace: 'AWS/SageMaker', Statistic: 'Sum', Period: 60, EvaluationPeriods: 5, Threshold: 10, ComparisonOperator: 'GreaterThanThreshold' }),
  );
  await cw.send(
    new CloudWatch.PutMetricAlarmCommand({ AlarmName: 'nat-errors-muted', MetricName: 'ErrorPortAllocation', Namespace: 'AWS/NATGateway', Statistic: 'Sum', Period: 60, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanThreshold', AlarmActions: [alertsTopic], ActionsEnabled: false }),
  );

  const ct = make(CloudTrail.CloudTrailClient);
  await ct.send(
    new CloudTrail.CreateTrailCommand({
      Name: 'org-trail',
      S3BucketName: trailBucket,
      IsMultiRegionTrail: true,
      EnableLogFileValidation: true,
      KmsKeyId: logsKey.Arn,
      CloudWatchLogsLogGroupArn: trailLogGroupArn,
      CloudWatchLogsRoleArn: roleArn('config-recorder-role'),
    }),
  );
  // AWS gives a new trail a default all-management-events selector; moto gives none, so set it.
  await ct.send(new CloudTrail.PutEventSelectorsCommand({ TrailName: 'org-trail', EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] }));
  await ct.send(new CloudTrail.StartLoggingCommand({ Name: 'org-trail' }));

  // ---- AWS Config: on in us-east-1 with a delivery channel; never set up in us-west-2.
  const config = make(ConfigService.ConfigServiceClient);
  await config.send(
    new ConfigService.PutConfigurationRecorderCommand({
      ConfigurationRecorder: { name: 'default', roleARN: roleArn('config-recorder-role'), recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } },
    }),
  );
  await config.send(new ConfigService.PutDeliveryChannelCommand({ DeliveryChannel: { name: 'default', s3BucketName: configBucket, snsTopicARN: configTopic } }));
  await config.send(new ConfigService.StartConfigurationRecorderCommand({ ConfigurationRecorderName: 'default' }));
  await config.send(
    new ConfigService.PutConfigRuleCommand({ ConfigRule: { ConfigRuleName: 'restricted-ssh', Source: { Owner: 'AWS', SourceIdentifier: 'INCOMING_SSH_DISABLED' }, Scope: { ComplianceResourceTypes: ['AWS::EC2::SecurityGroup'] } } }),
  );
  await config.send(
    new ConfigService.PutConfigurationAggregatorCommand({ ConfigurationAggregatorName: 'security-account-view', AccountAggregationSources: [{ AccountIds: [DEMO_ACCOUNT], AwsRegions: ['us-east-1'] }] }),
  );

  // ---- VPC: a production VPC with a public and a private subnet, and the default VPC.
  for (const region of DEMO_REGIONS) {
    const ec2 = make(EC2.EC2Client, region);
    const vpc = (await ec2.send(new EC2.CreateVpcCommand({ CidrBlock: '10.20.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'Name', Value: `ml-prod-${region}` }] }] }))).Vpc!;
    const pub = (await ec2.send(new EC2.CreateSubnetCommand({ VpcId: vpc.VpcId!, CidrBlock: '10.20.1.0/24', TagSpecifications: [{ ResourceType: 'subnet', Tags: [{ Key: 'Name', Value: 'public-a' }] }] }))).Subnet!;
    await ec2.send(new EC2.ModifySubnetAttributeCommand({ SubnetId: pub.SubnetId!, MapPublicIpOnLaunch: { Value: true } }));
    const priv = (await ec2.send(new EC2.CreateSubnetCommand({ VpcId: vpc.VpcId!, CidrBlock: '10.20.2.0/24', TagSpecifications: [{ ResourceType: 'subnet', Tags: [{ Key: 'Name', Value: 'private-a' }] }] }))).Subnet!;
    const igw = (await ec2.send(new EC2.CreateInternetGatewayCommand({}))).InternetGateway!;
    await ec2.send(new EC2.AttachInternetGatewayCommand({ InternetGatewayId: igw.InternetGatewayId!, VpcId: vpc.VpcId! }));
    const rt = (await ec2.send(new EC2.CreateRouteTableCommand({ VpcId: vpc.VpcId! }))).RouteTable!;
    await ec2.send(new EC2.CreateRouteCommand({ RouteTableId: rt.RouteTableId!, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igw.InternetGatewayId! }));
    await ec2.send(new EC2.AssociateRouteTableCommand({ RouteTableId: rt.RouteTableId!, SubnetId: pub.SubnetId! }));
    const acl = (await ec2.send(new EC2.CreateNetworkAclCommand({ VpcId: vpc.VpcId! }))).NetworkAcl!;
    await ec2.send(new EC2.CreateNetworkAclEntryCommand({ NetworkAclId: acl.NetworkAclId!, RuleNumber: 100, Protocol: '6', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 } }));
    await ec2.send(new EC2.CreateNetworkAclEntryCommand({ NetworkAclId: acl.NetworkAclId!, RuleNumber: 90, Protocol: '6', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 3389, To: 3389 } }));
    const sg = async (name: string, ingress: EC2.IpPermission[]) => {
      const id = (await ec2.send(new EC2.CreateSecurityGroupCommand({ GroupName: name, Description: `${name} tier`, VpcId: vpc.VpcId! }))).GroupId!;
      if (ingress.length) await ec2.send(new EC2.AuthorizeSecurityGroupIngressCommand({ GroupId: id, IpPermissions: ingress }));
      return id;
    };
    const webSg = await sg('web', [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [{ CidrIpv6: '::/0' }] }]);
    const bastionSg = await sg('bastion', [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'temporary for vendor' }] }]);
    const inferenceSg = await sg('torchserve', [
      { IpProtocol: 'tcp', FromPort: 8080, ToPort: 8081, IpRanges: [{ CidrIp: '10.20.0.0/16' }] },
      { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
    ]);
    if (region === east) {
      await ec2.send(new EC2.CreateFlowLogsCommand({ ResourceIds: [vpc.VpcId!], ResourceType: 'VPC', TrafficType: 'REJECT', LogDestinationType: 's3', LogDestination: `arn:aws:s3:::${trailBucket}/flow` }));
      await ec2.send(new EC2.EnableEbsEncryptionByDefaultCommand({}));
      await ec2.send(
        new EC2.RunInstancesCommand({
          ImageId: 'ami-12c6146b',
          MinCount: 1,
          MaxCount: 1,
          InstanceType: 'g5.xlarge',
          SubnetId: pub.SubnetId!,
          SecurityGroupIds: [bastionSg, inferenceSg],
          MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled' },
          TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'dlc-inference-host' }, { Key: 'aws-dlc-autogenerated-tag-do-not-delete', Value: 'pytorch_inference_2.6.0_python3.12_gpu_cuda12.4_ubuntu22.04' }] }],
        }),
      );
      await ec2.send(
        new EC2.RunInstancesCommand({
          ImageId: 'ami-12c6146b',
          MinCount: 1,
          MaxCount: 1,
          InstanceType: 'm6i.large',
          SubnetId: priv.SubnetId!,
          SecurityGroupIds: [webSg],
          MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
          TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'api-server' }] }],
        }),
      );
      await ec2.send(new EC2.CreateVpcEndpointCommand({ VpcId: vpc.VpcId!, ServiceName: 'com.amazonaws.us-east-1.logs', VpcEndpointType: 'Interface', SubnetIds: [priv.SubnetId!], SecurityGroupIds: [webSg] }));
      await ec2.send(new EC2.CreateVpcEndpointCommand({ VpcId: vpc.VpcId!, ServiceName: 'com.amazonaws.us-east-1.s3', VpcEndpointType: 'Gateway', RouteTableIds: [rt.RouteTableId!] }));
    }
  }

  // ---- Resource Groups: one clean group, one whose tags leak a credential.
  const rg = make(RG.ResourceGroupsClient);
  await rg.send(
    new RG.CreateGroupCommand({
      Name: 'ml-inference',
      Description: 'Inference stack for the recommendation models',
      ResourceQuery: { Type: 'TAG_FILTERS_1_0', Query: JSON.stringify({ ResourceTypeFilters: ['AWS::AllSupported'], TagFilters: [{ Key: 'app', Values: ['recsys'] }] }) },
      Tags: { owner: 'ml-platform', 'cost-center': '4411' },
    }),
  );
  await rg.send(
    new RG.CreateGroupCommand({
      Name: 'legacy-db',
      Description: 'Legacy database hosts - admin password is in the tags until migration',
      ResourceQuery: { Type: 'TAG_FILTERS_1_0', Query: JSON.stringify({ ResourceTypeFilters: ['AWS::EC2::Instance'], TagFilters: [{ Key: 'tier', Values: ['legacy-db'] }] }) },
      Tags: { owner: 'dba', db_password: 'Tr0ub4dor&3-prod', deploy_key: 'AKIAIOSFODNN7EXAMPLE' },
    }),
  );

  // ---- ECR: the team's copy of a DLC image (loosely configured) and a well-kept training repo.
  const ecr = make(ECR.ECRClient);
  await ecr.send(new ECR.CreateRepositoryCommand({ repositoryName: 'ml/pytorch-inference', imageTagMutability: 'MUTABLE', imageScanningConfiguration: { scanOnPush: false } }));
  await ecr.send(
    new ECR.SetRepositoryPolicyCommand({
      repositoryName: 'ml/pytorch-inference',
      policyText: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'PublicPull', Effect: 'Allow', Principal: '*', Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }] }),
    }),
  );
  await ecr.send(
    new ECR.CreateRepositoryCommand({
      repositoryName: 'ml/training',
      imageTagMutability: 'IMMUTABLE',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: { encryptionType: 'KMS', kmsKey: mlKey.Arn },
    }),
  );
  await ecr.send(
    new ECR.PutLifecyclePolicyCommand({
      repositoryName: 'ml/training',
      lifecyclePolicyText: JSON.stringify({ rules: [{ rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 }, action: { type: 'expire' } }] }),
    }),
  );

  // ---- ECS: an inference service on a DLC image with a leaked key and a privileged sidecar.
  const ecs = make(ECS.ECSClient);
  await ecs.send(new ECS.CreateClusterCommand({ clusterName: 'inference', settings: [{ name: 'containerInsights', value: 'disabled' }] }));
  await ecs.send(new ECS.CreateClusterCommand({ clusterName: 'batch', settings: [{ name: 'containerInsights', value: 'enabled' }] }));
  await ecs.send(
    new ECS.RegisterTaskDefinitionCommand({
      family: 'torchserve',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '4096',
      memory: '16384',
      executionRoleArn: roleArn('ecs-task-execution'),
      containerDefinitions: [
        {
          name: 'model-server',
          image: '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.6.0-gpu-py312-cu124-ubuntu22.04-ec2',
          essential: true,
          portMappings: [{ containerPort: 8080 }, { containerPort: 8081 }],
          environment: [
            { name: 'MODEL_BUCKET', value: 'models-prod' },
            { name: 'AWS_SECRET_ACCESS_KEY', value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
          ],
        },
        { name: 'log-shipper', image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable', essential: false, privileged: true },
      ],
    }),
  );
  await ecs.send(
    new ECS.RegisterTaskDefinitionCommand({
      family: 'batch-scoring',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '1024',
      memory: '2048',
      executionRoleArn: roleArn('ecs-task-execution'),
      containerDefinitions: [
        {
          name: 'scorer',
          image: `${DEMO_ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/ml/training@sha256:${'a'.repeat(64)}`,
          essential: true,
          readonlyRootFilesystem: true,
          user: '1000',
          secrets: [{ name: 'DB_PASSWORD', valueFrom: `arn:aws:secretsmanager:us-east-1:${DEMO_ACCOUNT}:secret:scoring-db` }],
          logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/inference', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'scorer' } },
        },
      ],
    }),
  );

  // ---- EKS: a training cluster with its API open to the world, and a locked-down one.
  const eks = make(EKS.EKSClient);
  const ec2e = make(EC2.EC2Client);
  const subnets = (await ec2e.send(new EC2.DescribeSubnetsCommand({}))).Subnets!.slice(0, 2).map((s) => s.SubnetId!);
  await eks.send(
    new EKS.CreateClusterCommand({
      name: 'training',
      version: '1.29',
      roleArn: roleArn('config-recorder-role'),
      resourcesVpcConfig: { subnetIds: subnets, endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['0.0.0.0/0'] },
    }),
  );
  await eks.send(
    new EKS.CreateNodegroupCommand({ clusterName: 'training', nodegroupName: 'gpu-workers', nodeRole: roleArn('config-recorder-role'), subnets, remoteAccess: { ec2SshKey: 'ml-team' }, amiType: 'AL2_x86_64_GPU' }),
  );
  await eks.send(
    new EKS.CreateClusterCommand({
      name: 'serving',
      version: '1.33',
      roleArn: roleArn('config-recorder-role'),
      resourcesVpcConfig: { subnetIds: subnets, endpointPublicAccess: false, endpointPrivateAccess: true },
      logging: { clusterLogging: [{ types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'], enabled: true }] },
      encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: mlKey.Arn } }],
    }),
  );

  // ---- SageMaker: a data-science notebook with direct internet and root, a locked-down one, a model, an endpoint config and training jobs.
  const sm = make(SageMaker.SageMakerClient);
  await sm.send(new SageMaker.CreateNotebookInstanceCommand({ NotebookInstanceName: 'ds-scratch', InstanceType: 'ml.t3.medium', RoleArn: roleArn('sagemaker-execution-role'), DirectInternetAccess: 'Enabled', RootAccess: 'Enabled' }));
  await sm.send(
    new SageMaker.CreateNotebookInstanceCommand({
      NotebookInstanceName: 'ds-secure',
      InstanceType: 'ml.t3.medium',
      RoleArn: roleArn('sagemaker-execution-role'),
      DirectInternetAccess: 'Disabled',
      RootAccess: 'Disabled',
      KmsKeyId: mlKey.KeyId,
      SubnetId: subnets[0],
      SecurityGroupIds: [(await ec2e.send(new EC2.DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-name', Values: ['web'] }] }))).SecurityGroups![0].GroupId!],
    }),
  );
  await sm.send(
    new SageMaker.CreateModelCommand({
      ModelName: 'recsys-ranker',
      ExecutionRoleArn: roleArn('sagemaker-execution-role'),
      PrimaryContainer: { Image: '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.6.0-gpu-py312', ModelDataUrl: 's3://models-prod/ranker/model.tar.gz' },
    }),
  );
  await sm.send(
    new SageMaker.CreateEndpointConfigCommand({
      EndpointConfigName: 'recsys-ranker-v1',
      ProductionVariants: [{ VariantName: 'primary', ModelName: 'recsys-ranker', InitialInstanceCount: 1, InstanceType: 'ml.g4dn.xlarge' }],
    }),
  );
  await sm.send(
    new SageMaker.CreateEndpointConfigCommand({
      EndpointConfigName: 'recsys-ranker-v2',
      KmsKeyId: mlKey.Arn,
      ProductionVariants: [{ VariantName: 'primary', ModelName: 'recsys-ranker', InitialInstanceCount: 2, InstanceType: 'ml.g4dn.xlarge' }],
    }),
  );
  const job = (name: string, count: number, encrypt: boolean) =>
    sm.send(
      new SageMaker.CreateTrainingJobCommand({
        TrainingJobName: name,
        RoleArn: roleArn('sagemaker-execution-role'),
        AlgorithmSpecification: { TrainingImage: '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-training:2.8.0-gpu-py312-cu129-ubuntu22.04-sagemaker', TrainingInputMode: 'File' },
        OutputDataConfig: { S3OutputPath: 's3://models-prod/output/', ...(encrypt ? { KmsKeyId: mlKey.Arn } : {}) },
        ResourceConfig: { InstanceType: 'ml.p3.16xlarge', InstanceCount: count, VolumeSizeInGB: 100, ...(encrypt ? { VolumeKmsKeyId: mlKey.Arn } : {}) },
        StoppingCondition: { MaxRuntimeInSeconds: 86400 },
        EnableInterContainerTrafficEncryption: encrypt,
        EnableNetworkIsolation: encrypt,
      }),
    );
  await job('ranker-distributed-2026-11', 4, false);
  await job('ranker-secure-2026-11', 2, true);

  // ---- Synthetics: a canary checking a plain-HTTP health page, artifacts without KMS.
  const syn = make(Synthetics.SyntheticsClient);
  try {
    await syn.send(
      new Synthetics.CreateCanaryCommand({
        Name: 'checkout-health',
        Code: { Handler: 'index.handler', S3Bucket: canaryBucket, S3Key: 'canary.zip' },
        ArtifactS3Location: `s3://${canaryBucket}/checkout`,
        ExecutionRoleArn: roleArn('synthetics-canary-role'),
        Schedule: { Expression: 'rate(5 minutes)' },
        RuntimeVersion: 'syn-nodejs-puppeteer-6.2',
      }),
    );
  } catch (e) {
    // moto versions without CreateCanary: the estate simply has no canary.
    if (!/not.*implement/i.test(String((e as Error).message))) throw e;
  }
}
