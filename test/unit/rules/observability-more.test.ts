import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failed, ok } from '../../../src/inventory/base.js';
import type { ResourceOf } from '../../../src/inventory/schema.js';
import destination from '../../../src/rules/logs/logs_destination_shared_only_with_trusted_accounts.js';
import delivery from '../../../src/rules/logs/logs_delivery_destination_shared_only_with_trusted_accounts.js';
import indexExists from '../../../src/rules/resource-groups/resource_groups_resource_explorer_index_exists.js';
import aggregator from '../../../src/rules/resource-groups/resource_groups_resource_explorer_aggregator_index_exists.js';
import lifecycle from '../../../src/rules/sagemaker/sagemaker_notebook_lifecycle_config_no_secrets.js';
import isolation from '../../../src/rules/sagemaker/sagemaker_monitoring_job_network_isolation_enabled.js';
import interContainer from '../../../src/rules/sagemaker/sagemaker_monitoring_job_inter_container_encryption.js';
import monitoringKms from '../../../src/rules/sagemaker/sagemaker_monitoring_job_encrypted_with_kms.js';
import canaryEnv from '../../../src/rules/synthetics/synthetics_canary_environment_no_secrets.js';
import { ACCOUNT, REGION, resource, run, statusOf } from '../../helpers/inventory.js';

const OTHER = '444455556666';
const DENIED = 'AccessDeniedException: denied';
const allow = (principal: unknown, action: string, extra: Record<string, unknown> = {}) => ({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Senders', Effect: 'Allow', Principal: principal, Action: action, Resource: '*', ...extra }],
});

describe('logs_destination_shared_only_with_trusted_accounts', () => {
  const dest = (id: string, accessPolicy: unknown) => resource('AWS::Logs::Destination', { id, name: id, accessPolicy });
  it('fails an untrusted or open sender, passes none, own account, trusted or org-confined senders', () => {
    const estate = [
      dest('partner', allow({ AWS: OTHER }, 'logs:PutSubscriptionFilter')),
      dest('open', allow('*', 'logs:PutSubscriptionFilter')),
      dest('org', allow('*', 'logs:PutSubscriptionFilter', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } })),
      dest('self', allow({ AWS: `arn:aws:iam::${ACCOUNT}:root` }, 'logs:PutSubscriptionFilter')),
      dest('none', null),
    ];
    const f = run(destination, estate);
    assert.equal(statusOf(f, 'partner'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'partner')!.message, new RegExp(OTHER));
    assert.equal(statusOf(f, 'open'), 'FAIL');
    assert.equal(f.find((x) => x.resource.id === 'open')!.severity, 'high');
    assert.equal(f.find((x) => x.resource.id === 'partner')!.severity, 'medium');
    assert.equal(statusOf(f, 'org'), 'PASS');
    assert.equal(statusOf(f, 'self'), 'PASS');
    assert.equal(statusOf(f, 'none'), 'PASS');
    const trusted = run(destination, estate, { params: { trustedAccounts: [OTHER] } });
    assert.equal(statusOf(trusted, 'partner'), 'PASS');
    assert.equal(statusOf(trusted, 'open'), 'FAIL');
  });
  it('is ERROR when the unit failed', () => {
    assert.equal(statusOf(run(destination, [], { failed: [{ collector: 'logs.destinations' }] })), 'ERROR');
  });
});

describe('logs_delivery_destination_shared_only_with_trusted_accounts', () => {
  const dd = (id: string, policy: ResourceOf<'AWS::Logs::DeliveryDestination'>['policy']) =>
    resource('AWS::Logs::DeliveryDestination', { id, name: id, deliveryDestinationType: 'S3', policy });
  it('fails an untrusted account, passes no policy and trusted accounts', () => {
    const doc = allow({ AWS: OTHER }, 'logs:CreateDelivery');
    const f = run(delivery, [dd('shared', ok(doc)), dd('private', ok(null))]);
    assert.equal(statusOf(f, 'shared'), 'FAIL');
    assert.equal(statusOf(f, 'private'), 'PASS');
    assert.equal(statusOf(run(delivery, [dd('shared', ok(doc))], { params: { trustedAccounts: [OTHER] } })), 'PASS');
  });
  it('is ERROR when the policy or the unit could not be read', () => {
    const f = run(delivery, [dd('unknown', failed(DENIED))]);
    assert.equal(statusOf(f, 'unknown'), 'ERROR');
    assert.match(f[0].message, /AccessDenied/);
    assert.equal(statusOf(run(delivery, [], { failed: [{ collector: 'logs.deliveryDestinations' }] })), 'ERROR');
  });
});

