import { defineRule } from '../../engine/defineRule.js';
import { judgeEach } from './described.js';
/** How each kind is named in messages, with its CloudFormation type. */
export const KIND_LABEL = {
    'data-quality': 'data quality job definition',
    'model-quality': 'model quality job definition',
    'model-bias': 'model bias job definition',
    'model-explainability': 'model explainability job definition',
};
export const MONITORING_DOC = 'https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor.html';
/**
 * One setting judged on every Model Monitor job definition, whatever its kind (data quality, model
 * quality, bias, explainability): the four APIs share NetworkConfig and JobResources.ClusterConfig,
 * and AWS Config has one managed rule per kind for the same setting.
 */
export function monitoringJobRule(v) {
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
