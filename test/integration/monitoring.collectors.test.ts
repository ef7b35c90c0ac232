import '../helpers/motoTimelineWarnings.js'; // first: see the module
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CloudWatchClient, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  CreateLogGroupCommand,
  PutDataProtectionPolicyCommand,
  PutMetricFilterCommand,
  PutResourcePolicyCommand,
  PutRetentionPolicyCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { CreateTrailCommand, CloudTrailClient, PutEventSelectorsCommand, StartLoggingCommand } from '@aws-sdk/client-cloudtrail';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { CreateCanaryCommand, SyntheticsClient } from '@aws-sdk/client-synthetics';
import { ClientFactory } from '../../src/aws/clientFactory.js';
import { monitoringCollectors } from '../../src/collectors/aws/monitoring.js';
import { cloudtrailCollectors } from '../../src/collectors/aws/cloudtrail.js';
import { COLLECTORS_BY_ID } from '../../src/collectors/index.js';
import { collectAccount } from '../../src/collectors/run.js';
import { evaluate } from '../../src/engine/evaluate.js';
import type { Finding } from '../../src/engine/findings.js';
import { Inventory } from '../../src/inventory/inventory.js';
import type { Resource, ResourceOf, ResourceType, SavedInventory } from '../../src/inventory/schema.js';
import { savedInventorySchema } from '../../src/inventory/schema.js';
import logsKms from '../../src/rules/logs/logs_log_group_encrypted_with_kms.js';
import logsRetention from '../../src/rules/logs/logs_log_group_retention_at_least_min_days.js';
import logsPublic from '../../src/rules/logs/logs_resource_policy_not_public.js';
import logsDeputy from '../../src/rules/logs/logs_resource_policy_service_grants_bound.js';
import alarmAction from '../../src/rules/cloudwatch/cloudwatch_alarm_action_for_alarm_state.js';
import alarmEnabled from '../../src/rules/cloudwatch/cloudwatch_alarm_actions_enabled.js';
import cisRoot from '../../src/rules/cloudwatch/cloudwatch_log_metric_filter_root_usage.js';
import cisSg from '../../src/rules/cloudwatch/cloudwatch_log_metric_filter_security_group_changes.js';
import dataProtection from '../../src/rules/logs/logs_log_group_data_protection_policy_enabled.js';
import canaryKms from '../../src/rules/synthetics/synthetics_canary_artifacts_encrypted_with_kms.js';
import canaryVpc from '../../src/rules/synthetics/synthetics_canary_runs_in_vpc.js';
import canaryRuntime from '../../src/rules/synthetics/synthetics_canary_runtime_supported.js';
import { collectWith } from '../helpers/collect.js';
import { motoClientConfig, startMoto, type Moto } from '../helpers/moto.js';
import { recordMotoCoverage } from '../helpers/motoCoverage.js';
import { startProxy } from '../helpers/proxy.js';

const ACCOUNT = '123456789012'; // moto's default account
const REGIONS = ['us-east-1', 'us-west-2'];
const ROOT_PATTERN = '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }';

