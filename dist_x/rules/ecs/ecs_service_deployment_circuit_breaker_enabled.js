import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from '../lib/described.js';
import { named, resourceRef } from '../lib/refs.js';
import { fieldNotCollected } from '../lib/staleInventory.js';
export default defineRule({
    id: 'ecs_service_deployment_circuit_breaker_enabled',
    title: 'Service rolls back failed deployments with the deployment circuit breaker',
    service: 'ecs',
    topic: 'resilience',
    severity: 'low',
    resourceType: 'AWS::ECS::Service',
    requires: ['ecs.services'],
    description: 'A service that uses the rolling update (ECS) deployment controller has the deployment circuit breaker enabled with rollback, so a deployment whose tasks cannot reach a steady state stops and returns to the last working revision. Services deployed by CodeDeploy or an external controller are not judged.',
    risk: 'Without the circuit breaker a bad revision (wrong image, failing health check) keeps replacing healthy tasks and retries forever, which can take the service down until someone notices.',
    remediation: {
        text: 'In the Amazon ECS console, open the service, choose Update, and under Deployment options turn on Amazon ECS deployment circuit breaker with Rollback on failures.',
        cli: 'aws ecs update-service --cluster <cluster> --service <service> --deployment-configuration "deploymentCircuitBreaker={enable=true,rollback=true}"',
        terraform: 'resource "aws_ecs_service" "x" { deployment_circuit_breaker { enable = true rollback = true } }',
        url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html',
    },
    references: [],
    evaluate({ inventory }) {
        return judgeEach(inventory, 'AWS::ECS::Service', (s) => {
            if (!s.circuitBreaker)
                return fieldNotCollected(s, 'deployment circuit breaker setting');
            if (s.deploymentController && s.deploymentController !== 'ECS')
                return null;
            const cb = s.circuitBreaker;
            return cb.enable && cb.rollback
                ? pass(resourceRef(s), `Service ${named(s)} has the deployment circuit breaker on with rollback.`)
                : fail(resourceRef(s), `Service ${named(s)} has the deployment circuit breaker ${cb.enable ? 'on without rollback' : 'off'}.`, { circuitBreaker: cb });
        });
    },
});
