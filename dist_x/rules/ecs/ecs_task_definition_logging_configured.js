import { containerRule } from '../lib/ecsTaskDefinitionRule.js';
export default containerRule({
    id: 'ecs_task_definition_logging_configured',
    title: 'Task definition containers have a log configuration',
    topic: 'logging-and-monitoring',
    severity: 'medium',
    description: 'Every container definition has a logConfiguration with a log driver (awslogs, awsfirelens, splunk...).',
    risk: 'Without a log driver container output is lost when the task stops, leaving nothing to investigate an incident or failure with.',
    remediation: {
        text: 'In the Amazon ECS console, create a new task definition revision, and for each container set Log collection (e.g. Amazon CloudWatch with the awslogs driver). Update services to the new revision.',
        cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json  # with "logConfiguration": {"logDriver": "awslogs", "options": {...}} in every container',
        terraform: 'resource "aws_ecs_task_definition" "x" { container_definitions = jsonencode([{ name = "app", logConfiguration = { logDriver = "awslogs", options = { "awslogs-group" = "/ecs/app", "awslogs-region" = "<region>", "awslogs-stream-prefix" = "app" } } }]) }',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html',
    },
    references: ['AWS FSBP ECS.9'],
    offends: (c) => !c.logDriver,
    problem: 'have no log configuration',
    ok: 'every container has a log driver.',
});
