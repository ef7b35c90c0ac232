import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as EC2 from '@aws-sdk/client-ec2';
import * as ECR from '@aws-sdk/client-ecr';
import * as ECS from '@aws-sdk/client-ecs';
import * as EKS from '@aws-sdk/client-eks';
import * as IAM from '@aws-sdk/client-iam';
import * as SM from '@aws-sdk/client-sagemaker';
import { COLLECTORS_BY_ID } from '../../src/collectors/index.js';
import type { AnyRule } from '../../src/engine/defineRule.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { savedInventorySchema, type ResourceOf, type ResourceType, type SavedInventory } from '../../src/inventory/schema.js';
import ecrCrossAccount from '../../src/rules/ecr/ecr_repository_policy_cross_account_trusted.js';
import awsvpc from '../../src/rules/ecs/ecs_task_definition_awsvpc_network_mode.js';
import memory from '../../src/rules/ecs/ecs_task_definition_memory_hard_limit.js';
import roles from '../../src/rules/ecs/ecs_task_definition_task_role_differs_from_execution_role.js';
import execLogging from '../../src/rules/ecs/ecs_cluster_exec_logging_enabled.js';
import execKms from '../../src/rules/ecs/ecs_cluster_exec_session_encrypted_with_kms.js';
import efs from '../../src/rules/ecs/ecs_task_definition_efs_transit_encryption.js';
import breaker from '../../src/rules/ecs/ecs_service_deployment_circuit_breaker_enabled.js';
import multiple from '../../src/rules/ecs/ecs_service_multiple_tasks.js';
import caps from '../../src/rules/ecs/ecs_task_definition_no_dangerous_capabilities.js';
import privateEndpoint from '../../src/rules/eks/eks_cluster_private_endpoint_enabled.js';
import allLogs from '../../src/rules/eks/eks_cluster_control_plane_logging_all_types.js';
import deletion from '../../src/rules/eks/eks_cluster_deletion_protection_enabled.js';
import nodes from '../../src/rules/eks/eks_nodegroup_multiple_nodes.js';
import zones from '../../src/rules/eks/eks_nodegroup_multiple_availability_zones.js';
import defaultVpc from '../../src/rules/eks/eks_cluster_not_in_default_vpc.js';
import amiType from '../../src/rules/eks/eks_nodegroup_ami_type_supported.js';
import modelVpc from '../../src/rules/sagemaker/sagemaker_model_in_vpc.js';
import jobVpc from '../../src/rules/sagemaker/sagemaker_training_job_in_vpc.js';
import capture from '../../src/rules/sagemaker/sagemaker_endpoint_config_data_capture_enabled.js';
import platform from '../../src/rules/sagemaker/sagemaker_notebook_platform_supported.js';
import sso from '../../src/rules/sagemaker/sagemaker_domain_sso_auth_mode.js';
import fullAccess from '../../src/rules/sagemaker/sagemaker_execution_role_no_full_access.js';
import s3Scoped from '../../src/rules/sagemaker/sagemaker_training_job_role_s3_scoped.js';
import { collectWith } from '../helpers/collect.js';
import { motoClientConfig, startMoto, type Moto } from '../helpers/moto.js';
import { recordMotoCoverage } from '../helpers/motoCoverage.js';

const ACCOUNT = '123456789012'; // moto's default account
const OTHER = '444455556666';
const REGION = 'us-east-1';
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const IMAGE = `763104351884.dkr.ecr.${REGION}.amazonaws.com/pytorch-training:2.3.0-gpu-py311-cu121-ubuntu20.04-sagemaker`;
const TRUST = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
const COLLECTORS = [
  'ecr.repositories',
  'ecs.clusters',
  'ecs.services',
  'ecs.taskDefinitions',
  'eks.clusters',
  'eks.nodegroups',
  'sagemaker.notebooks',
  'sagemaker.endpointConfigs',
  'sagemaker.models',
  'sagemaker.trainingJobs',
  'sagemaker.domains',
  'iam.roles',
  'iam.policies',
  'ec2.vpcs',
  'ec2.subnets',
].map((id) => COLLECTORS_BY_ID.get(id)!);

