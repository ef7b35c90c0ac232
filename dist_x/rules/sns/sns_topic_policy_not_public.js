import { policyNotPublicRule } from '../lib/resourcePolicy.js';
import { topicPolicy } from '../lib/snsTopics.js';
export default policyNotPublicRule({
    id: 'sns_topic_policy_not_public',
    title: 'SNS topic policy does not allow access to every principal',
    service: 'sns',
    severity: 'high',
    resourceType: 'AWS::SNS::Topic',
    requires: ['sns.topics'],
    noun: 'topic policy',
    // The default topic policy admits "*" only for requests from the owner account, through aws:SourceOwner.
    extraRestrictingKeys: ['aws:SourceOwner'],
    subjects: (inventory) => inventory.all('AWS::SNS::Topic').map((t) => ({ resource: t, policy: topicPolicy(t) })),
    description: 'Fails a topic whose access policy has an Allow with Principal "*" or {"AWS": "*"} and no condition restricting the caller (aws:SourceOwner as in the default policy, aws:SourceAccount, aws:SourceArn, aws:PrincipalOrgID and similar).',
    risk: 'Anyone could publish to the topic (spoofing alarms and notifications to its subscribers), subscribe to it (reading every message), or change it.',
    remediation: {
        text: 'In the SNS console, open the topic, choose Edit > Access policy, and replace the "*" principal with the accounts or services that need it, or add a condition such as "StringEquals": {"aws:SourceAccount": "<account-id>"}.',
        cli: 'aws sns set-topic-attributes --topic-arn <topic-arn> --attribute-name Policy --attribute-value file://topic-policy.json',
        terraform: 'resource "aws_sns_topic_policy" "x" { arn = aws_sns_topic.x.arn policy = data.aws_iam_policy_document.topic.json }',
        url: 'https://docs.aws.amazon.com/sns/latest/dg/sns-security-best-practices.html',
    },
    references: ['Prowler sns_topics_not_publicly_accessible'],
});
