import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient, CreateLogGroupCommand, PutResourcePolicyCommand, PutRetentionPolicyCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CloudTrailClient, CreateTrailCommand } from '@aws-sdk/client-cloudtrail';
import { ConfigServiceClient, PutAggregationAuthorizationCommand, PutConfigurationRecorderCommand, PutDeliveryChannelCommand, StartConfigurationRecorderCommand } from '@aws-sdk/client-config-service';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { cloudtrailCollectors } from '../../src/collectors/aws/cloudtrail.js';
import { configCollectors } from '../../src/collectors/aws/config.js';
import { monitoringCollectors } from '../../src/collectors/aws/monitoring.js';
import { COLLECTORS_BY_ID } from '../../src/collectors/index.js';
import type { AnyRule } from '../../src/engine/defineRule.js';
import { evaluate } from '../../src/engine/evaluate.js';
import type { Finding } from '../../src/engine/findings.js';
import { Inventory } from '../../src/inventory/inventory.js';
import type { ResourceOf, ResourceType, SavedInventory } from '../../src/inventory/schema.js';
import { savedInventorySchema } from '../../src/inventory/schema.js';
import topicSubs from '../../src/rules/cloudwatch/cloudwatch_alarm_notification_topic_has_subscribers.js';
import authz from '../../src/rules/config/config_aggregation_authorization_to_trusted_accounts.js';
import snsNotify from '../../src/rules/config/config_delivery_channel_sns_notifications_configured.js';
import allRegions from '../../src/rules/config/config_recorder_enabled_all_regions.js';
import frequency from '../../src/rules/config/config_recorder_recording_frequency_continuous.js';
import ctRetention from '../../src/rules/logs/logs_cloudtrail_log_group_retention_at_least_min_days.js';
import logsCross from '../../src/rules/logs/logs_resource_policy_cross_account_to_trusted_accounts.js';
import { snsCollectors } from '../../src/collectors/aws/sns.js';
import { collectWith } from '../helpers/collect.js';
import { motoClientConfig, startMoto, type Moto } from '../helpers/moto.js';
import { recordMotoCoverage } from '../helpers/motoCoverage.js';

const ACCOUNT = '123456789012'; // moto's default account
const OTHER = '999988887777';
const REGIONS = ['us-east-1', 'us-west-2'];

