import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
import { each } from '../lib/each.js';
export default defineRule({
    id: 'cloudwatch_alarm_actions_enabled',
    title: 'Metric alarm actions are activated',
    service: 'cloudwatch',
    topic: 'logging-and-monitoring',
    severity: 'medium',
    resourceType: 'AWS::CloudWatch::Alarm',
    requires: ['cloudwatch.alarms'],
    description: 'Each metric alarm has ActionsEnabled set, so the actions it names run when its state changes.',
    risk: 'With actions deactivated the alarm still evaluates, but notifications and automated responses are silently skipped; it is an easy state to forget after maintenance.',
    remediation: {
        text: 'In the CloudWatch console, open Alarms > All alarms, select the alarm, and choose Actions > Alarm actions > Enable.',
        cli: 'aws cloudwatch enable-alarm-actions --alarm-names <name>',
        terraform: 'resource "aws_cloudwatch_metric_alarm" "x" { actions_enabled = true }',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-actions.html',
    },
    references: ['AWS FSBP CloudWatch.17', 'https://docs.aws.amazon.com/config/latest/developerguide/cloudwatch-alarm-action-enabled-check.html'],
    evaluate({ inventory }) {
        return each(inventory.all('AWS::CloudWatch::Alarm'), (a) => a.actionsEnabled
            ? pass(resourceRef(a), `Alarm ${named(a)} has its actions activated.`)
            : fail(resourceRef(a), `Alarm ${named(a)} has its actions deactivated (ActionsEnabled is false)${a.alarmActions.length ? `, so its ${a.alarmActions.length} ALARM action(s) never run` : ''}.`, { alarmActions: a.alarmActions }));
    },
});
