import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ResourceOf } from '../../../src/inventory/schema.js';
import privileged from '../../../src/rules/ecs/ecs_task_definition_no_privileged_containers.js';
import readonlyRoot from '../../../src/rules/ecs/ecs_task_definition_readonly_root_filesystem.js';
import envSecretsRule from '../../../src/rules/ecs/ecs_task_definition_no_environment_secrets.js';
import hostPid from '../../../src/rules/ecs/ecs_task_definition_no_host_pid_mode.js';
import hostNetwork from '../../../src/rules/ecs/ecs_task_definition_host_network_mode_non_root.js';
import logging from '../../../src/rules/ecs/ecs_task_definition_logging_configured.js';
import nonRoot from '../../../src/rules/ecs/ecs_task_definition_non_root_user.js';
import publicIp from '../../../src/rules/ecs/ecs_service_no_public_ip.js';
import fargate from '../../../src/rules/ecs/ecs_service_fargate_latest_platform_version.js';
import insights from '../../../src/rules/ecs/ecs_cluster_container_insights_enabled.js';
import { envSecrets, namesSecret } from '../../../src/analysis/secrets/envSecrets.js';
import type { AnyRule } from '../../../src/engine/defineRule.js';
import { ACCOUNT, REGION, resource, run, statusOf } from '../../helpers/inventory.js';

type TaskDefinition = ResourceOf<'AWS::ECS::TaskDefinition'>;
type Container = TaskDefinition['containers'][number];
const container = (name: string, f: Partial<Container> = {}): Container => ({ name, image: 'nginx:1.27', environment: [], secretNames: [], portMappings: [], ...f });
const taskDef = (id: string, containers: Container[], f: Partial<TaskDefinition> = {}) =>
  resource('AWS::ECS::TaskDefinition', { id, name: id, arn: `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${id}`, family: id.split(':')[0], revision: 1, requiresCompatibilities: ['EC2'], containers, ...f });
