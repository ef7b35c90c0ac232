import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'ecs_task_definition_awsvpc_network_mode',
    title: 'Task definition uses the awsvpc network mode',
    service: 'ecs',
    topic: 'infrastructure-security',
    severity: 'medium',
    resourceType: 'AWS::ECS::TaskDefinition',
    requires: ['ecs.taskDefinitions'],
    description: 'The task definition\'s networkMode is awsvpc, so each task gets its own elastic network interface and security groups (AWS Config rule ecs-awsvpc-networking-enabled). An unset network mode means bridge on Linux EC2 instances.',
    risk: 'In bridge, host or none mode every task on an instance shares the instance\'s network interface and security groups: you cannot give one task narrower network access than its neighbours, and flow logs cannot tell tasks apart.',
    remediation: {
        text: 'In the Amazon ECS console, create a new revision of the task definition, set Network mode to awsvpc, and update the services to it, giving each a subnet and security group in its network configuration.',
        cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json  # with "networkMode": "awsvpc"',
        terraform: 'resource "aws_ecs_task_definition" "x" { network_mode = "awsvpc" }',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/networking-awsvpc.html',
    },
    references: ['AWS Config ecs-awsvpc-networking-enabled'],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::ECS::TaskDefinition', (td) => {
            const mode = td.networkMode ?? 'bridge (default)';
            return td.networkMode === 'awsvpc'
                ? pass(resourceRef(td), `Task definition ${named(td)} uses the awsvpc network mode.`)
                : fail(resourceRef(td), `Task definition ${named(td)} uses the ${mode} network mode, so its tasks share the host's network interface and security groups.`, { networkMode: td.networkMode ?? null });
        });
    },
});