describe('container and SageMaker collectors (additional fields) against moto', () => {
  let moto: Moto;
  let inv: SavedInventory;
  let subnetA: string;
  let subnetB: string;
  let wideRole: string;
  let scopedRole: string;

  const all = <T extends ResourceType>(type: T) => inv.resources.filter((r) => r.type === type) as ResourceOf<T>[];
  const one = <T extends ResourceType>(type: T, id: string) => {
    const r = all(type).find((x) => x.id === id);
    assert.ok(r, `${type} ${id} not collected; got ${all(type).map((x) => x.id).join(', ')}`);
    return r;
  };
  const statusFor = (rule: AnyRule, id: string) => {
    const all = evaluate(new Inventory(inv), { rules: [rule], collectors: COLLECTORS_BY_ID, asOf: new Date('2026-11-24T00:00:00Z') });
    recordMotoCoverage(all, 'containers-more.collectors');
    const f = all.filter((x) => x.resource.id === id);
    assert.equal(f.length, 1, `${rule.id} on ${id}: ${JSON.stringify(f.map((x) => [x.status, x.message]))}`);
    return f[0].status;
  };

  before(async () => {
    // AmazonSageMakerFullAccess must exist to be attached.
    moto = await startMoto({ MOTO_IAM_LOAD_MANAGED_POLICIES: 'true' });
    moto.useEnv();
    const cfg = motoClientConfig(moto);

    const ec2 = new EC2.EC2Client(cfg);
    const vpcId = (await ec2.send(new EC2.CreateVpcCommand({ CidrBlock: '10.70.0.0/16' }))).Vpc!.VpcId!;
    subnetA = (await ec2.send(new EC2.CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.70.1.0/24', AvailabilityZone: `${REGION}a` }))).Subnet!.SubnetId!;
    subnetB = (await ec2.send(new EC2.CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.70.2.0/24', AvailabilityZone: `${REGION}b` }))).Subnet!.SubnetId!;
    const sgId = (await ec2.send(new EC2.CreateSecurityGroupCommand({ VpcId: vpcId, GroupName: 'ml', Description: 'ml' }))).GroupId!;

    const iam = new IAM.IAMClient(cfg);
    wideRole = (await iam.send(new IAM.CreateRoleCommand({ RoleName: 'train-wide', AssumeRolePolicyDocument: TRUST }))).Role!.Arn!;
    await iam.send(
      new IAM.PutRolePolicyCommand({ RoleName: 'train-wide', PolicyName: 's3', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }) }),
    );
    await iam.send(new IAM.AttachRolePolicyCommand({ RoleName: 'train-wide', PolicyArn: 'arn:aws:iam::aws:policy/AmazonSageMakerFullAccess' }));
    scopedRole = (await iam.send(new IAM.CreateRoleCommand({ RoleName: 'train-scoped', AssumeRolePolicyDocument: TRUST }))).Role!.Arn!;
    const policyArn = (
      await iam.send(
        new IAM.CreatePolicyCommand({
          PolicyName: 'train-data',
          PolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::ml-data/train/*' },
              { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::ml-out/*' },
            ],
          }),
        }),
      )
    ).Policy!.Arn!;
    await iam.send(new IAM.AttachRolePolicyCommand({ RoleName: 'train-scoped', PolicyArn: policyArn }));

    const ecr = new ECR.ECRClient(cfg);
    await ecr.send(new ECR.CreateRepositoryCommand({ repositoryName: 'shared' }));
    await ecr.send(
      new ECR.SetRepositoryPolicyCommand({
        repositoryName: 'shared',
        policyText: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Partner', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: ['ecr:BatchGetImage'] }] }),
      }),
    );
    await ecr.send(new ECR.CreateRepositoryCommand({ repositoryName: 'private' }));

    const ecs = new ECS.ECSClient(cfg);
    await ecs.send(
      new ECS.CreateClusterCommand({
        clusterName: 'exec',
        configuration: { executeCommandConfiguration: { kmsKeyId: KEY, logging: 'OVERRIDE', logConfiguration: { cloudWatchLogGroupName: '/ecs/exec' } } },
      }),
    );
    await ecs.send(new ECS.CreateClusterCommand({ clusterName: 'silent', configuration: { executeCommandConfiguration: { logging: 'NONE' } } }));
    await ecs.send(
      new ECS.RegisterTaskDefinitionCommand({
        family: 'hardened',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '1024',
        memory: '2048',
        taskRoleArn: `arn:aws:iam::${ACCOUNT}:role/app`,
        executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecution`,
        volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-1', transitEncryption: 'ENABLED' } }],
        containerDefinitions: [{ name: 'app', image: IMAGE, memory: 2048, linuxParameters: { capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] } } }],
      }),
    );
    await ecs.send(
      new ECS.RegisterTaskDefinitionCommand({
        family: 'loose',
        networkMode: 'bridge',
        requiresCompatibilities: ['EC2'],
        // moto insists on a container memory limit for EC2 unless the task has one (AWS accepts memoryReservation alone).
        memory: '1024',
        taskRoleArn: `arn:aws:iam::${ACCOUNT}:role/both`,
        executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/both`,
        volumes: [{ name: 'shared', efsVolumeConfiguration: { fileSystemId: 'fs-2' } }],
        containerDefinitions: [{ name: 'app', image: IMAGE, memoryReservation: 512, linuxParameters: { capabilities: { add: ['SYS_ADMIN'] } } }],
      }),
    );
    await ecs.send(
      new ECS.CreateServiceCommand({
        cluster: 'exec',
        serviceName: 'api',
        taskDefinition: 'hardened:1',
        desiredCount: 3,
        launchType: 'FARGATE',
        deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
        networkConfiguration: { awsvpcConfiguration: { subnets: [subnetA, subnetB], securityGroups: [sgId] } },
      }),
    );
    await ecs.send(new ECS.CreateServiceCommand({ cluster: 'exec', serviceName: 'worker', taskDefinition: 'loose:1', desiredCount: 1, launchType: 'EC2' }));

    const eks = new EKS.EKSClient(cfg);
    await eks.send(
      new EKS.CreateClusterCommand({
        name: 'ml',
        version: '1.31',
        roleArn: `arn:aws:iam::${ACCOUNT}:role/eks`,
        resourcesVpcConfig: { subnetIds: [subnetA, subnetB], endpointPublicAccess: false, endpointPrivateAccess: true },
        logging: { clusterLogging: [{ types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'], enabled: true }] },
      }),
    );
    await eks.send(
      new EKS.CreateNodegroupCommand({ clusterName: 'ml', nodegroupName: 'gpu', amiType: 'AL2_x86_64_GPU', subnets: [subnetA], nodeRole: `arn:aws:iam::${ACCOUNT}:role/node`, scalingConfig: { minSize: 1, maxSize: 2, desiredSize: 1 } }),
    );
    await eks.send(
      new EKS.CreateNodegroupCommand({
        clusterName: 'ml',
        nodegroupName: 'cpu',
        amiType: 'AL2023_x86_64_STANDARD',
        subnets: [subnetA, subnetB],
        nodeRole: `arn:aws:iam::${ACCOUNT}:role/node`,
        scalingConfig: { minSize: 2, maxSize: 4, desiredSize: 2 },
      }),
    );

    const sm = new SM.SageMakerClient(cfg);
    await sm.send(new SM.CreateNotebookInstanceCommand({ NotebookInstanceName: 'nb', InstanceType: 'ml.t3.medium', RoleArn: wideRole, PlatformIdentifier: 'notebook-al2-v1' }));
    await sm.send(new SM.CreateModelCommand({ ModelName: 'in-vpc', ExecutionRoleArn: scopedRole, PrimaryContainer: { Image: IMAGE }, VpcConfig: { Subnets: [subnetA], SecurityGroupIds: [sgId] } }));
    await sm.send(new SM.CreateModelCommand({ ModelName: 'open', ExecutionRoleArn: scopedRole, PrimaryContainer: { Image: IMAGE } }));
    await sm.send(
      new SM.CreateEndpointConfigCommand({
        EndpointConfigName: 'captured',
        ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'in-vpc', InstanceType: 'ml.m5.xlarge', InitialInstanceCount: 2 }],
        DataCaptureConfig: { EnableCapture: true, InitialSamplingPercentage: 100, DestinationS3Uri: 's3://ml-capture/', CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }] },
      }),
    );
    await sm.send(new SM.CreateEndpointConfigCommand({ EndpointConfigName: 'blind', ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'open', InstanceType: 'ml.m5.xlarge', InitialInstanceCount: 2 }] }));
    const trainingJob = (name: string, roleArn: string, vpc: boolean) =>
      new SM.CreateTrainingJobCommand({
        TrainingJobName: name,
        AlgorithmSpecification: { TrainingImage: IMAGE, TrainingInputMode: 'File' },
        RoleArn: roleArn,
        InputDataConfig: [{ ChannelName: 'train', DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://ml-data/train/' } } }],
        OutputDataConfig: { S3OutputPath: 's3://ml-out/' },
        ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 50 },
        StoppingCondition: { MaxRuntimeInSeconds: 3600 },
        ...(vpc ? { VpcConfig: { Subnets: [subnetA], SecurityGroupIds: [sgId] } } : {}),
      });
    await sm.send(trainingJob('wide-job', wideRole, false));
    await sm.send(trainingJob('scoped-job', scopedRole, true));
    await sm.send(new SM.CreateDomainCommand({ DomainName: 'studio', AuthMode: 'SSO', DefaultUserSettings: { ExecutionRole: scopedRole }, SubnetIds: [subnetA], VpcId: vpcId }));

    inv = await collectWith({ account: ACCOUNT, regions: [REGION], apiRegion: REGION, collectors: COLLECTORS });
  });
  after(async () => {
    await moto?.stop();
  });

  it('collects every unit and produces an inventory the schema accepts', () => {
    for (const c of COLLECTORS) assert.equal(inv.collections.find((u) => u.collector === c.id && (u.region === REGION || u.region === 'global'))?.state, 'ok', c.id);
    assert.doesNotThrow(() => savedInventorySchema.parse(inv));
  });

  it('maps the ECS Exec configuration, task memory, volumes and capabilities, and deployment settings', () => {
    const exec = one('AWS::ECS::Cluster', 'exec');
    assert.equal(exec.executeCommandKmsKeyId, KEY);
    assert.deepEqual(exec.executeCommandLogDestination, { cloudWatchLogGroupName: '/ecs/exec', s3BucketName: undefined });
    assert.equal(one('AWS::ECS::Cluster', 'silent').executeCommandLogging, 'NONE');
    const hardened = one('AWS::ECS::TaskDefinition', 'hardened:1');
    assert.equal(hardened.memory, '2048');
    assert.deepEqual(hardened.volumes, [{ name: 'data', efs: { fileSystemId: 'fs-1', transitEncryption: 'ENABLED' } }]);
    assert.equal(hardened.containers[0].memory, 2048);
    assert.deepEqual(hardened.containers[0].capabilitiesAdd, ['NET_BIND_SERVICE']);
    const loose = one('AWS::ECS::TaskDefinition', 'loose:1');
    assert.equal(loose.containers[0].memory, undefined);
    assert.equal(loose.containers[0].memoryReservation, 512);
    // moto drops deploymentConfiguration (the circuit breaker given at creation is not returned); the PASS case is unit-tested.
    assert.deepEqual(one('AWS::ECS::Service', 'exec/worker').circuitBreaker, { enable: false, rollback: false });
    assert.equal(one('AWS::ECS::Service', 'exec/api').deploymentController, 'ECS');
  });

  it('judges the ECS rules', () => {
    assert.equal(statusFor(awsvpc, 'hardened:1'), 'PASS');
    assert.equal(statusFor(awsvpc, 'loose:1'), 'FAIL');
    assert.equal(statusFor(memory, 'hardened:1'), 'PASS');
    assert.equal(statusFor(memory, 'loose:1'), 'FAIL');
    assert.equal(statusFor(roles, 'hardened:1'), 'PASS');
    assert.equal(statusFor(roles, 'loose:1'), 'FAIL');
    assert.equal(statusFor(efs, 'hardened:1'), 'PASS');
    assert.equal(statusFor(efs, 'loose:1'), 'FAIL');
    assert.equal(statusFor(caps, 'hardened:1'), 'PASS');
    assert.equal(statusFor(caps, 'loose:1'), 'FAIL');
    assert.equal(statusFor(execLogging, 'exec'), 'PASS');
    assert.equal(statusFor(execLogging, 'silent'), 'FAIL');
    assert.equal(statusFor(execKms, 'exec'), 'PASS');
    assert.equal(statusFor(execKms, 'silent'), 'FAIL');
    assert.equal(statusFor(breaker, 'exec/worker'), 'FAIL');
    assert.equal(statusFor(multiple, 'exec/api'), 'PASS');
    assert.equal(statusFor(multiple, 'exec/worker'), 'FAIL');
  });

  it('maps and judges EKS deletion protection, scaling and AMI types', () => {
    assert.equal(one('AWS::EKS::Cluster', 'ml').deletionProtection, false);
    assert.deepEqual(one('AWS::EKS::Nodegroup', 'ml/gpu').scalingConfig, { minSize: 1, maxSize: 2, desiredSize: 1 });
    assert.equal(statusFor(privateEndpoint, 'ml'), 'PASS');
    assert.equal(statusFor(allLogs, 'ml'), 'PASS');
    assert.equal(statusFor(deletion, 'ml'), 'FAIL');
    // moto's DescribeCluster has no resourcesVpcConfig.vpcId: the VPC is unknown, so ERROR, never a PASS.
    assert.equal(one('AWS::EKS::Cluster', 'ml').vpcId, undefined);
    assert.equal(statusFor(defaultVpc, 'ml'), 'ERROR');
    assert.equal(statusFor(nodes, 'ml/gpu'), 'FAIL');
    assert.equal(statusFor(nodes, 'ml/cpu'), 'PASS');
    assert.equal(statusFor(zones, 'ml/gpu'), 'FAIL');
    assert.equal(statusFor(zones, 'ml/cpu'), 'PASS');
    assert.equal(statusFor(amiType, 'ml/gpu'), 'FAIL');
    assert.equal(statusFor(amiType, 'ml/cpu'), 'PASS');
  });

  it('judges the cross-account repository policy', () => {
    assert.equal(statusFor(ecrCrossAccount, 'shared'), 'FAIL');
    assert.equal(statusFor(ecrCrossAccount, 'private'), 'PASS');
  });

  it('maps data capture and training job S3 locations, and judges the SageMaker rules', () => {
    assert.equal(one('AWS::SageMaker::EndpointConfig', 'captured').dataCaptureEnabled, true);
    assert.equal(one('AWS::SageMaker::EndpointConfig', 'blind').dataCaptureEnabled, false);
    assert.deepEqual(one('AWS::SageMaker::TrainingJob', 'wide-job').s3Uris, { input: ['s3://ml-data/train/'], output: 's3://ml-out/', checkpoint: undefined });
    assert.equal(statusFor(capture, 'captured'), 'PASS');
    assert.equal(statusFor(capture, 'blind'), 'FAIL');
    assert.equal(statusFor(modelVpc, 'in-vpc'), 'PASS');
    assert.equal(statusFor(modelVpc, 'open'), 'FAIL');
    assert.equal(statusFor(jobVpc, 'scoped-job'), 'PASS');
    assert.equal(statusFor(jobVpc, 'wide-job'), 'FAIL');
    // moto's DescribeNotebookInstance returns no PlatformIdentifier: unknown platform, so ERROR.
    assert.equal(one('AWS::SageMaker::NotebookInstance', 'nb').platformIdentifier, undefined);
    assert.equal(statusFor(platform, 'nb'), 'ERROR');
    const domainId = all('AWS::SageMaker::Domain')[0].id;
    assert.equal(statusFor(sso, domainId), 'PASS');
    assert.equal(statusFor(fullAccess, 'train-wide'), 'FAIL');
    assert.equal(statusFor(fullAccess, 'train-scoped'), 'PASS');
    assert.equal(statusFor(s3Scoped, 'wide-job'), 'FAIL');
    assert.equal(statusFor(s3Scoped, 'scoped-job'), 'PASS');
  });
});
