import '../helpers/motoTimelineWarnings.js'; // first: see the module
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CloudWatchLogsClient,
  PutDeliveryDestinationCommand,
  PutDeliveryDestinationPolicyCommand,
  PutDestinationCommand,
  PutDestinationPolicyCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import {
  CreateDataQualityJobDefinitionCommand,
  CreateModelBiasJobDefinitionCommand,
  CreateNotebookInstanceLifecycleConfigCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { CreateCanaryCommand, SyntheticsClient } from '@aws-sdk/client-synthetics';
import { syntheticsCanaryFunctions } from '../../src/collectors/aws/canaryFunctions.js';
import { logsDeliveryCollectors } from '../../src/collectors/aws/logsDelivery.js';
import { syntheticsCanaries } from '../../src/collectors/aws/monitoring.js';
import { resourceExplorerCollectors } from '../../src/collectors/aws/resourceExplorer.js';
import { sagemakerMonitoringCollectors } from '../../src/collectors/aws/sagemakerMonitoring.js';
import type { CollectorDefinition } from '../../src/collectors/defineCollector.js';
import { COLLECTORS_BY_ID } from '../../src/collectors/index.js';
import type { AnyRule } from '../../src/engine/defineRule.js';
import { evaluate } from '../../src/engine/evaluate.js';
import type { Finding } from '../../src/engine/findings.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { savedInventorySchema, type ResourceOf, type ResourceType, type SavedInventory } from '../../src/inventory/schema.js';
import delivery from '../../src/rules/logs/logs_delivery_destination_shared_only_with_trusted_accounts.js';
import destination from '../../src/rules/logs/logs_destination_shared_only_with_trusted_accounts.js';
import aggregator from '../../src/rules/resource-groups/resource_groups_resource_explorer_aggregator_index_exists.js';
import indexExists from '../../src/rules/resource-groups/resource_groups_resource_explorer_index_exists.js';
import monitoringKms from '../../src/rules/sagemaker/sagemaker_monitoring_job_encrypted_with_kms.js';
import interContainer from '../../src/rules/sagemaker/sagemaker_monitoring_job_inter_container_encryption.js';
import isolation from '../../src/rules/sagemaker/sagemaker_monitoring_job_network_isolation_enabled.js';
import lifecycle from '../../src/rules/sagemaker/sagemaker_notebook_lifecycle_config_no_secrets.js';
import canaryEnv from '../../src/rules/synthetics/synthetics_canary_environment_no_secrets.js';
import { collectWith } from '../helpers/collect.js';
import { motoClientConfig, startMoto, type Moto } from '../helpers/moto.js';
import { recordMotoCoverage } from '../helpers/motoCoverage.js';

const ACCOUNT = '123456789012'; // moto's default account
const OTHER = '999988887777';
const REGION = 'us-east-1';
const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/11111111-2222-3333-4444-555555555555`;

/**
 * moto 5.2.1 answers GetCanary/DescribeCanaries without an EngineArn (real Synthetics always has
 * one once the canary exists). The wrapper adds the ARN of a Lambda function seeded in moto to the
 * canaries moto did return, so synthetics.canaryFunctions reads real GetFunctionConfiguration
 * answers; the canary left without one shows the "no EngineArn" path.
 */
function canariesWithEngine(engineArns: Record<string, string>): CollectorDefinition {
  return {
    ...syntheticsCanaries,
    async collect(ctx) {
      const found = (await syntheticsCanaries.collect(ctx)) as ResourceOf<'AWS::Synthetics::Canary'>[];
      return found.map((c) => (engineArns[c.name ?? c.id] ? { ...c, engineArn: engineArns[c.name ?? c.id] } : c));
    },
  };
}

describe('logs delivery, Resource Explorer, SageMaker monitoring and canary function collectors against moto', () => {
  let moto: Moto;
  let inv: SavedInventory;
  const all = <T extends ResourceType>(type: T) => inv.resources.filter((r): r is ResourceOf<T> => r.type === type) as ResourceOf<T>[];
  const unit = (collector: string, region = REGION) => inv.collections.find((c) => c.collector === collector && c.region === region);
  const findings = (rule: AnyRule, params?: unknown): Finding[] => {
    const out = evaluate(new Inventory(inv), { rules: [rule], collectors: COLLECTORS_BY_ID, params: params ? { [rule.id]: params } : undefined });
    recordMotoCoverage(out, 'observability-more.collectors');
    return out;
  };
  const statusFor = (fs: Finding[], id: string) => fs.filter((f) => f.resource.id === id).map((f) => f.status).join(',');

  before(async () => {
    moto = await startMoto();
    moto.useEnv();
    const cfg = motoClientConfig(moto);

    const logs = new CloudWatchLogsClient(cfg);
    const stream = `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/central`;
    const role = `arn:aws:iam::${ACCOUNT}:role/cwl-to-kinesis`;
    await logs.send(new PutDestinationCommand({ destinationName: 'partner-dest', targetArn: stream, roleArn: role }));
    await logs.send(new PutDestinationPolicyCommand({
      destinationName: 'partner-dest',
      accessPolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: OTHER }, Action: 'logs:PutSubscriptionFilter', Resource: `arn:aws:logs:${REGION}:${ACCOUNT}:destination:partner-dest` }] }),
    }));
    await logs.send(new PutDestinationCommand({ destinationName: 'private-dest', targetArn: stream, roleArn: role }));
    await logs.send(new PutDeliveryDestinationCommand({ name: 'shared-bucket', deliveryDestinationConfiguration: { destinationResourceArn: 'arn:aws:s3:::vended-logs' } }));
    await logs.send(new PutDeliveryDestinationPolicyCommand({
      deliveryDestinationName: 'shared-bucket',
      deliveryDestinationPolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'logs:CreateDelivery', Resource: `arn:aws:logs:${REGION}:${ACCOUNT}:delivery-destination:shared-bucket` }] }),
    }));
    await logs.send(new PutDeliveryDestinationCommand({ name: 'own-bucket', deliveryDestinationConfiguration: { destinationResourceArn: 'arn:aws:s3:::own-logs' } }));

    const sm = new SageMakerClient(cfg);
    const smRole = `arn:aws:iam::${ACCOUNT}:role/monitor`;
    const output = (kms?: string) => ({ KmsKeyId: kms, MonitoringOutputs: [{ S3Output: { S3Uri: 's3://monitor/out', LocalPath: '/opt/ml/processing/output' } }] });
    await sm.send(new CreateDataQualityJobDefinitionCommand({
      JobDefinitionName: 'dq-open',
      RoleArn: smRole,
      DataQualityAppSpecification: { ImageUri: '156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer' },
      DataQualityJobInput: { EndpointInput: { EndpointName: 'shop', LocalPath: '/opt/ml/processing/input' } },
      DataQualityJobOutputConfig: output(),
      JobResources: { ClusterConfig: { InstanceCount: 2, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 20 } },
    }));
    await sm.send(new CreateModelBiasJobDefinitionCommand({
      JobDefinitionName: 'bias-locked',
      RoleArn: smRole,
      ModelBiasAppSpecification: { ImageUri: '205585389593.dkr.ecr.us-east-1.amazonaws.com/sagemaker-clarify-processing:1.0', ConfigUri: 's3://monitor/analysis_config.json' },
      ModelBiasJobInput: { EndpointInput: { EndpointName: 'shop', LocalPath: '/opt/ml/processing/input' }, GroundTruthS3Input: { S3Uri: 's3://monitor/ground-truth' } },
      ModelBiasJobOutputConfig: output(KEY),
      JobResources: { ClusterConfig: { InstanceCount: 2, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 20, VolumeKmsKeyId: KEY } },
      NetworkConfig: { EnableNetworkIsolation: true, EnableInterContainerTrafficEncryption: true },
    }));
    await sm.send(new CreateNotebookInstanceLifecycleConfigCommand({
      NotebookInstanceLifecycleConfigName: 'setup',
      OnStart: [{ Content: Buffer.from('#!/bin/bash\nexport DB_PASSWORD=Sup3rS3cretValue\n').toString('base64') }],
    }));

    const iam = new IAMClient(cfg);
    const lambdaRole = (await iam.send(new CreateRoleCommand({
      RoleName: 'canary-exec',
      AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
    }))).Role!.Arn!;
    const lambda = new LambdaClient(cfg);
    const fn = async (name: string, vars: Record<string, string>) =>
      (await lambda.send(new CreateFunctionCommand({ FunctionName: name, Runtime: 'nodejs20.x', Role: lambdaRole, Handler: 'index.handler', Code: { ZipFile: Buffer.from('PK\u0005\u0006' + '\u0000'.repeat(18), 'binary') }, Environment: { Variables: vars }, Publish: true }))).FunctionArn!;
    const leakyArn = await fn('cwsyn-leaky-0001', { URL: 'https://shop.example.com', LOGIN_PASSWORD: 'hunter2hunter2' });
    const cleanArn = await fn('cwsyn-clean-0002', { URL: 'https://shop.example.com', LOG_LEVEL: '1' });
    const syn = new SyntheticsClient(cfg);
    for (const name of ['leaky', 'clean', 'pending'])
      await syn.send(new CreateCanaryCommand({ Name: name, Code: { Handler: 'index.handler', S3Bucket: 'code', S3Key: 'canary.zip' }, ArtifactS3Location: 's3://artifacts/', ExecutionRoleArn: lambdaRole, Schedule: { Expression: 'rate(5 minutes)' }, RuntimeVersion: 'syn-nodejs-puppeteer-9.1' }));

    inv = await collectWith({
      account: ACCOUNT,
      regions: [REGION],
      apiRegion: REGION,
      collectors: [...logsDeliveryCollectors, ...resourceExplorerCollectors, ...sagemakerMonitoringCollectors, canariesWithEngine({ leaky: leakyArn, clean: cleanArn }), syntheticsCanaryFunctions],
    });
  });

  after(async () => {
    await moto?.stop();
  });

  it('produces a valid inventory', () => {
    assert.doesNotThrow(() => savedInventorySchema.parse(inv));
    for (const id of ['logs.destinations', 'logs.deliveryDestinations', 'sagemaker.monitoringJobDefinitions', 'synthetics.canaries', 'synthetics.canaryFunctions']) assert.equal(unit(id)?.state, 'ok', id);
  });

  it('maps destinations, their access policies and delivery destination policies', () => {
    const dests = all('AWS::Logs::Destination');
    assert.deepEqual(dests.map((d) => d.id).sort(), ['partner-dest', 'private-dest']);
    const partner = dests.find((d) => d.id === 'partner-dest')!;
    assert.equal(partner.arn, `arn:aws:logs:${REGION}:${ACCOUNT}:destination:partner-dest`);
    assert.equal(partner.targetArn, `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/central`);
    assert.deepEqual((partner.accessPolicy as { Statement: Array<{ Principal: unknown }> }).Statement[0].Principal, { AWS: OTHER });
    assert.equal(dests.find((d) => d.id === 'private-dest')!.accessPolicy, null);

    const dds = all('AWS::Logs::DeliveryDestination');
    const shared = dds.find((d) => d.id === 'shared-bucket')!;
    assert.equal(shared.destinationResourceArn, 'arn:aws:s3:::vended-logs');
    assert.ok(shared.policy.ok && shared.policy.value !== null);
    const own = dds.find((d) => d.id === 'own-bucket')!;
    assert.deepEqual(own.policy, { ok: true, value: null });
  });

  it('maps Model Monitor job definitions of each kind', () => {
    const jobs = all('AWS::SageMaker::MonitoringJobDefinition');
    const open = jobs.find((j) => j.id === 'dq-open')!;
    assert.equal(open.kind, 'data-quality');
    assert.equal(open.instanceCount, 2);
    assert.equal(open.instanceType, 'ml.m5.xlarge');
    assert.equal(open.enableNetworkIsolation, false);
    assert.equal(open.volumeKmsKeyId, undefined);
    const locked = jobs.find((j) => j.id === 'bias-locked')!;
    assert.equal(locked.kind, 'model-bias');
    assert.equal(locked.enableNetworkIsolation, true);
    assert.equal(locked.enableInterContainerTrafficEncryption, true);
    assert.equal(locked.volumeKmsKeyId, KEY);
    assert.equal(locked.outputKmsKeyId, KEY);
  });

  it('reads each canary\'s environment from its Lambda function', () => {
    const fns = all('AWS::Synthetics::CanaryFunction');
    const leaky = fns.find((f) => f.canaryName === 'leaky')!;
    assert.deepEqual(leaky.environment, { ok: true, value: { URL: 'https://shop.example.com', LOGIN_PASSWORD: 'hunter2hunter2' } });
    const pending = fns.find((f) => f.canaryName === 'pending')!;
    assert.equal(pending.environment.ok, false);
  });

  it('records the units moto cannot serve as failed, never as empty', () => {
    // moto 5.2.1 implements no resource-explorer-2 API and no ListNotebookInstanceLifecycleConfigs.
    assert.notEqual(unit('resourceExplorer.indexes', 'global')?.state, 'ok');
    assert.notEqual(unit('sagemaker.notebookLifecycleConfigs')?.state, 'ok');
    assert.equal(all('AWS::ResourceExplorer2::Index').length, 0);
    for (const rule of [indexExists, aggregator, lifecycle]) assert.deepEqual(findings(rule).map((f) => f.status), ['ERROR'], rule.id);
  });

  it('evaluates the rules on the collected estate', () => {
    const d = findings(destination);
    assert.equal(statusFor(d, 'partner-dest'), 'FAIL');
    assert.equal(statusFor(d, 'private-dest'), 'PASS');
    assert.equal(statusFor(findings(destination, { trustedAccounts: [OTHER] }), 'partner-dest'), 'PASS');

    const dd = findings(delivery);
    assert.equal(statusFor(dd, 'shared-bucket'), 'FAIL');
    assert.equal(statusFor(dd, 'own-bucket'), 'PASS');

    for (const rule of [isolation, interContainer, monitoringKms]) {
      const f = findings(rule);
      assert.equal(statusFor(f, 'dq-open'), 'FAIL', rule.id);
      assert.equal(statusFor(f, 'bias-locked'), 'PASS', rule.id);
    }

    const env = findings(canaryEnv);
    assert.equal(statusFor(env, 'leaky'), 'FAIL');
    assert.match(env.find((f) => f.resource.id === 'leaky')!.message, /LOGIN_PASSWORD/);
    assert.equal(statusFor(env, 'clean'), 'PASS');
    assert.equal(statusFor(env, 'pending'), 'ERROR');
  });
});