describe('Resource Explorer indexes', () => {
  const index = (region: string, indexType: string) =>
    resource('AWS::ResourceExplorer2::Index', { id: `arn:aws:resource-explorer-2:${region}:${ACCOUNT}:index/x`, name: region, region, indexType });
  it('index exists: fails with none, passes with one in any Region', () => {
    assert.equal(statusOf(run(indexExists, [])), 'FAIL');
    const f = run(indexExists, [index('eu-west-1', 'LOCAL')]);
    assert.equal(statusOf(f), 'PASS');
    assert.equal(f[0].resource.type, 'AWS::Account');
  });
  it('aggregator: fails with only local indexes or in the wrong Region, passes with one', () => {
    assert.equal(statusOf(run(aggregator, [index(REGION, 'LOCAL')])), 'FAIL');
    assert.equal(statusOf(run(aggregator, [])), 'FAIL');
    const estate = [index(REGION, 'LOCAL'), index('eu-west-1', 'AGGREGATOR')];
    assert.equal(statusOf(run(aggregator, estate)), 'PASS');
    assert.equal(statusOf(run(aggregator, estate, { params: { region: REGION } })), 'FAIL');
    assert.equal(statusOf(run(aggregator, estate, { params: { region: 'eu-west-1' } })), 'PASS');
  });
  it('is ERROR when the indexes could not be listed', () => {
    for (const rule of [indexExists, aggregator]) assert.equal(statusOf(run(rule, [], { failed: [{ collector: 'resourceExplorer.indexes' }] })), 'ERROR');
  });
});

describe('sagemaker_notebook_lifecycle_config_no_secrets', () => {
  const cfg = (id: string, onStart: string[], f: Partial<ResourceOf<'AWS::SageMaker::NotebookLifecycleConfig'>> = {}) =>
    resource('AWS::SageMaker::NotebookLifecycleConfig', { id, name: id, onCreate: [], onStart, ...f });
  const KEY = 'AKIA' + 'ABCDEFGHIJKLMNOP';
  it('fails literal credentials and names the script line, never the value', () => {
    const f = run(lifecycle, [
      cfg('keys', ['#!/bin/bash\nset -e\naws configure set aws_access_key_id ' + KEY]),
      cfg('assign', ['#!/bin/bash\nexport DB_PASSWORD="Sup3rS3cretValue"\n'], { onCreate: ['echo hi'] }),
    ]);
    assert.equal(statusOf(f, 'keys'), 'FAIL');
    const keys = f.find((x) => x.resource.id === 'keys')!;
    assert.match(keys.message, /OnStart line 3: AWS access key id/);
    assert.ok(!JSON.stringify(keys).includes(KEY));
    const assign = f.find((x) => x.resource.id === 'assign')!;
    assert.equal(assign.status, 'FAIL');
    assert.match(assign.message, /OnStart line 2 \(DB_PASSWORD\)/);
    assert.ok(!JSON.stringify(assign).includes('Sup3rS3cretValue'));
  });
  it('passes scripts that fetch secrets at run time or hold none', () => {
    const f = run(lifecycle, [
      cfg('fetch', ['#!/bin/bash\nDB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id db --query SecretString --output text)\nTOKEN_FILE=/home/ec2-user/.token\npip install pandas']),
      cfg('empty', []),
    ]);
    assert.equal(statusOf(f, 'fetch'), 'PASS');
    assert.equal(statusOf(f, 'empty'), 'PASS');
  });
  it('applies extraPatterns', () => {
    assert.equal(statusOf(run(lifecycle, [cfg('internal', ['curl https://vault.corp/x?k=PROJECT-FALCON'])], { params: { extraPatterns: ['project-falcon'] } })), 'FAIL');
  });
  it('is ERROR when a config or the unit could not be read', () => {
    assert.equal(statusOf(run(lifecycle, [cfg('x', [], { describeError: `Describe: ${DENIED}` })])), 'ERROR');
    assert.equal(statusOf(run(lifecycle, [], { failed: [{ collector: 'sagemaker.notebookLifecycleConfigs' }] })), 'ERROR');
  });
});

