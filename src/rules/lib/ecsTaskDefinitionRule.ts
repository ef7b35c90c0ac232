import type { Severity, Topic } from '../../core/vocabulary.js';
import { defineRule, fail, pass, type Remediation, type RuleDefinition } from '../../engine/defineRule.js';
import type { ResourceOf } from '../../inventory/schema.js';
import { judgeEach } from './described.js';
import { listNames } from './ecsContainers.js';
import { named, resourceRef } from './refs.js';

type TaskDefinition = ResourceOf<'AWS::ECS::TaskDefinition'>;
type Container = TaskDefinition['containers'][number];

/** A task definition rule that every container definition must satisfy. */
export function containerRule(v: {
  id: string;
  title: string;
  topic: Topic;
  severity: Severity;
  description: string;
  risk: string;
  remediation: Remediation;
  references: string[];
  /** Task definitions the rule speaks about (default: all). */
  applies?: (td: TaskDefinition) => boolean;
  offends: (c: Container, td: TaskDefinition) => boolean;
  /** "run privileged", "have no log driver": completes "Containers ... <problem>". */
  problem: string;
  /** "No container runs privileged." */
  ok: string;
}): RuleDefinition {
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
        if (v.applies && !v.applies(td)) return null;
        const bad = td.containers.filter((c) => v.offends(c, td)).map((c) => c.name);
        return bad.length
          ? fail(resourceRef(td), `In task definition ${named(td)}, container(s) ${listNames(bad)} ${v.problem}.`, { containers: bad })
          : pass(resourceRef(td), () => `In task definition ${named(td)}: ${v.ok}`);
      });
    },
  });
}
