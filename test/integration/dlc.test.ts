import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateLaunchTemplateCommand, EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import { ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { CreateEndpointCommand, CreateEndpointConfigCommand, CreateModelCommand, CreateProcessingJobCommand, CreateTrainingJobCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { ClientFactory } from '../../src/aws/clientFactory.js';
import { dlcCollectors } from '../../src/collectors/aws/dlc.js';
import { ec2Instances } from '../../src/collectors/aws/ec2.js';
import { COLLECTORS, COLLECTORS_BY_ID } from '../../src/collectors/index.js';
import { collectAccount } from '../../src/collectors/run.js';
import { loadDlcKnowledge } from '../../src/dlc/data.js';
import { dlcReport } from '../../src/dlc/workloads.js';
import { evaluate } from '../../src/engine/evaluate.js';
import type { Finding } from '../../src/engine/findings.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { savedInventorySchema, type ResourceOf, type ResourceType, type SavedInventory } from '../../src/inventory/schema.js';
import { RULES } from '../../src/rules/index.js';
import { motoClientConfig, startMoto, type Moto } from '../helpers/moto.js';
import { recordMotoCoverage } from '../helpers/motoCoverage.js';

const ACCOUNT = '123456789012'; // moto's default account
const REGION = 'us-east-1';
const AS_OF = new Date('2026-11-24T00:00:00Z');
const ROLE = `arn:aws:iam::${ACCOUNT}:role/sagemaker-exec`;
const dlc = (repo: string, tag: string, account = '763104351884', region = REGION) => `${account}.dkr.ecr.${region}.amazonaws.com/${repo}:${tag}`;

const IMAGES = {
  current: dlc('pytorch', '2.13.0-cu130-amzn2023-20260720'),
  pastEop: dlc('pytorch-training', '2.6.0-gpu-py312-cu126-ubuntu22.04-ec2-v1.15'),
  retired: dlc('mxnet-inference', '1.9.0-gpu-py38-cu112-ubuntu20.04-ec2'),
  moving: dlc('pytorch', '2.13-cu130-amzn2023'),
  lookalike: dlc('pytorch-training', '2.10.0-gpu-py313-cu130-ubuntu22.04-ec2', '999988887777'),
  pastEopInference: dlc('pytorch-inference', '2.6.0-gpu-py312-cu124-ubuntu22.04-sagemaker'),
};
const PLAIN = ['public.ecr.aws/docker/library/nginx:1.27', `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/web-app:3`];
const USER_DATA = `#!/bin/bash
export DB_PASSWORD=hunter2-not-for-the-inventory
aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin 763104351884.dkr.ecr.us-east-1.amazonaws.com
docker run --gpus all ${IMAGES.pastEop} python train.py
`;

describe('DLC collectors and rules against moto', () => {
  let moto: Moto;
  const knowledge = loadDlcKnowledge();

  before(async () => {
    moto = await startMoto();
    moto.useEnv();
    const cfg = motoClientConfig(moto, REGION);
    const ecs = new ECSClient(cfg);
    const td = (family: string, ...images: string[]) =>
      ecs.send(new RegisterTaskDefinitionCommand({ family, containerDefinitions: images.map((image, i) => ({ name: `c${i}`, image, memory: 512, essential: i === 0 })) }));
    await td('td-current', IMAGES.current);
    await td('td-past-eop', IMAGES.pastEop);
    await td('td-retired', IMAGES.retired);
    await td('td-moving', IMAGES.moving);
    await td('td-lookalike', IMAGES.lookalike);
    await td('td-plain', ...PLAIN);

    const sm = new SageMakerClient(cfg);
    const model = (name: string, image: string) => sm.send(new CreateModelCommand({ ModelName: name, ExecutionRoleArn: ROLE, PrimaryContainer: { Image: image } }));
    await model('m-past-eop', IMAGES.pastEopInference);
    await model('m-current', IMAGES.current);
    await model('m-plain', PLAIN[1]);
    const training = (name: string, image: string, count: number) =>
      sm.send(
        new CreateTrainingJobCommand({
          TrainingJobName: name,
          RoleArn: ROLE,
          AlgorithmSpecification: { TrainingImage: image, TrainingInputMode: 'File' },
          OutputDataConfig: { S3OutputPath: 's3://bucket/out' },
          ResourceConfig: { InstanceType: 'ml.p3.16xlarge', InstanceCount: count, VolumeSizeInGB: 100 },
          StoppingCondition: { MaxRuntimeInSeconds: 3600 },
        }),
      );
    await training('tj-multi-node', IMAGES.current, 4);
    await training('tj-single', IMAGES.current, 1);
    await training('tj-plain-multi', PLAIN[1], 4);
    await sm.send(new CreateEndpointConfigCommand({ EndpointConfigName: 'ec-current', ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'm-current', InstanceType: 'ml.g4dn.xlarge', InitialInstanceCount: 1 }] }));
    await sm.send(new CreateEndpointCommand({ EndpointName: 'ep-current', EndpointConfigName: 'ec-current' }));
    await sm.send(
      new CreateProcessingJobCommand({
        ProcessingJobName: 'pj-dlc',
        RoleArn: ROLE,
        AppSpecification: { ImageUri: IMAGES.pastEop },
        ProcessingResources: { ClusterConfig: { InstanceCount: 2, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 30 } },
        NetworkConfig: { EnableInterContainerTrafficEncryption: false },
        Environment: { STAGE: 'prep' },
      }),
    );

    const ec2 = new EC2Client(cfg);
    const run = (tags: Record<string, string>, httpTokens: 'optional' | 'required') =>
      ec2.send(
        new RunInstancesCommand({
          ImageId: 'ami-12c6146b',
          MinCount: 1,
          MaxCount: 1,
          InstanceType: 'g5.xlarge',
          MetadataOptions: { HttpTokens: httpTokens, HttpPutResponseHopLimit: 2 },
          TagSpecifications: [{ ResourceType: 'instance', Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) }],
        }),
      );
    await run({ Name: 'dlc-host', 'aws-dlc-autogenerated-tag-do-not-delete': 'pytorch_training_2.6.0_python3.12.8_gpu_cuda12.6_ubuntu22.04' }, 'optional');
    await run({ Name: 'plain-host' }, 'optional');
    await ec2.send(
      new CreateLaunchTemplateCommand({
        LaunchTemplateName: 'lt-dlc',
        LaunchTemplateData: { UserData: Buffer.from(USER_DATA).toString('base64'), MetadataOptions: { HttpTokens: 'optional' } },
      }),
    );
    await ec2.send(new CreateLaunchTemplateCommand({ LaunchTemplateName: 'lt-plain', LaunchTemplateData: { UserData: Buffer.from('#!/bin/bash\necho hi\n').toString('base64') } }));
  });

  after(async () => {
    await moto?.stop();
  });

  const collect = (collectors: typeof COLLECTORS) => collectAccount({ clients: new ClientFactory(), account: ACCOUNT, regions: [REGION], collectors, apiRegion: REGION });
  const of = <T extends ResourceType>(inv: SavedInventory, type: T) => inv.resources.filter((r) => r.type === type) as ResourceOf<T>[];

  describe('DLC collectors', () => {
    let inv: SavedInventory;
    before(async () => {
      inv = await collect([...dlcCollectors, ec2Instances]);
    });
    it('produce an inventory that validates against the schema', () => assert.doesNotThrow(() => savedInventorySchema.parse(inv)));
    it('keep only image references from launch-template user data, never the user data', () => {
      const lts = of(inv, 'AWS::EC2::LaunchTemplate');
      const lt = lts.find((t) => t.name === 'lt-dlc')!;
      assert.deepEqual(lt.imageReferences, { ok: true, value: [IMAGES.pastEop] });
      assert.equal(lt.metadataOptions?.httpTokens, 'optional');
      assert.deepEqual(lts.find((t) => t.name === 'lt-plain')!.imageReferences, { ok: true, value: [] });
      assert.doesNotMatch(JSON.stringify(inv), /hunter2/);
    });
    it('map processing jobs with image and network settings', () => {
      const pj = of(inv, 'AWS::SageMaker::ProcessingJob').find((j) => j.id === 'pj-dlc')!;
      assert.equal(pj.imageUri, IMAGES.pastEop);
      assert.equal(pj.enableInterContainerTrafficEncryption, false);
      assert.match(pj.arn ?? '', /processing-job\/pj-dlc$/);
      // moto 5.2 drops ProcessingResources and Environment from DescribeProcessingJob, so count and environment are not asserted here.
    });
    it('map endpoints (moto reports no DeployedImages, so the list is empty)', () => {
      const ep = of(inv, 'AWS::SageMaker::Endpoint').find((e) => e.id === 'ep-current')!;
      assert.equal(ep.endpointConfigName, 'ec-current');
      assert.deepEqual(ep.deployedImages, []);
    });
    it('record the pull-through cache unit as failed where moto does not implement the call', () => {
      const unit = inv.collections.find((c) => c.collector === 'ecr.pullThroughCacheRules')!;
      // moto 5.2 answers DescribePullThroughCacheRules with an HTML 404: the unit must say error, never ok-and-empty.
      assert.equal(unit.state, 'error', unit.message);
    });
  });

  describe('DLC rules end to end (real collectors, fixed scan date)', () => {
    let inv: SavedInventory;
    let findings: Finding[];
    const dlcRules = RULES.filter((r) => r.service === 'dlc');
    const about = (ruleId: string, name: string) => findings.filter((f) => f.ruleId === ruleId && [f.resource.id, f.resource.name, f.resource.arn ?? ''].some((s) => s === name || s?.includes(`/${name}:`) || s?.includes(`/${name}`)));
    const status = (ruleId: string, name: string) => {
      const f = about(ruleId, name);
      assert.equal(f.length, 1, `${ruleId} on ${name}: ${JSON.stringify(findings.filter((x) => x.ruleId === ruleId).map((x) => [x.resource.id, x.status, x.message]))}`);
      return f[0].status;
    };
    before(async () => {
      inv = await collect(COLLECTORS);
      findings = evaluate(new Inventory(inv), { rules: dlcRules, collectors: COLLECTORS_BY_ID, asOf: AS_OF, dlc: () => knowledge });
      recordMotoCoverage(findings, 'dlc');
    });
    it('every rule the DLC rules need was collected', () => {
      const needed = new Set(dlcRules.flatMap((r) => r.requires));
      const missing = [...needed].filter((id) => inv.collections.find((c) => c.collector === id && c.region === REGION)?.state !== 'ok');
      assert.deepEqual(missing, []);
    });
    it('flags past End of Patch and retired images, passes the current one', () => {
      assert.equal(status('dlc_image_within_end_of_patch', 'td-past-eop'), 'FAIL');
      assert.equal(status('dlc_image_within_end_of_patch', 'td-retired'), 'FAIL');
      assert.equal(status('dlc_image_within_end_of_patch', 'm-past-eop'), 'FAIL');
      assert.equal(status('dlc_image_within_end_of_patch', 'td-current'), 'PASS');
      assert.equal(status('dlc_image_within_end_of_patch', 'lt-dlc'), 'FAIL');
      assert.equal(status('dlc_image_family_not_retired', 'td-retired'), 'FAIL');
      assert.equal(status('dlc_image_family_not_retired', 'td-current'), 'PASS');
      const ev = about('dlc_image_within_end_of_patch', 'td-past-eop')[0].evidence;
      assert.equal(ev.eop, '2026-01-29');
      assert.match(String(ev.source), /^https:\/\//);
    });
    it('tells moving tags from dated ones', () => {
      assert.equal(status('dlc_image_pinned_by_digest', 'td-moving'), 'FAIL');
      assert.equal(status('dlc_image_pinned_by_digest', 'td-current'), 'PASS');
    });
    it('catches the look-alike account', () => {
      assert.equal(status('dlc_image_registry_trusted', 'td-lookalike'), 'FAIL');
      assert.equal(status('dlc_image_registry_trusted', 'td-current'), 'PASS');
    });
    it('flags the multi-node job without encryption, the tagged DLC host and the launch template with IMDSv1', () => {
      assert.equal(status('dlc_training_multi_node_encrypted', 'tj-multi-node'), 'FAIL');
      assert.equal(about('dlc_training_multi_node_encrypted', 'tj-single').length, 0);
      assert.equal(status('dlc_host_imds_protected', 'dlc-host'), 'FAIL');
      assert.equal(status('dlc_host_imds_protected', 'lt-dlc'), 'FAIL');
    });
    it('says nothing about workloads with non-DLC images', () => {
      for (const name of ['td-plain', 'm-plain', 'tj-plain-multi', 'plain-host', 'lt-plain']) assert.deepEqual(findings.filter((f) => [f.resource.id, f.resource.name ?? '', f.resource.arn ?? ''].some((s) => s === name || s.includes(`/${name}:`) || s.endsWith(`/${name}`))).map((f) => f.ruleId), [], name);
    });
    it('has no ERROR findings', () => assert.deepEqual(findings.filter((f) => f.status === 'ERROR').map((f) => [f.ruleId, f.resource.id, f.message]), []));
    it('lists the workloads for `posture dlc`', () => {
      const rows = dlcReport(new Inventory(inv), knowledge, AS_OF);
      const past = rows.find((r) => r.image === IMAGES.pastEop && r.workload === 'ecs-task-definition')!;
      assert.deepEqual([past.supportStatus, past.eop, past.tagKind, past.framework], ['past-eop', '2026-01-29', 'release-pinned', 'PyTorch']);
      assert.equal(rows.find((r) => r.image === IMAGES.lookalike)?.supportStatus, 'look-alike');
      assert.ok(rows.some((r) => r.workload === 'ec2-instance' && r.tagKind === 'host-tag'));
      assert.ok(!rows.some((r) => PLAIN.includes(r.image ?? '')));
    });
  });
});
