import { serviceGrantsBoundRule } from '../lib/resourcePolicy.js';
import { topicPolicy } from '../lib/snsTopics.js';
export default serviceGrantsBoundRule({
    id: 'sns_topic_policy_service_grants_bound',
    title: 'SNS topic policy binds every service principal grant to this account\'s resources',
    service: 'sns',
    severity: 'medium',
    resourceType: 'AWS::SNS::Topic',
    requires: ['sns.topics'],
    noun: 'topic policy',
    extraKeys: ['aws:SourceOwner'],
    subjects: (inventory) => inventory.all('AWS::SNS::Topic').map((t) => ({ resource: t, policy: topicPolicy(t) })),
    description: 'In each topic policy, every Allow to a service principal (cloudwatch.amazonaws.com, config.amazonaws.com, s3.amazonaws.com, events.amazonaws.com…) is bound by aws:SourceArn, aws:SourceAccount, aws:SourceOrgID/OrgPaths or the legacy aws:SourceOwner, with a binding operator and concrete values.',
    risk: 'An unbound grant lets the service publish to the topic for any customer\'s resource: alarms, rules or buckets in other accounts can send messages that your subscribers trust.',
    remediation: {
        text: 'In the SNS console, open the topic, choose Edit > Access policy, and add to each service statement a condition such as "ArnLike": {"aws:SourceArn": "arn:aws:cloudwatch:<region>:<account-id>:alarm:*"} or "StringEquals": {"aws:SourceAccount": "<account-id>"}.',
        cli: 'aws sns set-topic-attributes --topic-arn <topic-arn> --attribute-name Policy --attribute-value file://topic-policy-with-source-conditions.json',
        terraform: 'data "aws_iam_policy_document" "topic" { statement { actions = ["sns:Publish"] principals { type = "Service" identifiers = ["cloudwatch.amazonaws.com"] } condition { test = "StringEquals" variable = "aws:SourceAccount" values = ["<account-id>"] } } }',
        url: 'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html'],
});
