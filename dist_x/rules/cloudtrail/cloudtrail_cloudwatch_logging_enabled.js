import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'cloudtrail_cloudwatch_logging_enabled',
    title: 'Trail delivers its events to CloudWatch Logs',
    service: 'cloudtrail',
    topic: 'logging-and-monitoring',
    severity: 'low',
    resourceType: 'AWS::CloudTrail::Trail',
    requires: ['cloudtrail.trails'],
    description: 'Each trail sends its events to a CloudWatch Logs log group, where metric filters and alarms (root use, IAM and CloudTrail changes…) can act on them in near real time.',
    risk: 'Events only in S3 are found after the fact; without the log group, the CIS metric-filter alarms have nothing to watch.',
    remediation: {
        text: 'In the CloudTrail console, open Trails, select the trail, choose Edit under CloudWatch Logs, enable it, choose a log group and an IAM role CloudTrail can assume, and save.',
        cli: 'aws cloudtrail update-trail --name <trail> --cloud-watch-logs-log-group-arn <log-group-arn> --cloud-watch-logs-role-arn <role-arn>',
        terraform: 'resource "aws_cloudtrail" "x" { cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*" cloud_watch_logs_role_arn = aws_iam_role.trail.arn }',
        url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
    },
    references: ['CIS AWS Foundations 3.4 (v1.4)', 'AWS FSBP CloudTrail.5'],
    evaluate({ inventory }) {
        return inventory
            .all('AWS::CloudTrail::Trail')
            .map((t) => t.cloudWatchLogsLogGroupArn
            ? pass(resourceRef(t), `Trail ${named(t)} delivers to ${t.cloudWatchLogsLogGroupArn}.`, { logGroupArn: t.cloudWatchLogsLogGroupArn })
            : fail(resourceRef(t), `Trail ${named(t)} does not deliver to CloudWatch Logs.`));
    },
});
