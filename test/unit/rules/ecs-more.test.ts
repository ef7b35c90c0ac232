import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ResourceOf } from '../../../src/inventory/schema.js';
import type { AnyRule } from '../../../src/engine/defineRule.js';
import awsvpc from '../../../src/rules/ecs/ecs_task_definition_awsvpc_network_mode.js';
import memory from '../../../src/rules/ecs/ecs_task_definition_memory_hard_limit.js';
import roles from '../../../src/rules/ecs/ecs_task_definition_task_role_differs_from_execution_role.js';
import execLogging from '../../../src/rules/ecs/ecs_cluster_exec_logging_enabled.js';
import execKms from '../../../src/rules/ecs/ecs_cluster_exec_session_encrypted_with_kms.js';
import efs from '../../../src/rules/ecs/ecs_task_definition_efs_transit_encryption.js';
import breaker from '../../../src/rules/ecs/ecs_service_deployment_circuit_breaker_enabled.js';
import multiple from '../../../src/rules/ecs/ecs_service_multiple_tasks.js';
import caps from '../../../src/rules/ecs/ecs_task_definition_no_dangerous_capabilities.js';
import { ACCOUNT, REGION, resource, run, statusOf } from '../../helpers/inventory.js';

type TaskDefinition = ResourceOf<'AWS::ECS::TaskDefinition'>;
type Container = TaskDefinition['containers'][number];
const container = (name: string, f: Partial<Container> = {}): Container => ({ name, image: 'app:1', environment: [], secretNames: [], portMappings: [], memory: 512, capabilitiesAdd: [], ...f });
const taskDef = (id: string, containers: Container[], f: Partial<TaskDefinition> = {}) =>
  resource('AWS::ECS::TaskDefinition', { id, name: id, family: id.split(':')[0], revision: 1, requiresCompatibilities: ['EC2'], networkMode: 'awsvpc', volumes: [], containers, ...f });