const unreadable = (id: string) => taskDef(id, [], { describeError: 'DescribeTaskDefinition: AccessDeniedException: denied' });
const service = (id: string, f: Partial<ResourceOf<'AWS::ECS::Service'>> = {}) =>
  resource('AWS::ECS::Service', { id, name: id, clusterArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/c`, desiredCount: 1, ...f });
const cluster = (id: string, f: Partial<ResourceOf<'AWS::ECS::Cluster'>> = {}) =>
  resource('AWS::ECS::Cluster', { id, name: id, status: 'ACTIVE', activeServicesCount: 0, runningTasksCount: 0, ...f });
// Assembled at run time so the test source holds no credential-shaped literal.
const FAKE_KEY_ID = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');

/** Every task definition rule reports ERROR for a definition it could not describe, and when the unit failed. */
function errorCases(rule: AnyRule) {
  it('is ERROR for a task definition whose Describe failed, and when the unit failed', () => {
    assert.equal(statusOf(run(rule, [unreadable('gone:3')]), 'gone:3'), 'ERROR');
    assert.equal(statusOf(run(rule, [], { failed: [{ collector: 'ecs.taskDefinitions' }] })), 'ERROR');
  });
}

describe('ecs_task_definition_no_privileged_containers', () => {
  it('fails when any container is privileged and names it', () => {
    const f = run(privileged, [taskDef('bad:1', [container('app'), container('agent', { privileged: true })]), taskDef('good:1', [container('app', { privileged: false }), container('side')])]);
    assert.equal(statusOf(f, 'bad:1'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'bad:1')!.message, /"agent"/);
    assert.equal(statusOf(f, 'good:1'), 'PASS');
  });
  errorCases(privileged);
});

describe('ecs_task_definition_readonly_root_filesystem', () => {
  it('fails unless every container sets readonlyRootFilesystem', () => {
    const f = run(readonlyRoot, [taskDef('rw:1', [container('a', { readonlyRootFilesystem: true }), container('b')]), taskDef('ro:1', [container('a', { readonlyRootFilesystem: true })])]);
    assert.equal(statusOf(f, 'rw:1'), 'FAIL');
    assert.equal(statusOf(f, 'ro:1'), 'PASS');
  });
  errorCases(readonlyRoot);
});

describe('ecs_task_definition_logging_configured', () => {
  it('fails for a container without a log driver', () => {
    const f = run(logging, [taskDef('nolog:1', [container('a', { logDriver: 'awslogs' }), container('b')]), taskDef('log:1', [container('a', { logDriver: 'awsfirelens' })])]);
    assert.equal(statusOf(f, 'nolog:1'), 'FAIL');
    assert.equal(statusOf(f, 'log:1'), 'PASS');
  });
  errorCases(logging);
});

describe('ecs_task_definition_non_root_user', () => {
  it('fails for unset, root, 0 and 0:0 users; passes for a non-root user', () => {
    const f = run(nonRoot, [
      taskDef('unset:1', [container('a')]),
      taskDef('root:1', [container('a', { user: 'root' })]),
      taskDef('uid0:1', [container('a', { user: '0:0' })]),
      taskDef('app:1', [container('a', { user: '1000:1000' }), container('b', { user: 'appuser' })]),
    ]);
    for (const id of ['unset:1', 'root:1', 'uid0:1']) assert.equal(statusOf(f, id), 'FAIL', id);
    assert.equal(statusOf(f, 'app:1'), 'PASS');
  });
  errorCases(nonRoot);
});

describe('ecs_task_definition_host_network_mode_non_root', () => {
  it('fails for host mode with a root, non-privileged container; ignores other modes', () => {
    const f = run(hostNetwork, [
      taskDef('host-root:1', [container('a')], { networkMode: 'host' }),
      taskDef('host-user:1', [container('a', { user: '1000' })], { networkMode: 'host' }),
      taskDef('host-priv:1', [container('a', { privileged: true })], { networkMode: 'host' }),
      taskDef('awsvpc:1', [container('a')], { networkMode: 'awsvpc' }),
    ]);
    assert.equal(statusOf(f, 'host-root:1'), 'FAIL');
    assert.equal(statusOf(f, 'host-user:1'), 'PASS');
    assert.equal(statusOf(f, 'host-priv:1'), 'PASS');
    assert.equal(f.filter((x) => x.resource.id === 'awsvpc:1').length, 0);
  });
  errorCases(hostNetwork);
});

describe('ecs_task_definition_no_host_pid_mode', () => {
  it('fails for pidMode host, passes for task or unset', () => {
    const f = run(hostPid, [taskDef('host:1', [container('a')], { pidMode: 'host' }), taskDef('task:1', [container('a')], { pidMode: 'task' }), taskDef('unset:1', [container('a')])]);
    assert.equal(statusOf(f, 'host:1'), 'FAIL');
    assert.equal(statusOf(f, 'task:1'), 'PASS');
    assert.equal(statusOf(f, 'unset:1'), 'PASS');
  });
  errorCases(hostPid);
});

describe('secret detection in environment variables', () => {
  it('flags names that hold secrets and credential-shaped values, not references or flags', () => {
    const hits = envSecrets([
      { name: 'DB_PASSWORD', value: 'hunter2' },
      { name: 'hfToken', value: 'hf_abcdefghijklmnop' },
      { name: 'AWS_SECRET_ACCESS_KEY', value: 'x'.repeat(40) },
      { name: 'SOME_ID', value: FAKE_KEY_ID },
      { name: 'DB_PASSWORD_ARN', value: 'arn:aws:secretsmanager:us-east-1:1:secret:db' },
      { name: 'API_KEY', value: 'arn:aws:ssm:us-east-1:1:parameter/key' },
      { name: 'TOKEN_URL', value: 'https://auth.example.com/token' },
      { name: 'SECRET_ROTATION_ENABLED', value: 'true' },
      { name: 'MAX_TOKENS', value: '4096' },
      { name: 'TOKENIZER_PARALLELISM', value: 'false' },
      { name: 'PASSWORD', value: '' },
    ]);
    assert.deepEqual(hits.map((h) => h.variable).sort(), ['AWS_SECRET_ACCESS_KEY', 'DB_PASSWORD', 'SOME_ID', 'hfToken']);
    assert.ok(namesSecret('client-secret') && namesSecret('WANDB_API_KEY') && !namesSecret('SECRETARY') && !namesSecret('TOKENIZER'));
  });
});

describe('ecs_task_definition_no_environment_secrets', () => {
  it('fails naming the variable and container but never the value; passes for secrets references', () => {
    const f = run(envSecretsRule, [
      taskDef('leaky:1', [container('web', { environment: [{ name: 'DB_PASSWORD', value: 'S3cretValue!' }, { name: 'LOG_LEVEL', value: 'info' }] })]),
      taskDef('shape:1', [container('job', { environment: [{ name: 'KEY', value: FAKE_KEY_ID }] })]),
      taskDef('clean:1', [container('web', { environment: [{ name: 'LOG_LEVEL', value: 'info' }], secretNames: ['DB_PASSWORD'] })]),
    ]);
    const leaky = f.find((x) => x.resource.id === 'leaky:1')!;
    assert.equal(leaky.status, 'FAIL');
    assert.match(leaky.message, /DB_PASSWORD in container "web"/);
    assert.ok(!JSON.stringify(leaky).includes('S3cretValue!'), 'the value never reaches the finding');
    assert.equal(statusOf(f, 'shape:1'), 'FAIL');
    assert.ok(!JSON.stringify(f).includes(FAKE_KEY_ID));
    assert.equal(statusOf(f, 'clean:1'), 'PASS');
  });
  errorCases(envSecretsRule);
});

describe('ecs_service_no_public_ip', () => {
  it('fails for assignPublicIp ENABLED, passes for DISABLED and non-awsvpc services', () => {
    const f = run(publicIp, [
      service('c/public', { awsvpc: { subnets: ['subnet-1'], securityGroups: [], assignPublicIp: 'ENABLED' } }),
      service('c/private', { awsvpc: { subnets: ['subnet-1'], securityGroups: [], assignPublicIp: 'DISABLED' } }),
      service('c/bridge'),
    ]);
    assert.equal(statusOf(f, 'c/public'), 'FAIL');
    assert.equal(statusOf(f, 'c/private'), 'PASS');
    assert.equal(statusOf(f, 'c/bridge'), 'PASS');
  });
  it('errors for an undescribed service and a failed unit', () => {
    assert.equal(statusOf(run(publicIp, [service('c/x', { describeError: 'DescribeServices: MISSING?' })]), 'c/x'), 'ERROR');
    assert.equal(statusOf(run(publicIp, [], { failed: [{ collector: 'ecs.services' }] })), 'ERROR');
  });
});

describe('ecs_service_fargate_latest_platform_version', () => {
  it('fails for a pinned old Fargate version, passes for LATEST or the latest number, skips EC2', () => {
    const f = run(fargate, [
      service('c/old', { launchType: 'FARGATE', platformVersion: '1.3.0' }),
      service('c/latest', { launchType: 'FARGATE', platformVersion: 'LATEST' }),
      service('c/pinned-new', { launchType: 'FARGATE', platformVersion: '1.4.0' }),
      service('c/spot', { capacityProviders: ['FARGATE_SPOT'], platformVersion: '1.3.0' }),
      service('c/win', { launchType: 'FARGATE', platformVersion: '1.0.0', platformFamily: 'WINDOWS_SERVER_2022_CORE' }),
      service('c/ec2', { launchType: 'EC2' }),
    ]);
    assert.equal(statusOf(f, 'c/old'), 'FAIL');
    assert.equal(statusOf(f, 'c/latest'), 'PASS');
    assert.equal(statusOf(f, 'c/pinned-new'), 'PASS');
    assert.equal(statusOf(f, 'c/spot'), 'FAIL');
    assert.equal(statusOf(f, 'c/win'), 'PASS');
    assert.equal(f.filter((x) => x.resource.id === 'c/ec2').length, 0);
  });
  it('honours a newer latest version from the parameters', () => {
    assert.equal(statusOf(run(fargate, [service('c/p', { launchType: 'FARGATE', platformVersion: '1.4.0' })], { params: { latestLinuxVersion: '1.5.0' } })), 'FAIL');
  });
  it('errors when services could not be read', () => assert.equal(statusOf(run(fargate, [], { failed: [{ collector: 'ecs.services' }] })), 'ERROR'));
});

describe('ecs_cluster_container_insights_enabled', () => {
  it('fails when unset or disabled, passes for enabled and enhanced', () => {
    const f = run(insights, [cluster('off'), cluster('disabled', { containerInsights: 'disabled' }), cluster('on', { containerInsights: 'enabled' }), cluster('plus', { containerInsights: 'enhanced' })]);
    assert.equal(statusOf(f, 'off'), 'FAIL');
    assert.equal(statusOf(f, 'disabled'), 'FAIL');
    assert.equal(statusOf(f, 'on'), 'PASS');
    assert.equal(statusOf(f, 'plus'), 'PASS');
  });
  it('errors for an undescribed cluster and a failed unit', () => {
    assert.equal(statusOf(run(insights, [cluster('x', { describeError: 'DescribeClusters: AccessDeniedException' })]), 'x'), 'ERROR');
    assert.equal(statusOf(run(insights, [], { failed: [{ collector: 'ecs.clusters' }] })), 'ERROR');
  });
});
