import { runsAsRoot } from '../lib/ecsContainers.js';
import { containerRule } from '../lib/ecsTaskDefinitionRule.js';
export default containerRule({
    id: 'ecs_task_definition_non_root_user',
    title: 'Task definition containers run as a non-root user',
    topic: 'infrastructure-security',
    severity: 'medium',
    description: 'Every container definition sets user to a non-root user or UID. An unset user runs as the image\'s default user, which is root for most images (including the AWS Deep Learning Containers).',
    risk: 'A process running as root inside the container has far more power after a compromise: it can change any file in the container and is one kernel or runtime bug away from root on the host.',
    remediation: {
        text: 'In the Amazon ECS console, create a new task definition revision, and for each container set User (under Security) to a non-root user or UID such as 1000 that exists in the image. Update services to the new revision.',
        cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json  # with "user": "1000" in every container definition',
        terraform: 'resource "aws_ecs_task_definition" "x" { container_definitions = jsonencode([{ name = "app", user = "1000" }]) }',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security',
    },
    references: [],
    offends: (c) => runsAsRoot(c.user),
    problem: 'run as root (user unset, "root" or UID 0)',
    ok: 'every container runs as a non-root user.',
});
