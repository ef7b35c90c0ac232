import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { judgeEach } from './described.js';
import { listNames } from './ecsContainers.js';
import { named, resourceRef } from './refs.js';
/** A task definition rule that every container definition must satisfy. */
export function containerRule(v) {
    return defineRule({
        id: v.id,
        title: v.title,
        service: 'ecs',
        topic: v.topic,
        severity: v.severity,
        resourceType: 'AWS::ECS::TaskDefinition',
        requires: ['ecs.taskDefinitions'],
        description: v.description,
        risk: v.risk,
        remediation: v.remediation,
        references: v.references,
        evaluate({ inventory }) {
            return judgeEach(inventory, 'AWS::ECS::TaskDefinition', (td) => {
                if (v.applies && !v.applies(td))
                    return null;
                const bad = td.containers.filter((c) => v.offends(c, td)).map((c) => c.name);
                return bad.length
                    ? fail(resourceRef(td), `In task definition ${named(td)}, container(s) ${listNames(bad)} ${v.problem}.`, { containers: bad })
                    : pass(resourceRef(td), () => `In task definition ${named(td)}: ${v.ok}`);
            });
        },
    });
}
