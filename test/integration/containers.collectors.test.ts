import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as EC2 from '@aws-sdk/client-ec2';
import * as ECR from '@aws-sdk/client-ecr';
import * as ECS from '@aws-sdk/client-ecs';
import * as EKS from '@aws-sdk/client-eks';
import * as SM from '@aws-sdk/client-sagemaker';
import { ClientFactory } from '../../src/aws/clientFactory.js';
import { containerCollectors } from '../../src/collectors/aws/containers.js';
import { COLLECTORS_BY_ID } from '../../src/collectors/index.js';
import { collectAccount } from '../../src/collectors/run.js';
import type { AnyRule } from '../../src/engine/defineRule.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { savedInventorySchema, type ResourceOf, type ResourceType, type SavedInventory } from '../../src/inventory/schema.js';
import ecrScan from '../../src/rules/ecr/ecr_repository_scan_on_push_enabled.js';
import ecrImmutable from '../../src/rules/ecr/ecr_repository_tag_immutability_enabled.js';
import ecrLifecycle from '../../src/rules/ecr/ecr_repository_lifecycle_policy_configured.js';
import ecrKms from '../../src/rules/ecr/ecr_repository_encrypted_with_kms.js';
import ecrPublic from '../../src/rules/ecr/ecr_repository_policy_not_public.js';
import ecrGrants from '../../src/rules/ecr/ecr_repository_policy_service_grants_bound.js';
import ecsPrivileged from '../../src/rules/ecs/ecs_task_definition_no_privileged_containers.js';
import ecsSecrets from '../../src/rules/ecs/ecs_task_definition_no_environment_secrets.js';
import ecsPid from '../../src/rules/ecs/ecs_task_definition_no_host_pid_mode.js';
import ecsPublicIp from '../../src/rules/ecs/ecs_service_no_public_ip.js';
import ecsFargate from '../../src/rules/ecs/ecs_service_fargate_latest_platform_version.js';
import ecsInsights from '../../src/rules/ecs/ecs_cluster_container_insights_enabled.js';
import eksEndpoint from '../../src/rules/eks/eks_cluster_endpoint_not_publicly_accessible.js';
import eksSecrets from '../../src/rules/eks/eks_cluster_secrets_encrypted_with_kms.js';
import eksAudit from '../../src/rules/eks/eks_cluster_audit_logging_enabled.js';
import eksVersion from '../../src/rules/eks/eks_cluster_supported_version.js';
import eksSsh from '../../src/rules/eks/eks_nodegroup_ssh_restricted.js';
import nbInternet from '../../src/rules/sagemaker/sagemaker_notebook_no_direct_internet_access.js';
import nbRoot from '../../src/rules/sagemaker/sagemaker_notebook_root_access_disabled.js';
import nbVpc from '../../src/rules/sagemaker/sagemaker_notebook_in_vpc.js';
import ecKms from '../../src/rules/sagemaker/sagemaker_endpoint_config_encrypted_with_kms.js';
import ecInstances from '../../src/rules/sagemaker/sagemaker_endpoint_config_variants_multiple_instances.js';
import tjEncryption from '../../src/rules/sagemaker/sagemaker_training_job_inter_container_encryption.js';
import domInternet from '../../src/rules/sagemaker/sagemaker_domain_no_direct_internet_access.js';
import { collectWith } from '../helpers/collect.js';
import { motoClientConfig, startMoto, type Moto } from '../helpers/moto.js';
import { recordMotoCoverage } from '../helpers/motoCoverage.js';
import { startProxy } from '../helpers/proxy.js';

const ACCOUNT = '123456789012'; // moto's default account
const REGION = 'us-east-1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/ml`;
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const DLC_IMAGE = `763104351884.dkr.ecr.${REGION}.amazonaws.com/pytorch-training:2.3.0-gpu-py311-cu121-ubuntu20.04-sagemaker`;
const DB_PASSWORD = 'Tr0ub4dor&3x';
const PULL = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'];

