import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'ecs_task_definition_task_role_differs_from_execution_role',
    title: 'Task definition uses different roles for the task and for ECS',
    service: 'ecs',
    topic: 'identity-and-access-management',
    severity: 'medium',
    resourceType: 'AWS::ECS::TaskDefinition',
    requires: ['ecs.taskDefinitions'],
    description: 'When a task definition sets both a task role (what the application may call) and a task execution role (what the ECS agent needs to pull images, fetch secrets and write logs), they are different roles (Checkov CKV_AWS_249).',
    risk: 'With one role for both, the application code gets the agent\'s permissions: it can read every secret the task is configured with and pull any image the role can, so a compromised container gains more than it needs.',
    remediation: {
        text: 'In the IAM console, create a task execution role with only AmazonECSTaskExecutionRolePolicy (plus access to this task\'s secrets), then in the Amazon ECS console create a new task definition revision with Task role set to the application role and Task execution role set to the new role.',
        cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json  # with distinct "taskRoleArn" and "executionRoleArn"',
        terraform: 'resource "aws_ecs_task_definition" "x" { task_role_arn = aws_iam_role.app.arn  execution_role_arn = aws_iam_role.ecs_execution.arn }',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/security-iam-roles.html',
    },
    references: ['Checkov CKV_AWS_249'],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::ECS::TaskDefinition', (td) => {
            if (!td.taskRoleArn || !td.executionRoleArn)
                return pass(resourceRef(td), `Task definition ${named(td)} does not give one role both jobs (task role: ${td.taskRoleArn ?? 'none'}, execution role: ${td.executionRoleArn ?? 'none'}).`);
            return td.taskRoleArn === td.executionRoleArn
                ? fail(resourceRef(td), `Task definition ${named(td)} uses ${td.taskRoleArn} as both the task role and the task execution role.`, { taskRoleArn: td.taskRoleArn, executionRoleArn: td.executionRoleArn })
                : pass(resourceRef(td), `Task definition ${named(td)} uses different task and execution roles.`);
        });
    },
});
