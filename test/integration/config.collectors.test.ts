import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  ConfigServiceClient,
  PutConfigRuleCommand,
  PutConfigurationAggregatorCommand,
  PutConfigurationRecorderCommand,
  PutDeliveryChannelCommand,
  PutRetentionConfigurationCommand,
  StartConfigurationRecorderCommand,
} from '@aws-sdk/client-config-service';
import { CreateGroupCommand, ResourceGroupsClient } from '@aws-sdk/client-resource-groups';
import { CreateBucketCommand, PutBucketTaggingCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { ClientFactory } from '../../src/aws/clientFactory.js';
import { configCollectors, describeArn } from '../../src/collectors/aws/config.js';
import { COLLECTORS_BY_ID } from '../../src/collectors/index.js';
import { collectAccount } from '../../src/collectors/run.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { Inventory } from '../../src/inventory/inventory.js';
import type { ResourceOf, ResourceType, SavedInventory } from '../../src/inventory/schema.js';
import { savedInventorySchema } from '../../src/inventory/schema.js';
import recorderEnabled from '../../src/rules/config/config_recorder_enabled_in_region.js';
import retentionRule from '../../src/rules/config/config_retention_period_at_least_min_days.js';
import groupTagSecrets from '../../src/rules/resource-groups/resource_groups_group_tags_no_secrets.js';
import resourceTagSecrets from '../../src/rules/resource-groups/resource_groups_tagged_resource_tags_no_secrets.js';
import { motoClientConfig, startMoto, type Moto } from '../helpers/moto.js';
import { recordMotoCoverage } from '../helpers/motoCoverage.js';

const ACCOUNT = '123456789012'; // moto's default account
const REGIONS = ['us-east-1', 'us-west-2'];
const BUCKET = 'config-history-bucket';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`;
// Assembled at run time so the test source itself holds no credential-shaped literal.
const FAKE_KEY_ID = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');

describe('config, resource groups and tagging collectors against moto', () => {
  let moto: Moto;
  let inv: SavedInventory;
  let topicArn: string;

  const all = <T extends ResourceType>(type: T, region?: string) =>
    inv.resources.filter((r) => r.type === type && (region === undefined || r.region === region)) as ResourceOf<T>[];
  const unit = (collector: string, region: string) => inv.collections.find((c) => c.collector === collector && c.region === region);

  before(async () => {
    moto = await startMoto();
    moto.useEnv();
    const cfg = motoClientConfig(moto);
    const s3 = new S3Client(cfg);
    await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    await s3.send(new PutBucketTaggingCommand({ Bucket: BUCKET, Tagging: { TagSet: [{ Key: 'Owner', Value: 'security' }] } }));
    const sns = new SNSClient(cfg);
    topicArn = (await sns.send(new CreateTopicCommand({ Name: 'config-stream', Tags: [{ Key: 'DbPassword', Value: 'Summer2024x' }] }))).TopicArn!;

    // AWS Config: recording in us-east-1 only; us-west-2 is left without a recorder.
    const config = new ConfigServiceClient(cfg);
    await config.send(
      new PutConfigurationRecorderCommand({ ConfigurationRecorder: { name: 'default', roleARN: ROLE, recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } } }),
    );
    await config.send(new PutDeliveryChannelCommand({ DeliveryChannel: { name: 'default', s3BucketName: BUCKET, snsTopicARN: topicArn, configSnapshotDeliveryProperties: { deliveryFrequency: 'TwentyFour_Hours' } } }));
    await config.send(new StartConfigurationRecorderCommand({ ConfigurationRecorderName: 'default' }));
    await config.send(
      new PutConfigRuleCommand({ ConfigRule: { ConfigRuleName: 'restricted-ssh', Source: { Owner: 'AWS', SourceIdentifier: 'INCOMING_SSH_DISABLED' }, Scope: { ComplianceResourceTypes: ['AWS::EC2::SecurityGroup'] } } }),
    );
    await config.send(
      new PutConfigurationAggregatorCommand({ ConfigurationAggregatorName: 'partial-view', AccountAggregationSources: [{ AccountIds: [ACCOUNT], AwsRegions: ['us-east-1'] }] }),
    );
    await config.send(new PutRetentionConfigurationCommand({ RetentionPeriodInDays: 90 }));

    const rg = new ResourceGroupsClient(cfg);
    const query = JSON.stringify({ ResourceTypeFilters: ['AWS::AllSupported'], TagFilters: [{ Key: 'app', Values: ['web'] }] });
    await rg.send(new CreateGroupCommand({ Name: 'web-tier', Description: 'Web tier', ResourceQuery: { Type: 'TAG_FILTERS_1_0', Query: query }, Tags: { Owner: 'team-web' } }));
    await rg.send(new CreateGroupCommand({ Name: 'deploy', ResourceQuery: { Type: 'TAG_FILTERS_1_0', Query: query }, Tags: { DeployKey: FAKE_KEY_ID } }));

    inv = await collectAccount({ clients: new ClientFactory(), account: ACCOUNT, regions: REGIONS, apiRegion: 'us-east-1', collectors: configCollectors });
  });
  after(async () => {
    await moto?.stop();
  });

  it('produces an inventory the schema accepts', () => {
    assert.doesNotThrow(() => savedInventorySchema.parse(inv));
  });

  it('maps the recorder with its recording group and status', () => {
    const [r, ...rest] = all('AWS::Config::ConfigurationRecorder', 'us-east-1');
    assert.equal(rest.length, 0);
    assert.equal(r.name, 'default');
    assert.equal(r.roleArn, ROLE);
    assert.equal(r.recordingGroup.allSupported, true);
    assert.equal(r.recordingGroup.includeGlobalResourceTypes, true);
    assert.ok(r.status.ok, JSON.stringify(r.status));
    assert.equal(r.status.value?.recording, true);
    assert.equal(all('AWS::Config::ConfigurationRecorder', 'us-west-2').length, 0);
    assert.equal(unit('config.recorders', 'us-west-2')?.state, 'ok');
  });

  it('maps the delivery channel; its status is a per-resource failure where moto does not serve it', () => {
    const [c] = all('AWS::Config::DeliveryChannel', 'us-east-1');
    assert.equal(c.s3BucketName, BUCKET);
    assert.equal(c.snsTopicArn, topicArn);
    assert.equal(c.deliveryFrequency, 'TwentyFour_Hours');
    // moto 5.2 raises NotImplementedError for DescribeDeliveryChannelStatus.
    assert.equal(c.status.ok, false);
    assert.equal(unit('config.deliveryChannels', 'us-east-1')?.state, 'ok');
  });

  it('maps config rules; compliance is unknown (not "compliant") where moto does not serve it', () => {
    const [r] = all('AWS::Config::ConfigRule', 'us-east-1');
    assert.equal(r.name, 'restricted-ssh');
    assert.equal(r.sourceOwner, 'AWS');
    assert.equal(r.sourceIdentifier, 'INCOMING_SSH_DISABLED');
    assert.equal(r.compliance.ok, false);
  });

  it('maps aggregators and the retention configuration', () => {
    const [a] = all('AWS::Config::ConfigurationAggregator', 'us-east-1');
    assert.equal(a.name, 'partial-view');
    assert.deepEqual(a.accountSources, [{ accountIds: [ACCOUNT], allAwsRegions: false, awsRegions: ['us-east-1'] }]);
    assert.equal(a.organizationSource, undefined);
    const [rc] = all('AWS::Config::RetentionConfiguration', 'us-east-1');
    assert.equal(rc.retentionPeriodInDays, 90);
    assert.equal(all('AWS::Config::RetentionConfiguration', 'us-west-2').length, 0);
  });

  it('records the conformance pack unit as failed, since moto does not implement DescribeConformancePacks', () => {
    const u = unit('config.conformancePacks', 'us-east-1');
    assert.ok(u && u.state !== 'ok', JSON.stringify(u));
  });

  it('maps resource groups with query and tags; member count is a per-group failure under moto', () => {
    const groups = all('AWS::ResourceGroups::Group', 'us-east-1');
    assert.deepEqual(groups.map((g) => g.name).sort(), ['deploy', 'web-tier']);
    const web = groups.find((g) => g.name === 'web-tier')!;
    assert.equal(web.description, 'Web tier');
    assert.ok(web.query.ok);
    assert.equal(web.query.value?.type, 'TAG_FILTERS_1_0');
    assert.match(web.query.value?.query ?? '', /"app"/);
    assert.deepEqual(web.tagsRead, { ok: true, value: { Owner: 'team-web' } });
    assert.deepEqual(web.tags, { Owner: 'team-web' });
    // moto 5.2 raises NotImplementedError for ListGroupResources.
    assert.equal(web.memberCount.ok, false);
    assert.equal(web.region, 'us-east-1');
    assert.equal(all('AWS::ResourceGroups::Group', 'us-west-2').length, 0);
  });

  it('maps tagged resources with their tags and a type parsed from the ARN', () => {
    const res = all('AWS::ResourceGroupsTaggingAPI::TaggedResource', 'us-east-1');
    const topic = res.find((r) => r.arn === topicArn);
    assert.ok(topic, JSON.stringify(res.map((r) => r.arn)));
    assert.equal(topic.resourceType, 'sns:topic');
    assert.equal(topic.name, 'config-stream');
    assert.deepEqual(topic.tags, { DbPassword: 'Summer2024x' });
    const bucket = res.find((r) => r.arn === `arn:aws:s3:::${BUCKET}`);
    assert.ok(bucket);
    assert.equal(bucket.resourceType, 's3:bucket');
    assert.deepEqual(bucket.tags, { Owner: 'security' });
    assert.equal(unit('tagging.resources', 'us-west-2')?.state, 'ok');
  });

  it('feeds the rules: recorder per Region, retention, and secrets in tags', () => {
    const findings = evaluate(new Inventory(inv), { rules: [recorderEnabled, retentionRule, groupTagSecrets, resourceTagSecrets], collectors: COLLECTORS_BY_ID });
    recordMotoCoverage(findings, 'config.collectors');
    const status = (ruleId: string, match: (id: string) => boolean) => findings.find((f) => f.ruleId === ruleId && match(f.resource.id))?.status;
    assert.equal(status('config_recorder_enabled_in_region', (id) => id.endsWith('/us-east-1')), 'PASS');
    assert.equal(status('config_recorder_enabled_in_region', (id) => id.endsWith('/us-west-2')), 'FAIL');
    assert.equal(status('config_retention_period_at_least_min_days', (id) => id.endsWith('/us-east-1')), 'FAIL');
    assert.equal(status('resource_groups_group_tags_no_secrets', (id) => id.endsWith(':group/deploy')), 'FAIL');
    assert.equal(status('resource_groups_group_tags_no_secrets', (id) => id.endsWith(':group/web-tier')), 'PASS');
    assert.equal(status('resource_groups_tagged_resource_tags_no_secrets', (id) => id === topicArn), 'FAIL');
    assert.equal(status('resource_groups_tagged_resource_tags_no_secrets', (id) => id === `arn:aws:s3:::${BUCKET}`), 'PASS');
  });
});

describe('describeArn', () => {
  it('reads service:type and name from the common ARN forms', () => {
    assert.deepEqual(describeArn('arn:aws:ec2:us-east-1:1:instance/i-0abc'), { resourceType: 'ec2:instance', name: 'i-0abc' });
    assert.deepEqual(describeArn('arn:aws:s3:::my-bucket'), { resourceType: 's3:bucket', name: 'my-bucket' });
    assert.deepEqual(describeArn('arn:aws:sns:us-east-1:1:alerts'), { resourceType: 'sns:topic', name: 'alerts' });
    assert.deepEqual(describeArn('arn:aws:logs:us-east-1:1:log-group:/aws/lambda/x'), { resourceType: 'logs:log-group', name: '/aws/lambda/x' });
    assert.deepEqual(describeArn('arn:aws:ecs:us-east-1:1:service/cluster/web'), { resourceType: 'ecs:service', name: 'web' });
  });
});