describe('monitoring collectors against moto', () => {
  let moto: Moto;
  let inv: SavedInventory;
  let canarySeeded = false;

  const all = <T extends ResourceType>(type: T, region?: string) =>
    inv.resources.filter((r): r is ResourceOf<T> => r.type === type && (region === undefined || r.region === region)) as ResourceOf<T>[];
  const one = <T extends ResourceType>(type: T, id: string, region = 'us-east-1'): ResourceOf<T> => {
    const found = all(type, region).filter((r: Resource) => r.id === id);
    assert.equal(found.length, 1, `${type} ${id}: ${found.length} found`);
    return found[0];
  };
  const unit = (collector: string, region: string) => inv.collections.find((c) => c.collector === collector && c.region === region);
  const findings = (rule: Parameters<typeof evaluate>[1]['rules'][number]): Finding[] => {
    const f = evaluate(new Inventory(inv), { rules: [rule], collectors: COLLECTORS_BY_ID });
    recordMotoCoverage(f, 'monitoring.collectors');
    return f;
  };
  const statusFor = (fs: Finding[], id: string) => fs.find((f) => f.resource.id === id)?.status;

  before(async () => {
    moto = await startMoto();
    moto.useEnv();
    const cfg = motoClientConfig(moto);
    const kms = new KMSClient(cfg);
    const keyArn = (await kms.send(new CreateKeyCommand({ Description: 'logs' }))).KeyMetadata!.Arn!;

    const logs = new CloudWatchLogsClient(cfg);
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'cloudtrail/main', kmsKeyId: keyArn }));
    await logs.send(new PutRetentionPolicyCommand({ logGroupName: 'cloudtrail/main', retentionInDays: 400 }));
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/app/short' }));
    await logs.send(new PutRetentionPolicyCommand({ logGroupName: '/app/short', retentionInDays: 14 }));
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/app/forever' }));
    await new CloudWatchLogsClient(motoClientConfig(moto, 'us-west-2')).send(new CreateLogGroupCommand({ logGroupName: '/west/only' }));
    try {
      await logs.send(
        new PutDataProtectionPolicyCommand({
          logGroupIdentifier: '/app/forever',
          policyDocument: JSON.stringify({
            Name: 'mask',
            Version: '2021-06-01',
            Statement: [
              { Sid: 'audit', DataIdentifier: ['arn:aws:dataprotection::aws:data-identifier/EmailAddress'], Operation: { Audit: { FindingsDestination: {} } } },
              { Sid: 'deid', DataIdentifier: ['arn:aws:dataprotection::aws:data-identifier/EmailAddress'], Operation: { Deidentify: { MaskConfig: {} } } },
            ],
          }),
        }),
      );
    } catch {
      // moto without PutDataProtectionPolicy: the collector test below checks what it records then.
    }
    await logs.send(new PutMetricFilterCommand({
      logGroupName: 'cloudtrail/main',
      filterName: 'root-usage',
      filterPattern: ROOT_PATTERN,
      metricTransformations: [{ metricName: 'RootUsage', metricNamespace: 'CISBenchmark', metricValue: '1' }],
    }));
    await logs.send(new PutMetricFilterCommand({
      logGroupName: 'cloudtrail/main',
      filterName: 'sg-changes-partial',
      filterPattern: '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = CreateSecurityGroup) }',
      metricTransformations: [{ metricName: 'SgChanges', metricNamespace: 'CISBenchmark', metricValue: '1' }],
    }));
    await logs.send(new PutResourcePolicyCommand({
      policyName: 'route53-unbound',
      policyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'route53.amazonaws.com' }, Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/route53/*` }] }),
    }));
    await logs.send(new PutResourcePolicyCommand({
      policyName: 'everyone',
      policyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'logs:PutLogEvents', Resource: '*' }] }),
    }));

    const sns = new SNSClient(cfg);
    const topic = (await sns.send(new CreateTopicCommand({ Name: 'security-alerts' }))).TopicArn!;
    const cw = new CloudWatchClient(cfg);
    const alarm = (name: string, extra: Partial<ConstructorParameters<typeof PutMetricAlarmCommand>[0]>) =>
      cw.send(new PutMetricAlarmCommand({ AlarmName: name, MetricName: 'RootUsage', Namespace: 'CISBenchmark', Statistic: 'Sum', Period: 300, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', ...extra }));
    await alarm('root-usage', { AlarmActions: [topic], ActionsEnabled: true });
    await alarm('silent', { ActionsEnabled: true });
    await alarm('disabled', { AlarmActions: [topic], ActionsEnabled: false });

    const s3 = new S3Client(cfg);
    await s3.send(new CreateBucketCommand({ Bucket: 'trail-bucket' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'canary-artifacts' }));
    const ct = new CloudTrailClient(cfg);
    await ct.send(new CreateTrailCommand({ Name: 'main', S3BucketName: 'trail-bucket', IsMultiRegionTrail: true, CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:cloudtrail/main:*`, CloudWatchLogsRoleArn: `arn:aws:iam::${ACCOUNT}:role/trail` }));
    await ct.send(new StartLoggingCommand({ Name: 'main' }));
    await ct.send(new PutEventSelectorsCommand({ TrailName: 'main', EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] }));

    try {
      await new SyntheticsClient(cfg).send(
        new CreateCanaryCommand({
          Name: 'checkout-health',
          Code: { Handler: 'index.handler', S3Bucket: 'canary-artifacts', S3Key: 'canary.zip' },
          ArtifactS3Location: 's3://canary-artifacts/checkout',
          ExecutionRoleArn: `arn:aws:iam::${ACCOUNT}:role/canary`,
          Schedule: { Expression: 'rate(5 minutes)' },
          RuntimeVersion: 'syn-nodejs-puppeteer-6.2',
          RunConfig: { TimeoutInSeconds: 60, MemoryInMB: 960, ActiveTracing: false },
          ArtifactConfig: { S3Encryption: { EncryptionMode: 'SSE_S3' } },
        }),
      );
      canarySeeded = true;
    } catch (e) {
      if (!/not.*implement|500|InternalFailure/i.test(String((e as Error).message ?? e))) throw e;
    }

    inv = await collectWith({ account: ACCOUNT, regions: REGIONS, collectors: [...monitoringCollectors, ...cloudtrailCollectors], apiRegion: 'us-east-1' });
  });

  after(async () => {
    await moto?.stop();
  });

  it('produces a valid inventory with every unit ok', () => {
    assert.doesNotThrow(() => savedInventorySchema.parse(inv));
    for (const c of monitoringCollectors) for (const r of REGIONS) assert.equal(unit(c.id, r)?.state, 'ok', `${c.id} in ${r}: ${unit(c.id, r)?.message}`);
  });

  it('maps metric alarms: metric, actions and whether they are enabled', () => {
    const root = one('AWS::CloudWatch::Alarm', 'root-usage');
    assert.equal(root.arn, `arn:aws:cloudwatch:us-east-1:${ACCOUNT}:alarm:root-usage`);
    assert.deepEqual([root.namespace, root.metricName, root.actionsEnabled], ['CISBenchmark', 'RootUsage', true]);
    assert.deepEqual(root.alarmActions, [`arn:aws:sns:us-east-1:${ACCOUNT}:security-alerts`]);
    assert.deepEqual(one('AWS::CloudWatch::Alarm', 'silent').alarmActions, []);
    assert.equal(one('AWS::CloudWatch::Alarm', 'disabled').actionsEnabled, false);
    assert.equal(all('AWS::CloudWatch::Alarm', 'us-west-2').length, 0);
  });

  it('maps log groups per region: KMS key, retention (absent = never expire), ARN without :*', () => {
    const trailGroup = one('AWS::Logs::LogGroup', 'cloudtrail/main');
    assert.match(trailGroup.kmsKeyId ?? '', /^arn:aws:kms:us-east-1:/);
    assert.equal(trailGroup.retentionInDays, 400);
    assert.equal(trailGroup.arn, `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:cloudtrail/main`);
    assert.equal(one('AWS::Logs::LogGroup', '/app/short').retentionInDays, 14);
    assert.equal(one('AWS::Logs::LogGroup', '/app/forever').retentionInDays, undefined);
    assert.equal(one('AWS::Logs::LogGroup', '/west/only', 'us-west-2').region, 'us-west-2');
  });

  it('records the data protection policy as read or as not readable, never as absent by guess', () => {
    // moto 5.x does not implement GetDataProtectionPolicy (and reports no dataProtectionStatus), so
    // every group is asked and the answer is kept as an error; the rule then says ERROR, not FAIL.
    const forever = one('AWS::Logs::LogGroup', '/app/forever');
    const f = findings(dataProtection);
    if (forever.dataProtectionPolicy.ok) {
      assert.ok(forever.dataProtectionPolicy.value, 'the seeded policy is read');
      assert.equal(statusFor(f, '/app/forever'), 'PASS');
    } else {
      assert.match(forever.dataProtectionPolicy.error, /\S/);
      assert.equal(statusFor(f, '/app/forever'), 'ERROR');
    }
  });

  it('maps metric filters with their pattern and metrics', () => {
    const f = one('AWS::Logs::MetricFilter', 'cloudtrail/main/root-usage');
    assert.equal(f.name, 'root-usage');
    assert.equal(f.logGroupName, 'cloudtrail/main');
    assert.equal(f.filterPattern, ROOT_PATTERN);
    assert.deepEqual(f.metrics, [{ metricName: 'RootUsage', metricNamespace: 'CISBenchmark' }]);
  });

  it('maps account-level resource policies as parsed documents', () => {
    const p = one('AWS::Logs::ResourcePolicy', 'everyone');
    assert.deepEqual((p.policyDocument as { Statement: Array<{ Principal: unknown }> }).Statement[0].Principal, '*');
    assert.equal(all('AWS::Logs::ResourcePolicy').length, 2);
  });

  it('maps canaries: run config, artifact encryption, role, code; no environment variables from the API', () => {
    if (!canarySeeded) {
      assert.equal(all('AWS::Synthetics::Canary').length, 0, 'moto without CreateCanary has no canaries');
      return;
    }
    const c = one('AWS::Synthetics::Canary', 'checkout-health');
    assert.equal(c.arn, `arn:aws:synthetics:us-east-1:${ACCOUNT}:canary:checkout-health`);
    assert.equal(c.runtimeVersion, 'syn-nodejs-puppeteer-6.2');
    assert.equal(c.executionRoleArn, `arn:aws:iam::${ACCOUNT}:role/canary`);
    assert.equal(c.artifactS3Location, 's3://canary-artifacts/checkout');
    assert.deepEqual(c.artifactEncryption, { encryptionMode: 'SSE_S3', kmsKeyArn: undefined });
    assert.deepEqual(c.runConfig, { timeoutInSeconds: 60, memoryInMB: 960, activeTracing: false });
    assert.equal(c.codeHandler, 'index.handler');
    assert.equal(c.vpcConfig, undefined);
    assert.equal(c.environmentVariables, undefined);
    // moto does not implement DescribeRuntimeVersions: the runtime stays undecided, per canary.
    if (!c.runtimeSupport.ok) assert.equal(statusFor(findings(canaryRuntime), 'checkout-health'), 'ERROR');
    assert.equal(statusFor(findings(canaryKms), 'checkout-health'), 'FAIL');
    assert.equal(statusFor(findings(canaryVpc), 'checkout-health'), 'FAIL');
  });

  it('gives the expected results for the log and alarm rules', () => {
    assert.equal(statusFor(findings(logsKms), 'cloudtrail/main'), 'PASS');
    assert.equal(statusFor(findings(logsKms), '/app/short'), 'FAIL');
    const retention = findings(logsRetention);
    assert.equal(statusFor(retention, '/app/short'), 'FAIL');
    assert.equal(statusFor(retention, 'cloudtrail/main'), 'PASS');
    assert.equal(statusFor(retention, '/app/forever'), 'PASS');
    assert.equal(statusFor(findings(logsPublic), 'everyone'), 'FAIL');
    assert.equal(statusFor(findings(logsPublic), 'route53-unbound'), 'PASS');
    assert.equal(statusFor(findings(logsDeputy), 'route53-unbound'), 'FAIL');
    assert.equal(statusFor(findings(alarmAction), 'silent'), 'FAIL');
    assert.equal(statusFor(findings(alarmAction), 'root-usage'), 'PASS');
    assert.equal(statusFor(findings(alarmEnabled), 'disabled'), 'FAIL');
    assert.equal(statusFor(findings(alarmEnabled), 'root-usage'), 'PASS');
  });

  it('follows trail → log group → metric filter → alarm for the CIS rules', () => {
    const root = findings(cisRoot);
    assert.equal(root.length, 1);
    assert.equal(root[0].status, 'PASS', root[0].message);
    const sg = findings(cisSg);
    assert.equal(sg[0].status, 'FAIL');
    assert.match(sg[0].message, /no metric filter matching/);
  });

  it('records a denied listing as a failed unit, which makes the CIS rule ERROR; reads data protection once per undecided group', async () => {
    const proxy = await startProxy(moto.endpoint, [
      { operation: 'DescribeMetricFilters', region: 'us-west-2', status: 400, body: JSON.stringify({ __type: 'AccessDeniedException', message: 'denied' }) },
      // A clean denial (moto itself answers an HTML 404 that the SDK retries) so calls can be counted.
      { operation: 'GetDataProtectionPolicy', status: 400, body: JSON.stringify({ __type: 'AccessDeniedException', message: 'no logs:GetDataProtectionPolicy' }) },
    ]);
    const endpoint = process.env.AWS_ENDPOINT_URL;
    process.env.AWS_ENDPOINT_URL = proxy.endpoint;
    const clients = new ClientFactory();
    let again: SavedInventory;
    try {
      again = await collectAccount({ clients, account: ACCOUNT, regions: REGIONS, collectors: [...monitoringCollectors, ...cloudtrailCollectors], apiRegion: 'us-east-1' });
    } finally {
      clients.destroy();
      process.env.AWS_ENDPOINT_URL = endpoint;
      await proxy.stop();
    }
    const denied = again.collections.find((c) => c.collector === 'logs.metricFilters' && c.region === 'us-west-2');
    assert.equal(denied?.state, 'access-denied');
    const f = evaluate(new Inventory(again), { rules: [cisRoot], collectors: COLLECTORS_BY_ID });
    assert.equal(f[0].status, 'ERROR');
    // No group reports a status in moto, so each one is asked exactly once, and the denial is kept per group.
    const groups = again.resources.filter((r): r is ResourceOf<'AWS::Logs::LogGroup'> => r.type === 'AWS::Logs::LogGroup');
    assert.equal(groups.length, 4);
    assert.equal(proxy.calls.filter((c) => c.operation === 'GetDataProtectionPolicy').length, groups.length);
    for (const g of groups) assert.equal(g.dataProtectionPolicy.ok, false, g.id);
    const dp = evaluate(new Inventory(again), { rules: [dataProtection], collectors: COLLECTORS_BY_ID });
    assert.ok(dp.length === 4 && dp.every((x) => x.status === 'ERROR'));
  });
});