describe('SageMaker Model Monitor job definitions', () => {
  const job = (id: string, f: Partial<ResourceOf<'AWS::SageMaker::MonitoringJobDefinition'>> = {}) =>
    resource('AWS::SageMaker::MonitoringJobDefinition', {
      id,
      name: id,
      kind: 'data-quality',
      instanceType: 'ml.m5.xlarge',
      instanceCount: 1,
      volumeKmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/v',
      outputKmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/o',
      enableNetworkIsolation: true,
      enableInterContainerTrafficEncryption: true,
      ...f,
    });
  it('network isolation: fails each kind without it, passes with it', () => {
    const f = run(isolation, [job('bias', { kind: 'model-bias', enableNetworkIsolation: false }), job('quality', { kind: 'model-quality' })]);
    assert.equal(statusOf(f, 'bias'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'bias')!.message, /model bias job definition/);
    assert.equal(statusOf(f, 'quality'), 'PASS');
  });
  it('inter-container encryption: judges only multi-instance definitions', () => {
    const f = run(interContainer, [
      job('plain', { kind: 'model-explainability', instanceCount: 2, enableInterContainerTrafficEncryption: false }),
      job('enc', { instanceCount: 3 }),
      job('single', { enableInterContainerTrafficEncryption: false }),
    ]);
    assert.equal(statusOf(f, 'plain'), 'FAIL');
    assert.equal(statusOf(f, 'enc'), 'PASS');
    assert.equal(f.filter((x) => x.resource.id === 'single').length, 0);
  });
  it('KMS: fails a missing volume or output key, accepts hardware-encrypted local storage', () => {
    const f = run(monitoringKms, [
      job('novol', { volumeKmsKeyId: undefined }),
      job('noout', { outputKmsKeyId: undefined }),
      job('nvme', { volumeKmsKeyId: undefined, instanceType: 'ml.m5d.xlarge' }),
      job('both'),
    ]);
    assert.equal(statusOf(f, 'novol'), 'FAIL');
    assert.equal(statusOf(f, 'noout'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'noout')!.message, /output reports/);
    assert.equal(statusOf(f, 'nvme'), 'PASS');
    assert.equal(statusOf(f, 'both'), 'PASS');
  });
  it('is ERROR when a definition or the unit could not be read', () => {
    for (const rule of [isolation, interContainer, monitoringKms]) {
      assert.equal(statusOf(run(rule, [job('x', { describeError: `Describe: ${DENIED}` })])), 'ERROR');
      assert.equal(statusOf(run(rule, [], { failed: [{ collector: 'sagemaker.monitoringJobDefinitions' }] })), 'ERROR');
    }
  });
});

describe('synthetics_canary_environment_no_secrets', () => {
  const canary = (name: string) =>
    resource('AWS::Synthetics::Canary', { id: name, name, runtimeSupport: ok(null), engineArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:cwsyn-${name}-abc:1` });
  const fn = (name: string, environment: ResourceOf<'AWS::Synthetics::CanaryFunction'>['environment']) =>
    resource('AWS::Synthetics::CanaryFunction', { id: name, name, canaryName: name, engineArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:cwsyn-${name}-abc:1`, environment });
  const CIPHER = 'AQICAH' + 'x'.repeat(120) + '==';
  it('fails plain secrets, passes URLs, references and KMS ciphertext', () => {
    const f = run(canaryEnv, [
      canary('leaky'),
      fn('leaky', ok({ URL: 'https://shop.example.com', LOGIN_PASSWORD: 'hunter2hunter2' })),
      canary('clean'),
      fn('clean', ok({ URL: 'https://shop.example.com', PASSWORD_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:x', API_TOKEN: CIPHER, LOG_LEVEL: '1' })),
      canary('bare'),
      fn('bare', ok(null)),
    ]);
    assert.equal(statusOf(f, 'leaky'), 'FAIL');
    const leaky = f.find((x) => x.resource.id === 'leaky')!;
    assert.match(leaky.message, /LOGIN_PASSWORD/);
    assert.ok(!JSON.stringify(leaky).includes('hunter2hunter2'));
    assert.equal(statusOf(f, 'clean'), 'PASS');
    assert.equal(statusOf(f, 'bare'), 'PASS');
  });
  it('is ERROR when the function could not be read, is missing, or a unit failed', () => {
    const f = run(canaryEnv, [canary('denied'), fn('denied', failed(DENIED)), canary('orphan')]);
    assert.equal(statusOf(f, 'denied'), 'ERROR');
    assert.equal(statusOf(f, 'orphan'), 'ERROR');
    assert.equal(statusOf(run(canaryEnv, [canary('x')], { failed: [{ collector: 'synthetics.canaryFunctions' }] })), 'ERROR');
    assert.equal(statusOf(run(canaryEnv, [], { failed: [{ collector: 'synthetics.canaries' }] })), 'ERROR');
  });
});
