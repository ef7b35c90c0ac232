import { z } from 'zod';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { listNames } from '../lib/ecsContainers.js';
import { named, resourceRef } from '../lib/refs.js';
const params = z
    .object({
    /**
     * Accept a task-level memory size as the limit for a task definition with a single container
     * (Fargate enforces it as a hard limit for the task). Off by default, as in the AWS Config rule.
     */
    acceptTaskLevelMemoryForSingleContainer: z.boolean().default(false),
})
    .default({ acceptTaskLevelMemoryForSingleContainer: false });
export default defineRule({
    id: 'ecs_task_definition_memory_hard_limit',
    title: 'Task definition containers have a hard memory limit',
    service: 'ecs',
    topic: 'resilience',
    severity: 'low',
    resourceType: 'AWS::ECS::TaskDefinition',
    requires: ['ecs.taskDefinitions'],
    params,
    description: 'Every container definition sets memory, the hard limit above which the container is killed (AWS Config rule ecs-task-definition-memory-hard-limit). memoryReservation alone is a soft limit.',
    risk: 'A container without a hard limit can use all the memory of its task or instance, starving the containers next to it (a noisy neighbour or a memory-exhaustion denial of service).',
    remediation: {
        text: 'In the Amazon ECS console, create a new task definition revision and, for each container, set Memory hard limit under Resource allocation limits. Update services to the new revision.',
        cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json  # with "memory": <MiB> in every container definition',
        terraform: 'resource "aws_ecs_task_definition" "x" { container_definitions = jsonencode([{ name = "app", memory = 2048 }]) }',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_memory',
    },
    references: ['AWS Config ecs-task-definition-memory-hard-limit'],
    evaluate({ inventory, params }) {
        return judgeEach(inventory, 'AWS::ECS::TaskDefinition', (td) => {
            if (params.acceptTaskLevelMemoryForSingleContainer && td.containers.length === 1 && td.memory)
                return pass(resourceRef(td), `Task definition ${named(td)} has one container, bounded by the task-level memory of ${td.memory} MiB.`);
            const unbounded = td.containers.filter((c) => c.memory === undefined).map((c) => c.name);
            return unbounded.length
                ? fail(resourceRef(td), `In task definition ${named(td)}, container(s) ${listNames(unbounded)} have no hard memory limit.`, { containers: unbounded, taskMemory: td.memory ?? null })
                : pass(resourceRef(td), `Every container of task definition ${named(td)} has a hard memory limit.`);
        });
    },
});