const service = (id: string, f: Partial<ResourceOf<'AWS::ECS::Service'>> = {}) =>
  resource('AWS::ECS::Service', { id, name: id, clusterArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/c`, desiredCount: 2, deploymentController: 'ECS', circuitBreaker: { enable: true, rollback: true }, ...f });
const cluster = (id: string, f: Partial<ResourceOf<'AWS::ECS::Cluster'>> = {}) => resource('AWS::ECS::Cluster', { id, name: id, status: 'ACTIVE', activeServicesCount: 0, runningTasksCount: 0, ...f });
const DESCRIBE_ERROR = { describeError: 'Describe: AccessDeniedException: denied' };

function errorCases(rule: AnyRule, unreadable: () => { id: string } & Parameters<typeof run>[1][number], collector: string) {
  it('is ERROR when the settings could not be read, and when the unit failed', () => {
    const r = unreadable();
    assert.equal(statusOf(run(rule, [r]), r.id), 'ERROR');
    assert.equal(statusOf(run(rule, [], { failed: [{ collector }] })), 'ERROR');
  });
}
const badTd = () => taskDef('gone:1', [], DESCRIBE_ERROR);
const badSvc = () => service('c/gone', DESCRIBE_ERROR);
const badCluster = () => cluster('gone', DESCRIBE_ERROR);

describe('ecs_task_definition_awsvpc_network_mode', () => {
  it('fails bridge, host and unset modes and passes awsvpc', () => {
    const f = run(awsvpc, [taskDef('a:1', [container('x')]), taskDef('b:1', [container('x')], { networkMode: 'host' }), taskDef('c:1', [container('x')], { networkMode: undefined })]);
    assert.equal(statusOf(f, 'a:1'), 'PASS');
    assert.equal(statusOf(f, 'b:1'), 'FAIL');
    assert.equal(statusOf(f, 'c:1'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'c:1')!.message, /bridge \(default\)/);
  });
  errorCases(awsvpc, badTd, 'ecs.taskDefinitions');
});

describe('ecs_task_definition_memory_hard_limit', () => {
  it('fails a container with only a soft limit and names it', () => {
    const f = run(memory, [taskDef('a:1', [container('web'), container('sidecar', { memory: undefined, memoryReservation: 128 })])]);
    assert.equal(statusOf(f), 'FAIL');
    assert.match(f[0].message, /"sidecar"/);
    assert.doesNotMatch(f[0].message, /"web"/);
  });
  it('passes when every container has a hard limit', () => assert.equal(statusOf(run(memory, [taskDef('a:1', [container('web')])])), 'PASS'));
  it('accepts task-level memory for one container only when configured', () => {
    const td = taskDef('f:1', [container('web', { memory: undefined })], { memory: '2048', requiresCompatibilities: ['FARGATE'] });
    assert.equal(statusOf(run(memory, [td])), 'FAIL');
    assert.equal(statusOf(run(memory, [td], { params: { acceptTaskLevelMemoryForSingleContainer: true } })), 'PASS');
  });
  errorCases(memory, badTd, 'ecs.taskDefinitions');
});

describe('ecs_task_definition_task_role_differs_from_execution_role', () => {
  const r1 = `arn:aws:iam::${ACCOUNT}:role/app`;
  const r2 = `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecution`;
  it('fails one role for both jobs, passes distinct or single roles', () => {
    const f = run(roles, [
      taskDef('same:1', [container('x')], { taskRoleArn: r1, executionRoleArn: r1 }),
      taskDef('diff:1', [container('x')], { taskRoleArn: r1, executionRoleArn: r2 }),
      taskDef('exec-only:1', [container('x')], { executionRoleArn: r2 }),
    ]);
    assert.equal(statusOf(f, 'same:1'), 'FAIL');
    assert.equal(statusOf(f, 'diff:1'), 'PASS');
    assert.equal(statusOf(f, 'exec-only:1'), 'PASS');
  });
  errorCases(roles, badTd, 'ecs.taskDefinitions');
});

describe('ecs_cluster_exec_logging_enabled', () => {
  it('fails NONE and OVERRIDE without a destination; passes DEFAULT, unset and OVERRIDE with a log group', () => {
    const f = run(execLogging, [
      cluster('none', { executeCommandLogging: 'NONE' }),
      cluster('override-empty', { executeCommandLogging: 'OVERRIDE' }),
      cluster('default', { executeCommandLogging: 'DEFAULT' }),
      cluster('unset'),
      cluster('override', { executeCommandLogging: 'OVERRIDE', executeCommandLogDestination: { cloudWatchLogGroupName: '/ecs/exec' } }),
    ]);
    assert.equal(statusOf(f, 'none'), 'FAIL');
    assert.equal(statusOf(f, 'override-empty'), 'FAIL');
    assert.equal(statusOf(f, 'default'), 'PASS');
    assert.equal(statusOf(f, 'unset'), 'PASS');
    assert.equal(statusOf(f, 'override'), 'PASS');
    assert.match(f.find((x) => x.resource.id === 'override')!.message, /\/ecs\/exec/);
  });
  errorCases(execLogging, badCluster, 'ecs.clusters');
});

describe('ecs_cluster_exec_session_encrypted_with_kms', () => {
  it('fails without a key and passes with one', () => {
    const f = run(execKms, [cluster('plain'), cluster('keyed', { executeCommandKmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k' })]);
    assert.equal(statusOf(f, 'plain'), 'FAIL');
    assert.equal(statusOf(f, 'keyed'), 'PASS');
  });
  errorCases(execKms, badCluster, 'ecs.clusters');
});

describe('ecs_task_definition_efs_transit_encryption', () => {
  it('fails an EFS volume without transit encryption, passes ENABLED, skips definitions without EFS', () => {
    const f = run(efs, [
      taskDef('clear:1', [container('x')], { volumes: [{ name: 'data', efs: { fileSystemId: 'fs-1', transitEncryption: 'DISABLED' } }, { name: 'scratch' }] }),
      taskDef('tls:1', [container('x')], { volumes: [{ name: 'data', efs: { fileSystemId: 'fs-1', transitEncryption: 'ENABLED' } }] }),
      taskDef('none:1', [container('x')], { volumes: [{ name: 'scratch' }] }),
    ]);
    assert.equal(statusOf(f, 'clear:1'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'clear:1')!.message, /"data"/);
    assert.equal(statusOf(f, 'tls:1'), 'PASS');
    assert.equal(f.filter((x) => x.resource.id === 'none:1').length, 0);
  });
  it('is ERROR for an inventory collected before volumes were recorded', () => assert.equal(statusOf(run(efs, [taskDef('old:1', [container('x')], { volumes: undefined })])), 'ERROR'));
  errorCases(efs, badTd, 'ecs.taskDefinitions');
});

describe('ecs_service_deployment_circuit_breaker_enabled', () => {
  it('fails off or without rollback, passes on with rollback, skips CodeDeploy services', () => {
    const f = run(breaker, [
      service('c/off', { circuitBreaker: { enable: false, rollback: false } }),
      service('c/norollback', { circuitBreaker: { enable: true, rollback: false } }),
      service('c/on'),
      service('c/bluegreen', { deploymentController: 'CODE_DEPLOY', circuitBreaker: { enable: false, rollback: false } }),
    ]);
    assert.equal(statusOf(f, 'c/off'), 'FAIL');
    assert.equal(statusOf(f, 'c/norollback'), 'FAIL');
    assert.equal(statusOf(f, 'c/on'), 'PASS');
    assert.equal(f.filter((x) => x.resource.id === 'c/bluegreen').length, 0);
  });
  it('is ERROR when the setting was never collected', () => assert.equal(statusOf(run(breaker, [service('c/old', { circuitBreaker: undefined })])), 'ERROR'));
  errorCases(breaker, badSvc, 'ecs.services');
});

describe('ecs_service_multiple_tasks', () => {
  it('fails one task, passes two, skips services scaled to zero; minTasks is a parameter', () => {
    const f = run(multiple, [service('c/one', { desiredCount: 1 }), service('c/two'), service('c/zero', { desiredCount: 0 })]);
    assert.equal(statusOf(f, 'c/one'), 'FAIL');
    assert.equal(statusOf(f, 'c/two'), 'PASS');
    assert.equal(f.filter((x) => x.resource.id === 'c/zero').length, 0);
    assert.equal(statusOf(run(multiple, [service('c/two')], { params: { minTasks: 3 } })), 'FAIL');
  });
  errorCases(multiple, badSvc, 'ecs.services');
});

describe('ecs_task_definition_no_dangerous_capabilities', () => {
  it('fails SYS_ADMIN (with or without CAP_), passes harmless additions', () => {
    const f = run(caps, [
      taskDef('admin:1', [container('x', { capabilitiesAdd: ['CAP_SYS_ADMIN', 'CHOWN'] })]),
      taskDef('net:1', [container('x', { capabilitiesAdd: ['NET_BIND_SERVICE'] })]),
    ]);
    assert.equal(statusOf(f, 'admin:1'), 'FAIL');
    assert.match(f.find((x) => x.resource.id === 'admin:1')!.message, /CAP_SYS_ADMIN/);
    assert.equal(statusOf(f, 'net:1'), 'PASS');
  });
  it('is ERROR for an inventory without capabilities', () => assert.equal(statusOf(run(caps, [taskDef('old:1', [container('x', { capabilitiesAdd: undefined })])])), 'ERROR'));
  errorCases(caps, badTd, 'ecs.taskDefinitions');
});