describe('ECR, ECS, EKS and SageMaker collectors against moto', () => {
  let moto: Moto;
  let inv: SavedInventory;
  let subnetId: string;

  const all = <T extends ResourceType>(type: T) => inv.resources.filter((r) => r.type === type) as ResourceOf<T>[];
  const one = <T extends ResourceType>(type: T, id: string) => {
    const r = all(type).find((x) => x.id === id);
    assert.ok(r, `${type} ${id} not collected; got ${all(type).map((x) => x.id).join(', ')}`);
    return r;
  };
  const statusFor = (rule: AnyRule, id: string, of: SavedInventory = inv) => {
    const all = evaluate(new Inventory(of), { rules: [rule], collectors: COLLECTORS_BY_ID, asOf: new Date('2026-11-24T00:00:00Z') });
    recordMotoCoverage(all, 'containers.collectors');
    const f = all.filter((x) => x.resource.id === id);
    assert.equal(f.length, 1, `${rule.id} on ${id}: ${JSON.stringify(f)}`);
    return f[0].status;
  };

  before(async () => {
    moto = await startMoto();
    moto.useEnv();
    const cfg = motoClientConfig(moto);

    const ec2 = new EC2.EC2Client(cfg);
    const vpcId = (await ec2.send(new EC2.CreateVpcCommand({ CidrBlock: '10.60.0.0/16' }))).Vpc!.VpcId!;
    subnetId = (await ec2.send(new EC2.CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.60.1.0/24' }))).Subnet!.SubnetId!;
    const sgId = (await ec2.send(new EC2.CreateSecurityGroupCommand({ VpcId: vpcId, GroupName: 'tasks', Description: 'tasks' }))).GroupId!;

    // ECR: a hardened repository with an open policy, a bare one, and one granting Lambda without a source condition.
    const ecr = new ECR.ECRClient(cfg);
    await ecr.send(
      new ECR.CreateRepositoryCommand({
        repositoryName: 'prod-inference',
        imageTagMutability: 'IMMUTABLE',
        imageScanningConfiguration: { scanOnPush: true },
        encryptionConfiguration: { encryptionType: 'KMS', kmsKey: KEY },
      }),
    );
    await ecr.send(
      new ECR.SetRepositoryPolicyCommand({ repositoryName: 'prod-inference', policyText: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Anyone', Effect: 'Allow', Principal: '*', Action: PULL }] }) }),
    );
    await ecr.send(
      new ECR.PutLifecyclePolicyCommand({
        repositoryName: 'prod-inference',
        lifecyclePolicyText: JSON.stringify({ rules: [{ rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 }, action: { type: 'expire' } }] }),
      }),
    );
    await ecr.send(new ECR.CreateRepositoryCommand({ repositoryName: 'scratch' }));
    await ecr.send(new ECR.CreateRepositoryCommand({ repositoryName: 'lambda-images' }));
    await ecr.send(
      new ECR.SetRepositoryPolicyCommand({
        repositoryName: 'lambda-images',
        policyText: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'LambdaPull', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: PULL }] }),
      }),
    );
    await ecr.send(new ECR.PutRegistryScanningConfigurationCommand({ scanType: 'BASIC', rules: [{ scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'lambda-*', filterType: 'WILDCARD' }] }] }));

    // ECS: a cluster with Container Insights, one without; two revisions of a family; a public Fargate service on revision 1.
    const ecs = new ECS.ECSClient(cfg);
    await ecs.send(new ECS.CreateClusterCommand({ clusterName: 'ml', settings: [{ name: 'containerInsights', value: 'enabled' }] }));
    await ecs.send(new ECS.CreateClusterCommand({ clusterName: 'plain' }));
    await ecs.send(
      new ECS.RegisterTaskDefinitionCommand({
        family: 'trainer',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '1024',
        memory: '2048',
        containerDefinitions: [{ name: 'train', image: DLC_IMAGE, memory: 2048, user: '1000', readonlyRootFilesystem: true, logConfiguration: { logDriver: 'awslogs' } }],
      }),
    );
    await ecs.send(
      new ECS.RegisterTaskDefinitionCommand({
        family: 'trainer',
        networkMode: 'host',
        pidMode: 'host',
        requiresCompatibilities: ['EC2'],
        containerDefinitions: [
          {
            name: 'train',
            image: DLC_IMAGE,
            memory: 2048,
            privileged: true,
            environment: [
              { name: 'DB_PASSWORD', value: DB_PASSWORD },
              { name: 'EPOCHS', value: '3' },
            ],
            secrets: [{ name: 'API_KEY', valueFrom: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:api` }],
          },
        ],
        tags: [{ key: 'team', value: 'ml' }],
      }),
    );
    await ecs.send(
      new ECS.CreateServiceCommand({
        cluster: 'ml',
        serviceName: 'batch',
        taskDefinition: 'trainer:1',
        desiredCount: 1,
        launchType: 'FARGATE',
        platformVersion: '1.3.0',
        networkConfiguration: { awsvpcConfiguration: { subnets: [subnetId], securityGroups: [sgId], assignPublicIp: 'ENABLED' } },
      }),
    );

    // EKS: a public cluster on an old version with audit logs; a node group with SSH open to the world.
    const eks = new EKS.EKSClient(cfg);
    await eks.send(
      new EKS.CreateClusterCommand({
        name: 'gpu',
        version: '1.29',
        roleArn: ROLE,
        resourcesVpcConfig: { subnetIds: [subnetId], endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'] },
        logging: { clusterLogging: [{ types: ['audit', 'api'], enabled: true }] },
        encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: KEY } }],
      }),
    );
    await eks.send(new EKS.CreateNodegroupCommand({ clusterName: 'gpu', nodegroupName: 'workers', subnets: [subnetId], nodeRole: ROLE, remoteAccess: { ec2SshKey: 'ops' } }));

    // SageMaker.
    const sm = new SM.SageMakerClient(cfg);
    await sm.send(new SM.CreateNotebookInstanceCommand({ NotebookInstanceName: 'open-nb', InstanceType: 'ml.t3.medium', RoleArn: ROLE, DirectInternetAccess: 'Enabled', RootAccess: 'Enabled' }));
    await sm.send(
      new SM.CreateNotebookInstanceCommand({
        NotebookInstanceName: 'locked-nb',
        InstanceType: 'ml.t3.medium',
        RoleArn: ROLE,
        DirectInternetAccess: 'Disabled',
        RootAccess: 'Disabled',
        SubnetId: subnetId,
        SecurityGroupIds: [sgId],
        KmsKeyId: KEY,
      }),
    );
    await sm.send(new SM.CreateModelCommand({ ModelName: 'llm', ExecutionRoleArn: ROLE, PrimaryContainer: { Image: DLC_IMAGE, Environment: { SAGEMAKER_PROGRAM: 'serve.py' } } }));
    await sm.send(
      new SM.CreateEndpointConfigCommand({ EndpointConfigName: 'llm-config', KmsKeyId: KEY, ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'llm', InstanceType: 'ml.m5.xlarge', InitialInstanceCount: 1 }] }),
    );
    await sm.send(
      new SM.CreateTrainingJobCommand({
        TrainingJobName: 'dist-train',
        AlgorithmSpecification: { TrainingImage: DLC_IMAGE, TrainingInputMode: 'File' },
        RoleArn: ROLE,
        OutputDataConfig: { S3OutputPath: 's3://ml-out/', KmsKeyId: KEY },
        ResourceConfig: { InstanceType: 'ml.p3.16xlarge', InstanceCount: 2, VolumeSizeInGB: 100 },
        StoppingCondition: { MaxRuntimeInSeconds: 3600 },
        EnableInterContainerTrafficEncryption: false,
        Environment: { EPOCHS: '3' },
      }),
    );
    await sm.send(new SM.CreateDomainCommand({ DomainName: 'studio', AuthMode: 'IAM', DefaultUserSettings: { ExecutionRole: ROLE }, SubnetIds: [subnetId], VpcId: vpcId, AppNetworkAccessType: 'PublicInternetOnly' }));

    inv = await collectWith({ account: ACCOUNT, regions: [REGION], apiRegion: REGION, collectors: containerCollectors });
  });
  after(async () => {
    await moto?.stop();
  });

  it('collects every unit and produces an inventory the schema accepts', () => {
    for (const c of containerCollectors) assert.equal(inv.collections.find((u) => u.collector === c.id)?.state, 'ok', c.id);
    assert.doesNotThrow(() => savedInventorySchema.parse(inv));
  });

  it('maps repositories with policy and lifecycle policy; "not found" means none', () => {
    const prod = one('AWS::ECR::Repository', 'prod-inference');
    assert.equal(prod.imageTagMutability, 'IMMUTABLE');
    assert.equal(prod.scanOnPush, true);
    assert.equal(prod.encryptionType, 'KMS');
    assert.ok(prod.policy.ok && (prod.policy.value as { Statement: unknown[] }).Statement.length === 1);
    assert.ok(prod.lifecyclePolicy.ok && prod.lifecyclePolicy.value?.includes('expire'));
    const scratch = one('AWS::ECR::Repository', 'scratch');
    assert.deepEqual([scratch.policy, scratch.lifecyclePolicy], [{ ok: true, value: null }, { ok: true, value: null }]);
    const [registry, ...rest] = all('AWS::ECR::RegistryScanningConfiguration');
    assert.equal(rest.length, 0);
    assert.equal(registry.scanType, 'BASIC');
    assert.deepEqual(registry.rules, [{ scanFrequency: 'SCAN_ON_PUSH', filters: ['lambda-*'] }]);
  });

  it('judges ECR repositories', () => {
    assert.equal(statusFor(ecrScan, 'prod-inference'), 'PASS');
    assert.equal(statusFor(ecrScan, 'lambda-images'), 'PASS');
    assert.equal(statusFor(ecrScan, 'scratch'), 'FAIL');
    assert.equal(statusFor(ecrImmutable, 'scratch'), 'FAIL');
    assert.equal(statusFor(ecrLifecycle, 'prod-inference'), 'PASS');
    assert.equal(statusFor(ecrLifecycle, 'scratch'), 'FAIL');
    assert.equal(statusFor(ecrKms, 'prod-inference'), 'PASS');
    assert.equal(statusFor(ecrPublic, 'prod-inference'), 'FAIL');
    assert.equal(statusFor(ecrPublic, 'scratch'), 'PASS');
    assert.equal(statusFor(ecrGrants, 'lambda-images'), 'FAIL');
  });

  it('maps clusters with their settings, the service, and the latest revision plus the one the service runs', () => {
    assert.equal(one('AWS::ECS::Cluster', 'ml').containerInsights, 'enabled');
    assert.equal(one('AWS::ECS::Cluster', 'plain').containerInsights, 'disabled');
    const svc = one('AWS::ECS::Service', 'ml/batch');
    assert.equal(svc.launchType, 'FARGATE');
    assert.equal(svc.platformVersion, '1.3.0');
    assert.equal(svc.awsvpc?.assignPublicIp, 'ENABLED');
    assert.deepEqual(svc.awsvpc?.subnets, [subnetId]);
    assert.deepEqual(all('AWS::ECS::TaskDefinition').map((t) => t.id).sort(), ['trainer:1', 'trainer:2']);
    const latest = one('AWS::ECS::TaskDefinition', 'trainer:2');
    assert.equal(latest.pidMode, 'host');
    assert.equal(latest.networkMode, 'host');
    assert.deepEqual(latest.tags, { team: 'ml' });
    const c = latest.containers[0];
    assert.equal(c.image, DLC_IMAGE, 'image strings are kept intact');
    assert.equal(c.privileged, true);
    assert.deepEqual(c.environment, [
      { name: 'DB_PASSWORD', value: DB_PASSWORD },
      { name: 'EPOCHS', value: '3' },
    ]);
    assert.deepEqual(c.secretNames, ['API_KEY']);
  });

  it('judges ECS resources, naming the secret variable without its value', () => {
    assert.equal(statusFor(ecsPrivileged, 'trainer:2'), 'FAIL');
    assert.equal(statusFor(ecsPrivileged, 'trainer:1'), 'PASS');
    assert.equal(statusFor(ecsPid, 'trainer:2'), 'FAIL');
    const secrets = evaluate(new Inventory(inv), { rules: [ecsSecrets], collectors: COLLECTORS_BY_ID });
    const bad = secrets.find((f) => f.resource.id === 'trainer:2')!;
    assert.equal(bad.status, 'FAIL');
    assert.match(bad.message, /DB_PASSWORD/);
    assert.ok(!JSON.stringify(secrets).includes(DB_PASSWORD));
    assert.equal(statusFor(ecsPublicIp, 'ml/batch'), 'FAIL');
    assert.equal(statusFor(ecsFargate, 'ml/batch'), 'FAIL');
    assert.equal(statusFor(ecsInsights, 'ml'), 'PASS');
    assert.equal(statusFor(ecsInsights, 'plain'), 'FAIL');
  });

  it('maps the EKS cluster and node group', () => {
    const k = one('AWS::EKS::Cluster', 'gpu');
    assert.equal(k.version, '1.29');
    assert.equal(k.endpointPublicAccess, true);
    assert.deepEqual(k.publicAccessCidrs, ['0.0.0.0/0']);
    assert.deepEqual(k.enabledLogTypes.sort(), ['api', 'audit']);
    assert.deepEqual(k.secretsEncryptionKeyArns, [KEY]);
    const n = one('AWS::EKS::Nodegroup', 'gpu/workers');
    assert.equal(n.clusterName, 'gpu');
    assert.deepEqual(n.remoteAccess, { ec2SshKey: 'ops', sourceSecurityGroups: [] });
  });

  it('judges EKS resources', () => {
    assert.equal(statusFor(eksEndpoint, 'gpu'), 'FAIL');
    assert.equal(statusFor(eksSecrets, 'gpu'), 'PASS');
    assert.equal(statusFor(eksAudit, 'gpu'), 'PASS');
    assert.equal(statusFor(eksVersion, 'gpu'), 'FAIL');
    assert.equal(statusFor(eksSsh, 'gpu/workers'), 'FAIL');
  });

  it('maps SageMaker notebooks, model, endpoint configuration, training job and domain', () => {
    const open = one('AWS::SageMaker::NotebookInstance', 'open-nb');
    assert.equal(open.directInternetAccess, 'Enabled');
    assert.equal(open.subnetId, undefined);
    const locked = one('AWS::SageMaker::NotebookInstance', 'locked-nb');
    assert.deepEqual([locked.directInternetAccess, locked.rootAccess, locked.subnetId, locked.kmsKeyId], ['Disabled', 'Disabled', subnetId, KEY]);
    const m = one('AWS::SageMaker::Model', 'llm');
    assert.deepEqual(m.containers, [{ image: DLC_IMAGE, environment: { SAGEMAKER_PROGRAM: 'serve.py' } }]);
    assert.equal(m.vpcConfig, undefined);
    const ec = one('AWS::SageMaker::EndpointConfig', 'llm-config');
    assert.equal(ec.kmsKeyId, KEY);
    assert.deepEqual(ec.productionVariants, [{ variantName: 'AllTraffic', modelName: 'llm', initialInstanceCount: 1, instanceType: 'ml.m5.xlarge', acceleratorType: undefined, serverless: false }]);
    const j = one('AWS::SageMaker::TrainingJob', 'dist-train');
    assert.deepEqual([j.trainingImage, j.instanceType, j.instanceCount, j.enableInterContainerTrafficEncryption, j.outputKmsKeyId], [DLC_IMAGE, 'ml.p3.16xlarge', 2, false, KEY]);
    // moto 5.2 does not keep a training job's Environment, so the secrets rule is covered by unit tests only.
    assert.deepEqual(j.environment, {});
    const d = all('AWS::SageMaker::Domain')[0];
    assert.deepEqual([d.name, d.appNetworkAccessType, d.authMode], ['studio', 'PublicInternetOnly', 'IAM']);
  });

  it('judges SageMaker resources', () => {
    assert.equal(statusFor(nbInternet, 'open-nb'), 'FAIL');
    assert.equal(statusFor(nbInternet, 'locked-nb'), 'PASS');
    assert.equal(statusFor(nbRoot, 'open-nb'), 'FAIL');
    assert.equal(statusFor(nbVpc, 'locked-nb'), 'PASS');
    assert.equal(statusFor(ecKms, 'llm-config'), 'PASS');
    assert.equal(statusFor(ecInstances, 'llm-config'), 'FAIL');
    assert.equal(statusFor(tjEncryption, 'dist-train'), 'FAIL');
    assert.equal(statusFor(domInternet, all('AWS::SageMaker::Domain')[0].id), 'FAIL');
  });

  it('keeps a resource whose Describe call was denied, and its rules report ERROR for it', async () => {
    const denied = (operation: string) => ({ operation, status: 400, body: JSON.stringify({ __type: 'AccessDeniedException', message: `no ${operation}` }) });
    const proxy = await startProxy(moto.endpoint, [denied('DescribeNotebookInstance'), denied('DescribeTaskDefinition')]);
    const endpoint = process.env.AWS_ENDPOINT_URL;
    process.env.AWS_ENDPOINT_URL = proxy.endpoint;
    const clients = new ClientFactory();
    let again: SavedInventory;
    try {
      again = await collectAccount({ clients, account: ACCOUNT, regions: [REGION], apiRegion: REGION, collectors: containerCollectors });
    } finally {
      clients.destroy();
      process.env.AWS_ENDPOINT_URL = endpoint;
      await proxy.stop();
    }
    assert.equal(again.collections.find((u) => u.collector === 'sagemaker.notebooks')?.state, 'ok');
    const nbs = again.resources.filter((r): r is ResourceOf<'AWS::SageMaker::NotebookInstance'> => r.type === 'AWS::SageMaker::NotebookInstance');
    assert.equal(nbs.length, 2);
    for (const n of nbs) assert.match(n.describeError ?? '', /AccessDenied/);
    assert.equal(statusFor(nbInternet, 'open-nb', again), 'ERROR');
    const tds = again.resources.filter((r): r is ResourceOf<'AWS::ECS::TaskDefinition'> => r.type === 'AWS::ECS::TaskDefinition');
    assert.deepEqual(tds.map((t) => t.id).sort(), ['trainer:1', 'trainer:2']);
    assert.equal(statusFor(ecsPrivileged, 'trainer:2', again), 'ERROR');
  });
});
