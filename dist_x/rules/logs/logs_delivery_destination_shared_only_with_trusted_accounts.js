import { destinationSharingRule } from '../lib/logsDestinationSharing.js';
export default destinationSharingRule({
    id: 'logs_delivery_destination_shared_only_with_trusted_accounts',
    title: 'CloudWatch Logs delivery destination accepts deliveries only from trusted accounts',
    resourceType: 'AWS::Logs::DeliveryDestination',
    requires: ['logs.deliveryDestinations'],
    noun: 'delivery destination',
    policyNoun: 'delivery destination policy',
    subjects: (inventory) => inventory.all('AWS::Logs::DeliveryDestination').map((d) => ({ resource: d, policy: d.policy })),
    description: 'A delivery destination (an S3 bucket, Firehose stream or log group receiving vended logs) can be opened to other accounts with PutDeliveryDestinationPolicy, which lets them create deliveries (logs:CreateDelivery) to it. The policy is evaluated with the IAM policy evaluator; the rule fails when it admits any account or a named account that is neither this one nor in `trustedAccounts` (empty by default). A destination with no policy accepts deliveries from its own account only; one whose policy could not be read is an error.',
    risk: 'An admitted account can send its own logs into your bucket, stream or log group: storage and processing costs, forged records mixed into audit data, and for an open policy, any AWS account can do it.',
    remediation: {
        text: 'In the destination account, replace the delivery destination policy with one that names only the source accounts you expect (or confines the principal with aws:PrincipalOrgID), or delete it if no other account should deliver. There is no console page for this policy; use the CLI.',
        cli: 'aws logs get-delivery-destination-policy --delivery-destination-name <name>; aws logs put-delivery-destination-policy --delivery-destination-name <name> --delivery-destination-policy file://trusted-sources.json  # or: aws logs delete-delivery-destination-policy --delivery-destination-name <name>',
        cloudformation: 'Type: AWS::Logs::DeliveryDestination\nProperties:\n  Name: <name>\n  DestinationPolicy:\n    DeliveryDestinationName: <name>\n    DeliveryDestinationPolicy: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { AWS: "<trusted-account-id>" }, Action: "logs:CreateDelivery", Resource: "<delivery-destination-arn>" }] }',
        url: 'https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliveryDestinationPolicy.html',
    },
    references: ['Cloud Custodian DeliveryDestination.cross-account'],
});
