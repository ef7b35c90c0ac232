import { containerRule } from '../lib/ecsTaskDefinitionRule.js';
export default containerRule({
    id: 'ecs_task_definition_no_privileged_containers',
    title: 'Task definition runs no privileged containers',
    topic: 'infrastructure-security',
    severity: 'high',
    description: 'No container definition sets privileged: true. A privileged container gets root capabilities on the container instance (Docker --privileged).',
    risk: 'A compromised privileged container can take over the host: load kernel modules, read other tasks\' memory and credentials, and escape to the EC2 instance and its role.',
    remediation: {
        text: 'In the Amazon ECS console, create a new revision of the task definition, open each container, clear "Privileged" (under Security), and update services to the new revision. Grant only the Linux capabilities a container needs instead.',
        cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json  # with "privileged": false in every container definition',
        terraform: 'resource "aws_ecs_task_definition" "x" { container_definitions = jsonencode([{ name = "app", privileged = false }]) }',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security',
    },
    references: ['AWS FSBP ECS.4'],
    offends: (c) => c.privileged === true,
    problem: 'run privileged',
    ok: 'no container runs privileged.',
});
