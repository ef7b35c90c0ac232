import { z } from 'zod';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
const params = z.object({ minTasks: z.number().int().min(2).default(2) }).default({ minTasks: 2 });
export default defineRule({
    id: 'ecs_service_multiple_tasks',
    title: 'Service runs more than one task',
    service: 'ecs',
    topic: 'resilience',
    severity: 'low',
    resourceType: 'AWS::ECS::Service',
    requires: ['ecs.services'],
    params,
    description: 'A running service has a desired count of at least minTasks (default 2), so ECS can spread its tasks across Availability Zones and keep serving while one task is replaced. Services scaled to zero are not judged.',
    risk: 'A service with one task is down whenever that task, its instance or its Availability Zone fails, and during every deployment that cannot start a replacement first.',
    remediation: {
        text: 'In the Amazon ECS console, open the service, choose Update, and set Desired tasks to 2 or more (or configure Service Auto Scaling with a minimum of 2) with subnets in at least two Availability Zones.',
        cli: 'aws ecs update-service --cluster <cluster> --service <service> --desired-count 2',
        terraform: 'resource "aws_ecs_service" "x" { desired_count = 2 }',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-options.html',
    },
    references: [],
    evaluate({ inventory, params }) {
        return judgeEach(inventory, 'AWS::ECS::Service', (s) => {
            if (s.desiredCount === 0)
                return null;
            return s.desiredCount >= params.minTasks
                ? pass(resourceRef(s), `Service ${named(s)} runs ${s.desiredCount} tasks.`, { desiredCount: s.desiredCount })
                : fail(resourceRef(s), `Service ${named(s)} runs ${s.desiredCount} task(s), fewer than ${params.minTasks}.`, { desiredCount: s.desiredCount, minTasks: params.minTasks });
        });
    },
});
