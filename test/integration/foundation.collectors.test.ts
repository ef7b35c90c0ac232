import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AttachRolePolicyCommand, CreatePolicyCommand, CreateRoleCommand, CreateServiceLinkedRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { CreateKeyCommand, EnableKeyRotationCommand, KMSClient, ScheduleKeyDeletionCommand } from '@aws-sdk/client-kms';
import { CloudTrailClient, CreateTrailCommand, PutEventSelectorsCommand, StartLoggingCommand } from '@aws-sdk/client-cloudtrail';
import { CloudWatchLogsClient, CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateBucketCommand, PutBucketEncryptionCommand, PutBucketPolicyCommand, PutPublicAccessBlockCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { ClientFactory } from '../../src/aws/clientFactory.js';
import { foundationCollectors } from '../../src/collectors/aws/foundation.js';
import { s3DeliveryBuckets } from '../../src/collectors/aws/s3.js';
import type { Resource, ResourceOf, ResourceType, SavedInventory } from '../../src/inventory/schema.js';
import { savedInventorySchema } from '../../src/inventory/schema.js';
import { collectWith } from '../helpers/collect.js';
import { motoClientConfig, startMoto, type Moto } from '../helpers/moto.js';

const ACCOUNT = '123456789012'; // moto's default account
const REGIONS = ['us-east-1', 'us-west-2'];
const TRAIL_BUCKET = 'org-trail-logs';

const trust = (principal: Record<string, unknown>, condition?: Record<string, unknown>) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) }] });