describe('monitoring and config collectors, additions, against moto', () => {
  let moto: Moto;
  let inv: SavedInventory;
  const all = <T extends ResourceType>(type: T, region?: string) =>
    inv.resources.filter((r): r is ResourceOf<T> => r.type === type && (region === undefined || r.region === region)) as ResourceOf<T>[];
  const findings = (rule: AnyRule, params?: unknown): Finding[] => {
    const f = evaluate(new Inventory(inv), { rules: [rule], collectors: COLLECTORS_BY_ID, params: params ? { [rule.id]: params } : undefined });
    recordMotoCoverage(f, 'monitoring-more.collectors');
    return f;
  };
  const statusFor = (fs: Finding[], id: string) => fs.filter((f) => f.resource.id === id).map((f) => f.status).join(',');

  before(async () => {
    moto = await startMoto();
    moto.useEnv();
    const cfg = motoClientConfig(moto);
    const sns = new SNSClient(cfg);
    const subscribed = (await sns.send(new CreateTopicCommand({ Name: 'oncall' }))).TopicArn!;
    await sns.send(new SubscribeCommand({ TopicArn: subscribed, Protocol: 'sqs', Endpoint: `arn:aws:sqs:us-east-1:${ACCOUNT}:oncall-queue` }));
    const lonely = (await sns.send(new CreateTopicCommand({ Name: 'nobody' }))).TopicArn!;

    const cw = new CloudWatchClient(cfg);
    const alarm = (name: string, topic: string, dims: Array<{ Name: string; Value: string }> = []) =>
      cw.send(new PutMetricAlarmCommand({ AlarmName: name, MetricName: 'SuccessPercent', Namespace: 'CloudWatchSynthetics', Dimensions: dims, Statistic: 'Average', Period: 300, EvaluationPeriods: 1, Threshold: 90, ComparisonOperator: 'LessThanThreshold', AlarmActions: [topic], ActionsEnabled: true }));
    await alarm('canary-checkout', subscribed, [{ Name: 'CanaryName', Value: 'checkout' }]);
    await alarm('to-nobody', lonely);

    const logs = new CloudWatchLogsClient(cfg);
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'trail/short' }));
    await logs.send(new PutRetentionPolicyCommand({ logGroupName: 'trail/short', retentionInDays: 30 }));
    await logs.send(new PutResourcePolicyCommand({
      policyName: 'partner',
      policyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: 'logs:PutLogEvents', Resource: '*' }] }),
    }));
    await new S3Client({ ...cfg, forcePathStyle: true }).send(new CreateBucketCommand({ Bucket: 'trail-bucket' }));
    await new CloudTrailClient(cfg).send(new CreateTrailCommand({ Name: 'audit', S3BucketName: 'trail-bucket', CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:trail/short:*`, CloudWatchLogsRoleArn: `arn:aws:iam::${ACCOUNT}:role/trail` }));

    const config = new ConfigServiceClient(cfg);
    await config.send(new PutAggregationAuthorizationCommand({ AuthorizedAccountId: OTHER, AuthorizedAwsRegion: 'eu-west-1' }));
    await config.send(new PutConfigurationRecorderCommand({ ConfigurationRecorder: { name: 'default', roleARN: `arn:aws:iam::${ACCOUNT}:role/config`, recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } } }));
    await new S3Client({ ...cfg, forcePathStyle: true }).send(new CreateBucketCommand({ Bucket: 'config-bucket' }));
    await config.send(new PutDeliveryChannelCommand({ DeliveryChannel: { name: 'default', s3BucketName: 'config-bucket' } }));
    await config.send(new StartConfigurationRecorderCommand({ ConfigurationRecorderName: 'default' }));

    inv = await collectWith({ account: ACCOUNT, regions: REGIONS, apiRegion: 'us-east-1', collectors: [...monitoringCollectors, ...configCollectors, ...cloudtrailCollectors, ...snsCollectors] });
  });

  after(async () => {
    await moto?.stop();
  });

  it('produces a valid inventory; the aggregators unit (now also listing authorizations) is ok', () => {
    assert.doesNotThrow(() => savedInventorySchema.parse(inv));
    for (const r of REGIONS) assert.equal(inv.collections.find((c) => c.collector === 'config.aggregators' && c.region === r)?.state, 'ok');
  });

  it('maps alarm dimensions and aggregation authorizations', () => {
    const a = all('AWS::CloudWatch::Alarm', 'us-east-1').find((x) => x.name === 'canary-checkout')!;
    assert.deepEqual(a.dimensions, [{ name: 'CanaryName', value: 'checkout' }]);
    const auths = all('AWS::Config::AggregationAuthorization', 'us-east-1');
    assert.equal(auths.length, 1);
    assert.equal(auths[0].authorizedAccountId, OTHER);
    assert.equal(auths[0].authorizedAwsRegion, 'eu-west-1');
    assert.equal(all('AWS::Config::AggregationAuthorization', 'us-west-2').length, 0);
  });

  it('evaluates the new rules on the collected estate', () => {
    const authF = findings(authz);
    assert.deepEqual(authF.map((f) => f.status), ['FAIL']);
    assert.deepEqual(findings(authz, { trustedAccountIds: [OTHER] }).map((f) => f.status), ['PASS']);

    const subs = findings(topicSubs);
    assert.equal(statusFor(subs, 'to-nobody'), 'FAIL');
    // moto 5.2 always answers SubscriptionsConfirmed=0 (it never counts subscriptions), so even the
    // subscribed topic reads as unsubscribed here; the PASS path is covered by the unit tests.
    assert.equal(statusFor(subs, 'canary-checkout'), 'FAIL');

    assert.equal(statusFor(findings(ctRetention), 'trail/short'), 'FAIL');
    assert.equal(statusFor(findings(logsCross), 'partner'), 'FAIL');
    assert.deepEqual(findings(snsNotify).map((f) => f.status), ['FAIL']);
    // us-west-2 has no recorder.
    const regions = findings(allRegions);
    assert.equal(regions.length, 1);
    assert.equal(regions[0].status, 'FAIL');
    assert.match(regions[0].message, /us-west-2/);
    // moto reports no recording mode; continuous is the default.
    assert.deepEqual(findings(frequency).map((f) => f.status), ['PASS']);
  });
});
