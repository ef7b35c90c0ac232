import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
import { firstBy } from '../lib/lookup.js';
const SNS_ARN = /^arn:[^:]+:sns:([^:]+):(\d{12}):([^:]+)$/;
export default defineRule({
    id: 'cloudwatch_alarm_notification_topic_has_subscribers',
    title: 'SNS topics an alarm notifies exist and have confirmed subscribers',
    service: 'cloudwatch',
    topic: 'incident-response',
    severity: 'medium',
    resourceType: 'AWS::CloudWatch::Alarm',
    requires: ['cloudwatch.alarms', 'sns.topics'],
    description: 'For each metric alarm whose ALARM actions publish to SNS topics, every such topic exists and has at least one confirmed subscription (the Steampipe reading of the CIS monitoring controls: alarm, action, subscribed topic). Alarms without SNS actions are left to cloudwatch_alarm_action_for_alarm_state. A topic in another account or Region cannot be seen and makes the result an error unless another topic of the alarm already fails.',
    risk: 'An alarm that publishes to a deleted topic, or to one nobody confirmed a subscription to, looks wired up in the console but reaches no one: the incident it was built for goes unnoticed.',
    remediation: {
        text: 'In the SNS console open the topic (or recreate it), choose Create subscription, add the on-call e-mail, chat integration or incident tool endpoint, and have the recipient confirm it. Then check the alarm\'s actions in the CloudWatch console point at that topic.',
        cli: 'aws sns subscribe --topic-arn <topic-arn> --protocol email --notification-endpoint <on-call-address>; aws sns list-subscriptions-by-topic --topic-arn <topic-arn>',
        terraform: 'resource "aws_sns_topic_subscription" "oncall" { topic_arn = aws_sns_topic.alarms.arn protocol = "https" endpoint = "<incident-tool-webhook>" }',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Notify_Users_Alarm_Changes.html',
    },
    references: ['Steampipe AWS Compliance CIS log_metric_filter_* (SNS subscription check)', 'https://docs.aws.amazon.com/sns/latest/dg/sns-create-subscribe-endpoint-to-topic.html'],
    evaluate({ inventory, account, region }) {
        const topics = inventory.all('AWS::SNS::Topic');
        return inventory.all('AWS::CloudWatch::Alarm').flatMap((a) => {
            const snsActions = a.alarmActions.filter((x) => SNS_ARN.test(x));
            if (!snsActions.length)
                return [];
            const ref = resourceRef(a);
            const problems = [];
            const unseen = [];
            const good = [];
            for (const arn of snsActions) {
                const [, topicRegion, topicAccount] = SNS_ARN.exec(arn);
                if (topicAccount !== account || topicRegion !== region) {
                    unseen.push(arn);
                    continue;
                }
                const t = firstBy(topics, 'arn', (x) => x.arn, arn);
                if (!t)
                    problems.push(`${arn} does not exist`);
                else if (!t.attributes.ok)
                    unseen.push(arn);
                else if ((t.attributes.value?.subscriptionsConfirmed ?? 0) < 1)
                    problems.push(`${arn} has no confirmed subscription`);
                else
                    good.push(arn);
            }
            if (problems.length)
                return [fail(ref, `Alarm ${named(a)} notifies a topic that reaches no one: ${problems.join('; ')}.`, { problems, unseen })];
            if (unseen.length)
                return [error(ref, `Alarm ${named(a)} notifies ${unseen.join(', ')}, whose subscriptions could not be read in this scan.`, { unseen })];
            return [pass(ref, `Every SNS topic alarm ${named(a)} notifies has confirmed subscribers (${good.join(', ')}).`)];
        });
    },
});
