import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'vpc_flow_logs_enabled',
    title: 'VPC flow logging is enabled for rejected (or all) traffic',
    service: 'vpc',
    topic: 'logging-and-monitoring',
    severity: 'medium',
    resourceType: 'AWS::EC2::VPC',
    requires: ['ec2.vpcs', 'ec2.flowLogs'],
    description: 'Each VPC has an active flow log that captures at least REJECT traffic (ALL passes too).',
    risk: 'Without flow logs there is no record of connections to investigate an incident, detect scanning, or prove what reached a workload.',
    remediation: {
        text: 'In the VPC console, select the VPC, open the Flow logs tab, choose Create flow log, set Filter to Reject or All, and send it to CloudWatch Logs or S3.',
        cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc-id> --traffic-type REJECT --log-destination-type cloud-watch-logs --log-group-name <group> --deliver-logs-permission-arn <role-arn>',
        terraform: 'resource "aws_flow_log" "vpc" { vpc_id = "<vpc-id>" traffic_type = "ALL" log_destination = "<log-group-arn>" iam_role_arn = "<role-arn>" }',
        url: 'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
    },
    references: ['CIS AWS Foundations 3.7 (v3.0) / 3.7 (v5.0)', 'AWS FSBP EC2.6'],
    evaluate({ inventory }) {
        const logs = inventory.all('AWS::EC2::FlowLog').filter((f) => f.status === 'ACTIVE' && (f.trafficType === 'ALL' || f.trafficType === 'REJECT'));
        return inventory.all('AWS::EC2::VPC').map((vpc) => {
            const mine = logs.filter((f) => f.resourceId === vpc.id);
            return mine.length
                ? pass(resourceRef(vpc), `${vpc.id} has flow log ${mine[0].id} capturing ${mine[0].trafficType} traffic.`, { flowLogs: mine.map((f) => f.id) })
                : fail(resourceRef(vpc), `${vpc.id} has no active flow log capturing rejected traffic.`);
        });
    },
});