describe('foundation collectors against moto', () => {
  let moto: Moto;
  let inv: SavedInventory;
  const keys: Record<string, string> = {};

  const all = <T extends ResourceType>(type: T, region?: string) =>
    inv.resources.filter((r): r is ResourceOf<T> => r.type === type && (region === undefined || r.region === region)) as ResourceOf<T>[];
  const one = <T extends ResourceType>(type: T, id: string, region?: string): ResourceOf<T> => {
    const found = all(type, region).filter((r: Resource) => r.id === id);
    assert.equal(found.length, 1, `${type} ${id}: ${found.length} found`);
    return found[0];
  };
  const unit = (collector: string, region: string) => inv.collections.find((c) => c.collector === collector && c.region === region);

  before(async () => {
    moto = await startMoto({ MOTO_IAM_LOAD_MANAGED_POLICIES: 'true' });
    moto.useEnv();
    const cfg = motoClientConfig(moto);
    const iam = new IAMClient(cfg);
    await iam.send(new CreateRoleCommand({ RoleName: 'config-unbound', AssumeRolePolicyDocument: trust({ Service: 'config.amazonaws.com' }) }));
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'config-bound',
        AssumeRolePolicyDocument: trust({ Service: 'config.amazonaws.com' }, { StringEquals: { 'aws:SourceAccount': ACCOUNT } }),
      }),
    );
    await iam.send(new CreateRoleCommand({ RoleName: 'ops-admin', AssumeRolePolicyDocument: trust({ AWS: `arn:aws:iam::${ACCOUNT}:root` }) }));
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'ops-admin', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }));
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'ops-admin',
        PolicyName: 'inline-all',
        PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }),
      }),
    );
    await iam.send(new CreateRoleCommand({ RoleName: 'partner', AssumeRolePolicyDocument: trust({ AWS: 'arn:aws:iam::999988887777:root' }) }));
    await iam.send(new CreateServiceLinkedRoleCommand({ AWSServiceName: 'elasticbeanstalk.amazonaws.com' }));
    await iam.send(
      new CreatePolicyCommand({
        PolicyName: 'everything',
        PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }),
      }),
    );

    const kms = new KMSClient(cfg);
    keys.rotated = (await kms.send(new CreateKeyCommand({ Description: 'rotated' }))).KeyMetadata!.KeyId!;
    await kms.send(new EnableKeyRotationCommand({ KeyId: keys.rotated }));
    keys.plain = (await kms.send(new CreateKeyCommand({ Description: 'not rotated' }))).KeyMetadata!.KeyId!;
    keys.doomed = (await kms.send(new CreateKeyCommand({ Description: 'pending deletion' }))).KeyMetadata!.KeyId!;
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId: keys.doomed, PendingWindowInDays: 7 }));
    keys.signing = (await kms.send(new CreateKeyCommand({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!.KeyId!;

    const s3 = new S3Client(cfg);
    await s3.send(new CreateBucketCommand({ Bucket: TRAIL_BUCKET }));
    await s3.send(
      new PutBucketPolicyCommand({
        Bucket: TRAIL_BUCKET,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Sid: 'AWSCloudTrailAclCheck', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: `arn:aws:s3:::${TRAIL_BUCKET}` },
            {
              Sid: 'AWSCloudTrailWrite',
              Effect: 'Allow',
              Principal: { Service: 'cloudtrail.amazonaws.com' },
              Action: 's3:PutObject',
              Resource: `arn:aws:s3:::${TRAIL_BUCKET}/AWSLogs/${ACCOUNT}/*`,
              Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/main` } },
            },
            {
              Sid: 'DenyInsecureTransport',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: [`arn:aws:s3:::${TRAIL_BUCKET}`, `arn:aws:s3:::${TRAIL_BUCKET}/*`],
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
          ],
        }),
      }),
    );
    await s3.send(
      new PutBucketEncryptionCommand({
        Bucket: TRAIL_BUCKET,
        ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keys.rotated } }] },
      }),
    );
    await s3.send(
      new PutPublicAccessBlockCommand({
        Bucket: TRAIL_BUCKET,
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
      }),
    );

    const logs = new CloudWatchLogsClient(cfg);
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'cloudtrail/main' }));
    const ct = new CloudTrailClient(cfg);
    await ct.send(
      new CreateTrailCommand({
        Name: 'main',
        S3BucketName: TRAIL_BUCKET,
        IsMultiRegionTrail: true,
        EnableLogFileValidation: true,
        KmsKeyId: keys.rotated,
        CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:cloudtrail/main:*`,
        CloudWatchLogsRoleArn: `arn:aws:iam::${ACCOUNT}:role/config-bound`,
      }),
    );
    await ct.send(new StartLoggingCommand({ Name: 'main' }));
    // moto answers no selectors for a new trail (AWS shows its default one), so set it explicitly.
    await ct.send(new PutEventSelectorsCommand({ TrailName: 'main', EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] }));
    await ct.send(new CreateTrailCommand({ Name: 'writes-only', S3BucketName: TRAIL_BUCKET }));
    await ct.send(new PutEventSelectorsCommand({ TrailName: 'writes-only', EventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true }] }));

    const sns = new SNSClient(cfg);
    await sns.send(new CreateTopicCommand({ Name: 'alerts', Attributes: { KmsMasterKeyId: 'alias/aws/sns' } }));
    await sns.send(
      new CreateTopicCommand({
        Name: 'open',
        Attributes: {
          Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sns:Publish', Resource: `arn:aws:sns:us-east-1:${ACCOUNT}:open` }] }),
        },
      }),
    );

    inv = await collectWith({ account: ACCOUNT, regions: REGIONS, collectors: foundationCollectors, apiRegion: 'us-east-1' });
  });

  after(async () => {
    await moto?.stop();
  });

  it('records every unit as ok and produces a valid inventory', () => {
    const bad = inv.collections.filter((c) => c.state !== 'ok');
    assert.deepEqual(bad, []);
    assert.equal(unit('iam.roles', 'global')?.state, 'ok');
    assert.equal(unit('s3.deliveryBuckets', 'global')?.state, 'ok');
    assert.equal(unit('kms.keys', 'us-west-2')?.state, 'ok');
    assert.doesNotThrow(() => savedInventorySchema.parse(inv));
  });

  it('maps roles: URL-encoded trust policies, attached and inline policies, service-linked path', () => {
    const bound = one('AWS::IAM::Role', 'config-bound');
    assert.equal(bound.region, 'global');
    assert.deepEqual((bound.assumeRolePolicyDocument as { Statement: Array<{ Condition: unknown }> }).Statement[0].Condition, {
      StringEquals: { 'aws:SourceAccount': ACCOUNT },
    });
    const admin = one('AWS::IAM::Role', 'ops-admin');
    assert.deepEqual(admin.attachedPolicyArns, { ok: true, value: ['arn:aws:iam::aws:policy/AdministratorAccess'] });
    assert.ok(admin.inlinePolicies.ok);
    assert.equal(admin.inlinePolicies.value?.[0].name, 'inline-all');
    assert.deepEqual((admin.inlinePolicies.value?.[0].document as { Statement: unknown[] }).Statement, [{ Effect: 'Allow', Action: '*', Resource: '*' }]);
    const slr = all('AWS::IAM::Role').find((r) => r.path.startsWith('/aws-service-role/'));
    assert.ok(slr, 'the service-linked role is listed with its path');
  });

  it('maps customer managed policies with their default version document', () => {
    const p = one('AWS::IAM::ManagedPolicy', 'everything');
    assert.equal(p.attachmentCount, 0);
    assert.ok(p.document.ok);
    assert.deepEqual((p.document.value as { Statement: unknown[] }).Statement, [{ Effect: 'Allow', Action: '*', Resource: '*' }]);
    assert.ok(!all('AWS::IAM::ManagedPolicy').some((x) => x.arn?.includes(':aws:policy/')), 'AWS managed policies are not listed');
  });

  it('maps KMS keys: rotation only where it applies, key policy, pending deletion', () => {
    assert.deepEqual(one('AWS::KMS::Key', keys.rotated, 'us-east-1').rotationEnabled, { ok: true, value: true });
    assert.deepEqual(one('AWS::KMS::Key', keys.plain, 'us-east-1').rotationEnabled, { ok: true, value: false });
    const doomed = one('AWS::KMS::Key', keys.doomed, 'us-east-1');
    assert.equal(doomed.keyState, 'PendingDeletion');
    assert.ok(doomed.deletionDate);
    assert.deepEqual(doomed.rotationEnabled, { ok: true, value: null });
    const signing = one('AWS::KMS::Key', keys.signing, 'us-east-1');
    assert.equal(signing.keySpec, 'ECC_NIST_P256');
    assert.deepEqual(signing.rotationEnabled, { ok: true, value: null });
    const plain = one('AWS::KMS::Key', keys.plain, 'us-east-1');
    assert.equal(plain.keyManager, 'CUSTOMER');
    assert.ok(plain.policy.ok && (plain.policy.value as { Statement: unknown[] }).Statement.length > 0);
    assert.equal(all('AWS::KMS::Key', 'us-west-2').length, 0);
  });

  it('records each trail once, in its home region, with status and management-event coverage', () => {
    const main = one('AWS::CloudTrail::Trail', 'main');
    assert.equal(main.region, 'us-east-1');
    assert.equal(main.isMultiRegionTrail, true);
    assert.equal(main.logFileValidationEnabled, true);
    assert.ok(main.kmsKeyId);
    assert.match(main.cloudWatchLogsLogGroupArn ?? '', /log-group:cloudtrail\/main/);
    assert.deepEqual(main.status.ok && main.status.value?.isLogging, true);
    assert.deepEqual(main.managementEventsAll, { ok: true, value: true });
    const writes = one('AWS::CloudTrail::Trail', 'writes-only');
    assert.deepEqual(writes.status.ok && writes.status.value?.isLogging, false);
    assert.deepEqual(writes.managementEventsAll, { ok: true, value: false });
    assert.equal(all('AWS::CloudTrail::Trail', 'us-west-2').length, 0, 'the multi-region trail is not recorded again as a shadow');
  });

  it('reads the delivery bucket named by the trails', () => {
    const b = one('AWS::S3::Bucket', TRAIL_BUCKET);
    assert.equal(b.region, 'global');
    assert.deepEqual(b.purposes, ['cloudtrail-delivery']);
    assert.equal(b.bucketRegion, 'us-east-1');
    assert.ok(b.policy.ok && (b.policy.value as { Statement: unknown[] }).Statement.length === 3);
    assert.deepEqual(b.encryption, { ok: true, value: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: keys.rotated } });
    assert.deepEqual(b.publicAccessBlock, { ok: true, value: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true } });
  });

  it('records a delivery bucket that does not exist with every field unreadable, not as unconfigured', async () => {
    const clients = new ClientFactory();
    try {
      const trail = { ...one('AWS::CloudTrail::Trail', 'main'), s3BucketName: 'no-such-delivery-bucket' };
      const [b] = (await s3DeliveryBuckets.collect({
        account: ACCOUNT,
        region: 'global',
        apiRegion: 'us-east-1',
        clients,
        collectedSoFar: (type) => (type === 'AWS::CloudTrail::Trail' ? [trail] : []),
      })) as Array<ResourceOf<'AWS::S3::Bucket'>>;
      assert.equal(b.id, 'no-such-delivery-bucket');
      for (const field of [b.policy, b.encryption, b.publicAccessBlock]) {
        assert.equal(field.ok, false);
        assert.match(!field.ok ? field.error : '', /NoSuchBucket/);
      }
    } finally {
      clients.destroy();
    }
  });

  it('maps SNS topic attributes: KMS key, policy JSON, confirmed subscriptions as a number', () => {
    const alerts = one('AWS::SNS::Topic', 'alerts', 'us-east-1');
    assert.ok(alerts.attributes.ok);
    assert.equal(alerts.attributes.value?.kmsMasterKeyId, 'alias/aws/sns');
    assert.equal(alerts.attributes.value?.subscriptionsConfirmed, 0);
    const open = one('AWS::SNS::Topic', 'open', 'us-east-1');
    assert.ok(open.attributes.ok);
    assert.equal(open.attributes.value?.kmsMasterKeyId, undefined);
    assert.deepEqual((open.attributes.value?.policy as { Statement: Array<{ Principal: unknown }> }).Statement[0].Principal, '*');
  });
});
