import { ok } from '../../inventory/base.js';
import { destinationSharingRule } from '../lib/logsDestinationSharing.js';
export default destinationSharingRule({
    id: 'logs_destination_shared_only_with_trusted_accounts',
    title: 'CloudWatch Logs destination accepts subscriptions only from trusted accounts',
    resourceType: 'AWS::Logs::Destination',
    requires: ['logs.destinations'],
    noun: 'destination',
    policyNoun: 'access policy',
    subjects: (inventory) => inventory.all('AWS::Logs::Destination').map((d) => ({ resource: d, policy: ok(d.accessPolicy) })),
    description: 'A CloudWatch Logs destination is the receiving end of cross-account subscriptions: its access policy says which accounts may point a subscription filter (logs:PutSubscriptionFilter) at it. The policy is evaluated with the IAM policy evaluator; the rule fails when it admits any account (Principal "*" with no condition that confines the caller, e.g. aws:PrincipalOrgID) or a named account that is neither this one nor in `trustedAccounts` (empty by default, so every cross-account grant is reported for review). A destination with no access policy is usable by its own account only.',
    risk: 'An account admitted by the policy can stream its own events into the destination\'s Kinesis or Firehose stream: a destination open to everyone lets anyone inject forged or flooding events into the log pipeline (SIEM, archive) that reads from it, and an account no longer trusted keeps that ability while the policy stays.',
    remediation: {
        text: 'In the recipient account, rewrite the destination\'s access policy so that it names only the sender accounts you expect (or confines "*" with aws:PrincipalOrgID), then replace it. There is no console page for destination policies; use the CLI.',
        cli: 'aws logs describe-destinations; aws logs put-destination-policy --destination-name <name> --access-policy file://senders-only.json --force-update',
        terraform: 'resource "aws_cloudwatch_log_destination_policy" "x" { destination_name = aws_cloudwatch_log_destination.x.name access_policy = data.aws_iam_policy_document.trusted_senders.json }',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CreateDestination.html',
    },
    references: ['Cloud Custodian Destination.cross-account', 'https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDestinationPolicy.html'],
});
