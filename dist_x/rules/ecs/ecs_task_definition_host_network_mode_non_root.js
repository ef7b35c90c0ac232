import { runsAsRoot } from '../lib/ecsContainers.js';
import { containerRule } from '../lib/ecsTaskDefinitionRule.js';
export default containerRule({
    id: 'ecs_task_definition_host_network_mode_non_root',
    title: 'Task definitions in host network mode do not run containers as root by default',
    topic: 'infrastructure-security',
    severity: 'high',
    description: 'In a task definition with networkMode "host", each container either runs as a non-root user or is explicitly marked privileged (which ecs_task_definition_no_privileged_containers reports on its own). This is the AWS Config rule ecs-task-definition-user-for-host-mode-check behind FSBP ECS.1. Other network modes are not evaluated.',
    risk: 'Containers in host mode share the instance\'s network stack; running them as root by default lets a compromised container bind privileged ports, sniff or spoof host traffic and reach the instance metadata service.',
    remediation: {
        text: 'In the Amazon ECS console, create a new task definition revision and either choose the awsvpc (or bridge) network mode, or set User to a non-root user for every container. Update services to the new revision.',
        cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json  # "networkMode": "awsvpc", or "user": "1000" in every container',
        terraform: 'resource "aws_ecs_task_definition" "x" { network_mode = "awsvpc" }',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#network_mode',
    },
    references: ['AWS FSBP ECS.1'],
    applies: (td) => td.networkMode === 'host',
    offends: (c) => c.privileged !== true && runsAsRoot(c.user),
    problem: 'use host networking and run as root without being marked privileged',
    ok: 'host network mode, and every container runs as a non-root user or is explicitly privileged.',
});
