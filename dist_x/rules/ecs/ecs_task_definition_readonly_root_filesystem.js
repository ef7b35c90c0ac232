import { containerRule } from '../lib/ecsTaskDefinitionRule.js';
export default containerRule({
    id: 'ecs_task_definition_readonly_root_filesystem',
    title: 'Task definition containers have read-only root file systems',
    topic: 'infrastructure-security',
    severity: 'medium',
    description: 'Every container definition sets readonlyRootFilesystem: true; writable paths are mounted as volumes.',
    risk: 'A writable root file system lets an attacker who gets code execution modify binaries, drop tools and persist inside the container.',
    remediation: {
        text: 'In the Amazon ECS console, create a new task definition revision, and for each container turn on "Read only root file system" (under Storage), mounting volumes for the paths the application writes to. Update services to the new revision.',
        cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json  # with "readonlyRootFilesystem": true in every container definition',
        terraform: 'resource "aws_ecs_task_definition" "x" { container_definitions = jsonencode([{ name = "app", readonlyRootFilesystem = true }]) }',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_storage',
    },
    references: ['AWS FSBP ECS.5'],
    offends: (c) => c.readonlyRootFilesystem !== true,
    problem: 'have a writable root file system',
    ok: 'every container has a read-only root file system.',
});
