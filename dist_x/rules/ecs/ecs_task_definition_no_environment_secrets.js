import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { envSecrets } from '../../analysis/secrets/envSecrets.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'ecs_task_definition_no_environment_secrets',
    title: 'Task definition passes no secrets in plain environment variables',
    service: 'ecs',
    topic: 'data-protection',
    severity: 'high',
    resourceType: 'AWS::ECS::TaskDefinition',
    requires: ['ecs.taskDefinitions'],
    description: 'No container environment variable holds a credential: neither a value shaped like one (AWS access key id, private key, provider token...) nor a literal value under a name that says it is a secret (PASSWORD, SECRET, TOKEN, API_KEY, ACCESS_KEY, AWS_SECRET_ACCESS_KEY, ECS_ENGINE_AUTH_DATA...). Secrets belong in the "secrets" section, which ECS resolves from Secrets Manager or Parameter Store at launch. Findings name the variable, never its value.',
    risk: 'Environment values are stored in clear text in the task definition: anyone with ecs:DescribeTaskDefinition, and every tool that dumps task metadata or process environments, can read them.',
    remediation: {
        text: 'Store the value in AWS Secrets Manager or SSM Parameter Store (SecureString), create a new task definition revision that references it under the container\'s "secrets" (valueFrom) instead of "environment", give the task execution role access to it, rotate the exposed credential, and update services to the new revision.',
        cli: 'aws secretsmanager create-secret --name <name> --secret-string <value>  # then "secrets": [{"name": "DB_PASSWORD", "valueFrom": "<secret-arn>"}] in the container definition',
        terraform: 'resource "aws_ecs_task_definition" "x" { container_definitions = jsonencode([{ name = "app", secrets = [{ name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn }] }]) }',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html',
    },
    references: ['AWS FSBP ECS.8'],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::ECS::TaskDefinition', (td) => {
            const hits = td.containers.flatMap((c) => envSecrets(c.environment).map((h) => ({ container: c.name, ...h })));
            return hits.length
                ? fail(resourceRef(td), `Task definition ${named(td)} puts secrets in plain environment variables: ${hits.map((h) => `${h.variable} in container "${h.container}" (${h.kind})`).join('; ')}.`, { variables: hits })
                : pass(resourceRef(td), `Task definition ${named(td)} has no secret-looking environment variables.`);
        });
    },
});
