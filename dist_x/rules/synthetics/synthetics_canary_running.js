import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
/** States a canary passes through on its own; judging them would flag every deployment in progress. */
const TRANSITIONAL = new Set(['CREATING', 'STARTING', 'UPDATING', 'STOPPING', 'DELETING']);
export default defineRule({
    id: 'synthetics_canary_running',
    title: 'Canary is running',
    service: 'synthetics',
    topic: 'logging-and-monitoring',
    severity: 'low',
    resourceType: 'AWS::Synthetics::Canary',
    requires: ['synthetics.canaries'],
    description: 'Each canary is in the RUNNING state. READY (created, never started), STOPPED and ERROR fail; canaries in a transitional state (creating, starting, updating, stopping, deleting) are left out. A canary kept stopped on purpose (for example a run-once check) can be muted.',
    risk: 'A stopped or failed canary no longer probes the endpoint it was written for: outages, defacements and certificate or DNS problems there go unnoticed while the canary still appears in the console as if it were monitoring.',
    remediation: {
        text: 'In the CloudWatch console, open Application Signals > Synthetics Canaries, select the canary and choose Actions > Start. For a canary in ERROR, read its status reason, fix the role, VPC or runtime problem it names, then start it. Delete canaries that are no longer needed.',
        cli: 'aws synthetics start-canary --name <canary>',
        cloudformation: 'Type: AWS::Synthetics::Canary\nProperties:\n  StartCanaryAfterCreation: true',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Canaries.html',
    },
    references: ['https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_CanaryStatus.html'],
    evaluate({ inventory }) {
        return inventory
            .all('AWS::Synthetics::Canary')
            .filter((c) => !TRANSITIONAL.has(c.state ?? ''))
            .map((c) => c.state === 'RUNNING'
            ? pass(resourceRef(c), `Canary ${named(c)} is running.`)
            : fail(resourceRef(c), `Canary ${named(c)} is ${c.state ?? 'in an unreported state'}, so it is not probing its endpoint.`, { state: c.state ?? null }));
    },
});
