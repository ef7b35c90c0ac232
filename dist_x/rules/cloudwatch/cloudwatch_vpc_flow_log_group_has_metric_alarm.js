import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
/** "arn:aws:logs:r:a:log-group:NAME(:*)" or a plain name → { account?, region?, name }. */
function logGroupOf(destination) {
    const m = /^arn:[^:]+:logs:([^:]*):(\d*):log-group:(.+?)(?::\*)?$/.exec(destination);
    return m ? { region: m[1], account: m[2], name: m[3] } : { name: destination };
}
export default defineRule({
    id: 'cloudwatch_vpc_flow_log_group_has_metric_alarm',
    title: 'VPC flow log delivered to CloudWatch Logs feeds a metric filter with an alarm',
    service: 'cloudwatch',
    topic: 'logging-and-monitoring',
    severity: 'low',
    resourceType: 'AWS::EC2::FlowLog',
    requires: ['ec2.flowLogs', 'logs.metricFilters', 'cloudwatch.alarms'],
    description: 'For each flow log that delivers to CloudWatch Logs, its log group has at least one metric filter whose metric is watched by a CloudWatch alarm in the same Region (for example a count of REJECT records, or of traffic on administrative ports). Which pattern to count is the owner\'s choice; the rule asks that the flow log is monitored, not only stored (CloudSploit vpcFlowLogsMetricAlarm). Flow logs to S3 or Firehose are not judged; a log group in another account or Region is an error.',
    risk: 'Flow logs that nobody alarms on are read only after an incident. Port scans, blocked exfiltration attempts and unexpected traffic to admin ports show up as bursts of rejected records that an alarm would surface as they happen.',
    remediation: {
        text: 'In the CloudWatch console open Log groups, select the flow log\'s group, choose Metric filters > Create metric filter, use a pattern such as [version, account, eni, source, destination, srcport, destport, protocol, packets, bytes, windowstart, windowend, action="REJECT", flowlogstatus], then create an alarm on the new metric that notifies an SNS topic.',
        cli: 'aws logs put-metric-filter --log-group-name <flow-log-group> --filter-name rejects --filter-pattern \'[version, account, eni, source, destination, srcport, destport, protocol, packets, bytes, windowstart, windowend, action="REJECT", flowlogstatus]\' --metric-transformations metricName=FlowLogRejects,metricNamespace=VPCFlowLogs,metricValue=1; aws cloudwatch put-metric-alarm --alarm-name flow-log-rejects --namespace VPCFlowLogs --metric-name FlowLogRejects --statistic Sum --period 300 --evaluation-periods 1 --threshold <n> --comparison-operator GreaterThanThreshold --alarm-actions <sns-topic-arn>',
        url: 'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-cwl.html',
    },
    references: ['CloudSploit cloudwatch/vpcFlowLogsMetricAlarm', 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/MonitoringLogData.html'],
    evaluate({ inventory, account, region }) {
        const filters = inventory.all('AWS::Logs::MetricFilter');
        const alarms = inventory.all('AWS::CloudWatch::Alarm');
        return inventory
            .all('AWS::EC2::FlowLog')
            .filter((f) => f.logDestinationType === 'cloud-watch-logs' && f.logDestination)
            .map((f) => {
            const ref = resourceRef(f);
            const g = logGroupOf(f.logDestination);
            if ((g.account && g.account !== account) || (g.region && g.region !== region))
                return error(ref, `Flow log ${named(f)} of ${f.resourceId} delivers to log group ${g.name} in ${g.account ?? account}/${g.region ?? region}, whose metric filters are not in this scan.`);
            const metrics = filters.filter((m) => m.logGroupName === g.name).flatMap((m) => m.metrics.map((x) => ({ filter: m.name, ...x })));
            const watched = alarms.filter((a) => {
                const watchedMetrics = [{ metricName: a.metricName, namespace: a.namespace }, ...(a.queryMetrics ?? [])];
                return watchedMetrics.some((w) => metrics.some((m) => m.metricName === w.metricName && m.metricNamespace === w.namespace));
            });
            if (watched.length)
                return pass(ref, `Flow log ${named(f)} of ${f.resourceId}: alarm ${watched.map((a) => a.name).join(', ')} watches a metric of log group ${g.name}.`, { alarms: watched.map((a) => a.id) });
            return metrics.length
                ? fail(ref, `Flow log ${named(f)} of ${f.resourceId}: log group ${g.name} has metric filter(s) ${[...new Set(metrics.map((m) => m.filter))].join(', ')}, but no alarm watches their metrics.`, { metrics })
                : fail(ref, `Flow log ${named(f)} of ${f.resourceId}: log group ${g.name} has no metric filter, so nothing alarms on its records.`);
        });
    },
});
