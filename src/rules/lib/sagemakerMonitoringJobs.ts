import type { Severity, Topic } from '../../core/vocabulary.js';
import { defineRule, type Remediation, type RuleDefinition, type RuleResult } from '../../engine/defineRule.js';
import type { ResourceOf } from '../../inventory/schema.js';
import { judgeEach } from './described.js';

export type MonitoringJobDefinition = ResourceOf<'AWS::SageMaker::MonitoringJobDefinition'>;

/** How each kind is named in messages, with its CloudFormation type. */
export const KIND_LABEL: Record<MonitoringJobDefinition['kind'], string> = {
  'data-quality': 'data quality job definition',
  'model-quality': 'model quality job definition',
  'model-bias': 'model bias job definition',
  'model-explainability': 'model explainability job definition',
};

export const MONITORING_DOC = 'https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor.html';

interface MonitoringJobVariant {
  id: string;
  title: string;
  topic: Topic;
  severity: Severity;
  description: string;
  risk: string;
  remediation: Remediation;
  references: string[];
  /** The result for one (successfully described) job definition; null when the check does not apply to it. */
  judge: (j: MonitoringJobDefinition, label: string) => RuleResult | null;
}

/**
 * One setting judged on every Model Monitor job definition, whatever its kind (data quality, model
 * quality, bias, explainability): the four APIs share NetworkConfig and JobResources.ClusterConfig,
 * and AWS Config has one managed rule per kind for the same setting.
 */
export function monitoringJobRule(v: MonitoringJobVariant): RuleDefinition {
  return defineRule({
    id: v.id,
    title: v.title,
    service: 'sagemaker',
    topic: v.topic,
    severity: v.severity,
    resourceType: 'AWS::SageMaker::MonitoringJobDefinition',
    requires: ['sagemaker.monitoringJobDefinitions'],
    description: v.description,
    risk: v.risk,
    remediation: v.remediation,
    references: v.references,
    evaluate({ inventory }) {
      return judgeEach(inventory, 'AWS::SageMaker::MonitoringJobDefinition', (j) => v.judge(j, `${KIND_LABEL[j.kind]} ${j.name ?? j.id}`));
    },
  });
}
