import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
import { each } from '../lib/each.js';
export default defineRule({
    id: 'cloudwatch_alarm_action_for_alarm_state',
    title: 'Metric alarm has an action for the ALARM state',
    service: 'cloudwatch',
    topic: 'logging-and-monitoring',
    severity: 'medium',
    resourceType: 'AWS::CloudWatch::Alarm',
    requires: ['cloudwatch.alarms'],
    description: 'Each metric alarm names at least one action (SNS topic, Auto Scaling, EC2 or Systems Manager action) to run when it enters the ALARM state. Whether the actions are turned on is checked by cloudwatch_alarm_actions_enabled.',
    risk: 'An alarm with no ALARM action changes colour in the console and nothing else: nobody is paged and no automation runs when the threshold is crossed.',
    remediation: {
        text: 'In the CloudWatch console, open Alarms > All alarms, select the alarm, choose Actions > Edit, and under Configure actions add a notification (an SNS topic) or another action for the "In alarm" state.',
        cli: 'aws cloudwatch put-metric-alarm --alarm-name <name> ... --alarm-actions <sns-topic-arn>   # repeat the alarm\'s existing settings',
        terraform: 'resource "aws_cloudwatch_metric_alarm" "x" { alarm_actions = [aws_sns_topic.alerts.arn] }',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-actions.html',
    },
    references: ['AWS FSBP CloudWatch.15', 'https://docs.aws.amazon.com/config/latest/developerguide/cloudwatch-alarm-action-check.html'],
    evaluate({ inventory }) {
        return each(inventory.all('AWS::CloudWatch::Alarm'), (a) => a.alarmActions.length
            ? pass(resourceRef(a), `Alarm ${named(a)} runs ${a.alarmActions.length} action(s) in the ALARM state.`, { alarmActions: a.alarmActions })
            : fail(resourceRef(a), `Alarm ${named(a)} has no action for the ALARM state.`, { okActions: a.okActions, insufficientDataActions: a.insufficientDataActions }));
    },
});
