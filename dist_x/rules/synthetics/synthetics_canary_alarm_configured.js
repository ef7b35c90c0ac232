import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
const NAMESPACE = 'CloudWatchSynthetics';
/** Metrics that say a run failed; Duration and the HTTP status counts do not. */
const OUTCOME_METRICS = new Set(['SuccessPercent', 'Failed']);
export default defineRule({
    id: 'synthetics_canary_alarm_configured',
    title: 'Running canary has an alarm on its success metric that notifies someone',
    service: 'synthetics',
    topic: 'incident-response',
    severity: 'medium',
    resourceType: 'AWS::Synthetics::Canary',
    requires: ['synthetics.canaries', 'cloudwatch.alarms'],
    description: 'For each RUNNING canary, a CloudWatch metric alarm in the same Region watches its SuccessPercent or Failed metric (namespace CloudWatchSynthetics, dimension CanaryName = the canary), directly or inside a metric-math expression, with at least one ALARM action and actions enabled. An alarm without an enabled action fails: it records the outage but tells no one. Stopped canaries are judged by synthetics_canary_running.',
    risk: 'A canary without an alarm only fills a dashboard: when the endpoint breaks or is tampered with, nobody is notified and no runbook or automation starts, which defeats the point of synthetic monitoring.',
    remediation: {
        text: 'In the CloudWatch console open Synthetics Canaries, select the canary, open the Alarms tab (or Actions > Edit > Alarms) and add an alarm on Success percent below your threshold (for example < 90 for 2 of 3 periods) that notifies an SNS topic your on-call team subscribes to.',
        cli: 'aws cloudwatch put-metric-alarm --alarm-name Synthetics-<canary> --namespace CloudWatchSynthetics --metric-name SuccessPercent --dimensions Name=CanaryName,Value=<canary> --statistic Average --period 300 --evaluation-periods 2 --threshold 90 --comparison-operator LessThanThreshold --alarm-actions <sns-topic-arn>',
        cloudformation: 'Type: AWS::CloudWatch::Alarm\nProperties:\n  Namespace: CloudWatchSynthetics\n  MetricName: SuccessPercent\n  Dimensions: [{ Name: CanaryName, Value: <canary> }]\n  ComparisonOperator: LessThanThreshold\n  Threshold: 90\n  AlarmActions: [<sns-topic-arn>]',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Synthetics_Canaries_metrics.html',
    },
    references: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html'],
    evaluate({ inventory }) {
        const alarms = inventory.all('AWS::CloudWatch::Alarm');
        return inventory
            .all('AWS::Synthetics::Canary')
            .filter((c) => c.state === 'RUNNING')
            .map((c) => {
            const name = c.name ?? c.id;
            const watches = (m) => m.namespace === NAMESPACE && OUTCOME_METRICS.has(m.metricName ?? '') && (m.dimensions ?? []).some((d) => d.name === 'CanaryName' && d.value === name);
            const on = alarms.filter((a) => watches(a) || (a.queryMetrics ?? []).some(watches));
            const notifying = on.filter((a) => a.actionsEnabled && a.alarmActions.length);
            if (notifying.length)
                return pass(resourceRef(c), `Canary ${named(c)} is watched by alarm ${notifying.map((a) => a.name).join(', ')}, which acts in the ALARM state.`, { alarms: notifying.map((a) => a.id) });
            if (on.length)
                return fail(resourceRef(c), `Canary ${named(c)} has alarm(s) ${on.map((a) => a.name).join(', ')} on its success metric, but none has an enabled ALARM action.`, {
                    alarms: on.map((a) => ({ id: a.id, actionsEnabled: a.actionsEnabled, alarmActions: a.alarmActions })),
                });
            return fail(resourceRef(c), `No alarm in ${c.region} watches the SuccessPercent or Failed metric of canary ${named(c)}.`);
        });
    },
});
