import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'ecs_task_definition_no_host_pid_mode',
    title: 'Task definition does not share the host\'s process namespace',
    service: 'ecs',
    topic: 'infrastructure-security',
    severity: 'high',
    resourceType: 'AWS::ECS::TaskDefinition',
    requires: ['ecs.taskDefinitions'],
    description: 'The task definition does not set pidMode to "host", so its containers cannot see or signal the processes of the container instance.',
    risk: 'With the host PID namespace a compromised container sees every process on the instance, can read their environment (credentials of other tasks) and, with enough privilege, inject into them.',
    remediation: {
        text: 'In the Amazon ECS console, create a new task definition revision with PID mode unset (or "task"), and update services to it.',
        cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json  # without "pidMode": "host"',
        terraform: 'resource "aws_ecs_task_definition" "x" { pid_mode = "task" }',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#other_task_definition_params',
    },
    references: ['AWS FSBP ECS.3'],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::ECS::TaskDefinition', (td) => td.pidMode === 'host'
            ? fail(resourceRef(td), `Task definition ${named(td)} shares the host's process namespace (pidMode "host").`, { pidMode: td.pidMode })
            : pass(resourceRef(td), `Task definition ${named(td)} does not use the host's process namespace.`, { pidMode: td.pidMode ?? null }));
    },
});
