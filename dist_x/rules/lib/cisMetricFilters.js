import { z } from 'zod';
import { defineRule, error, fail, pass, scopeRef } from '../../engine/defineRule.js';
import { patternCovers } from './filterPattern.js';
const names = (...events) => events.map((e) => `($.eventName = ${e})`).join(' || ');
export const CIS_CONTROLS = {
    cloudwatch_log_metric_filter_unauthorized_api_calls: {
        title: 'Unauthorized API calls raise a CloudWatch alarm',
        event: 'unauthorized API calls',
        cis: ['4.1', '4.1', '5.1'],
        securityHub: 'CloudWatch.2',
        severity: 'low',
        patterns: [
            '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }',
            '{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
        ],
        why: 'A burst of denied calls is often the first sign of stolen credentials being tried, or of an attacker mapping what a principal can do.',
    },
    cloudwatch_log_metric_filter_sign_in_without_mfa: {
        title: 'Console sign-in without MFA raises a CloudWatch alarm',
        event: 'console sign-ins without MFA',
        cis: ['4.2', '4.2', '5.2'],
        securityHub: 'CloudWatch.3',
        severity: 'low',
        patterns: [
            '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }',
            '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
        ],
        why: 'A console session protected by a password alone is the easiest to take over; seeing one lets you find the users without MFA.',
    },
    cloudwatch_log_metric_filter_root_usage: {
        title: 'Use of the root user raises a CloudWatch alarm',
        event: 'root user activity',
        cis: ['4.3', '4.3', '5.3'],
        securityHub: 'CloudWatch.1',
        severity: 'medium',
        patterns: ['{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }'],
        why: 'The root user can do anything and cannot be limited by IAM; any use of it should be rare, deliberate and noticed at once.',
    },
    cloudwatch_log_metric_filter_policy_changes: {
        title: 'IAM policy changes raise a CloudWatch alarm',
        event: 'IAM policy changes',
        cis: ['4.4', '4.4', '5.4'],
        securityHub: 'CloudWatch.4',
        severity: 'low',
        patterns: [
            `{ ${names('DeleteGroupPolicy', 'DeleteRolePolicy', 'DeleteUserPolicy', 'PutGroupPolicy', 'PutRolePolicy', 'PutUserPolicy', 'CreatePolicy', 'DeletePolicy', 'CreatePolicyVersion', 'DeletePolicyVersion', 'AttachRolePolicy', 'DetachRolePolicy', 'AttachUserPolicy', 'DetachUserPolicy', 'AttachGroupPolicy', 'DetachGroupPolicy')} }`,
        ],
        why: 'Granting oneself more permissions is the usual next step after a foothold; policy changes should never go unseen.',
    },
    cloudwatch_log_metric_filter_cloudtrail_configuration_changes: {
        title: 'CloudTrail configuration changes raise a CloudWatch alarm',
        event: 'CloudTrail configuration changes',
        cis: ['4.5', '4.5', '5.5'],
        securityHub: 'CloudWatch.5',
        severity: 'low',
        patterns: [`{ ${names('CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging')} }`],
        why: 'Stopping or redirecting a trail blinds every other control; attackers do it early.',
    },
    cloudwatch_log_metric_filter_authentication_failures: {
        title: 'Console authentication failures raise a CloudWatch alarm',
        event: 'failed console sign-ins',
        cis: ['4.6', '4.6', '5.6'],
        securityHub: 'CloudWatch.6',
        severity: 'low',
        patterns: ['{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }'],
        why: 'Repeated failed sign-ins point to password guessing and give a source address to correlate with other events.',
    },
    cloudwatch_log_metric_filter_disable_or_scheduled_deletion_of_kms_cmk: {
        title: 'Disabling or scheduling deletion of a KMS key raises a CloudWatch alarm',
        event: 'KMS keys disabled or scheduled for deletion',
        cis: ['4.7', '4.7', '5.7'],
        securityHub: 'CloudWatch.7',
        severity: 'low',
        patterns: [`{ ($.eventSource = kms.amazonaws.com) && (${names('DisableKey', 'ScheduleKeyDeletion')}) }`],
        why: 'Data encrypted under a disabled or deleted key cannot be read; a scheduled deletion can still be cancelled if someone notices in time.',
    },
    cloudwatch_log_metric_filter_s3_bucket_policy_changes: {
        title: 'S3 bucket policy changes raise a CloudWatch alarm',
        event: 'S3 bucket policy, ACL, CORS, lifecycle and replication changes',
        cis: ['4.8', '4.8', '5.8'],
        securityHub: 'CloudWatch.8',
        severity: 'low',
        patterns: [
            `{ ($.eventSource = s3.amazonaws.com) && (${names('PutBucketAcl', 'PutBucketPolicy', 'PutBucketCors', 'PutBucketLifecycle', 'PutBucketReplication', 'DeleteBucketPolicy', 'DeleteBucketCors', 'DeleteBucketLifecycle', 'DeleteBucketReplication')}) }`,
        ],
        why: 'A bucket policy or ACL change can open data to the internet or another account in one call.',
    },
    cloudwatch_log_metric_filter_aws_config_changes: {
        title: 'AWS Config configuration changes raise a CloudWatch alarm',
        event: 'AWS Config recorder and delivery channel changes',
        cis: ['4.9', '4.9', '5.9'],
        securityHub: 'CloudWatch.9',
        severity: 'low',
        patterns: [`{ ($.eventSource = config.amazonaws.com) && (${names('StopConfigurationRecorder', 'DeleteDeliveryChannel', 'PutDeliveryChannel', 'PutConfigurationRecorder')}) }`],
        why: 'Stopping the recorder removes the configuration history that audits and investigations rely on.',
    },
    cloudwatch_log_metric_filter_security_group_changes: {
        title: 'Security group changes raise a CloudWatch alarm',
        event: 'security group changes',
        cis: ['4.10', '4.10', '5.10'],
        securityHub: 'CloudWatch.10',
        severity: 'low',
        patterns: [`{ ${names('AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupIngress', 'RevokeSecurityGroupEgress', 'CreateSecurityGroup', 'DeleteSecurityGroup')} }`],
        why: 'One added rule can expose a database or an admin port to the internet.',
    },
    cloudwatch_log_metric_filter_network_acl_changes: {
        title: 'Network ACL changes raise a CloudWatch alarm',
        event: 'network ACL changes',
        cis: ['4.11', '4.11', '5.11'],
        securityHub: 'CloudWatch.11',
        severity: 'low',
        patterns: [`{ ${names('CreateNetworkAcl', 'CreateNetworkAclEntry', 'DeleteNetworkAcl', 'DeleteNetworkAclEntry', 'ReplaceNetworkAclEntry', 'ReplaceNetworkAclAssociation')} }`],
        why: 'NACL changes can silently remove a subnet-wide layer of defence.',
    },
    cloudwatch_log_metric_filter_network_gateway_changes: {
        title: 'Network gateway changes raise a CloudWatch alarm',
        event: 'internet and customer gateway changes',
        cis: ['4.12', '4.12', '5.12'],
        securityHub: 'CloudWatch.12',
        severity: 'low',
        patterns: [`{ ${names('CreateCustomerGateway', 'DeleteCustomerGateway', 'AttachInternetGateway', 'CreateInternetGateway', 'DeleteInternetGateway', 'DetachInternetGateway')} }`],
        why: 'A new gateway opens a path in or out of the VPC that bypasses the controlled ones.',
    },
    cloudwatch_log_metric_filter_route_table_changes: {
        title: 'Route table changes raise a CloudWatch alarm',
        event: 'route table changes',
        cis: ['4.13', '4.13', '5.13'],
        securityHub: 'CloudWatch.13',
        severity: 'low',
        patterns: [
            `{ ${names('CreateRoute', 'CreateRouteTable', 'ReplaceRoute', 'ReplaceRouteTableAssociation', 'DeleteRouteTable', 'DeleteRoute', 'DisassociateRouteTable')} }`,
            `{ ($.eventSource = ec2.amazonaws.com) && (${names('CreateRoute', 'CreateRouteTable', 'ReplaceRoute', 'ReplaceRouteTableAssociation', 'DeleteRouteTable', 'DeleteRoute', 'DisassociateRouteTable')}) }`,
        ],
        why: 'A changed route can send traffic around inspection or out to the internet.',
    },
    cloudwatch_log_metric_filter_vpc_changes: {
        title: 'VPC changes raise a CloudWatch alarm',
        event: 'VPC and peering changes',
        cis: ['4.14', '4.14', '5.14'],
        securityHub: 'CloudWatch.14',
        severity: 'low',
        patterns: [
            `{ ${names('CreateVpc', 'DeleteVpc', 'ModifyVpcAttribute', 'AcceptVpcPeeringConnection', 'CreateVpcPeeringConnection', 'DeleteVpcPeeringConnection', 'RejectVpcPeeringConnection', 'AttachClassicLinkVpc', 'DetachClassicLinkVpc', 'DisableVpcClassicLink', 'EnableVpcClassicLink')} }`,
        ],
        why: 'A new peering connection or VPC attribute change can join networks that were meant to stay apart.',
    },
    cloudwatch_log_metric_filter_aws_organizations_changes: {
        title: 'AWS Organizations changes raise a CloudWatch alarm',
        event: 'AWS Organizations changes',
        cis: ['4.15', '4.15', '5.15'],
        severity: 'low',
        patterns: [
            `{ ($.eventSource = organizations.amazonaws.com) && (${names('"AcceptHandshake"', '"AttachPolicy"', '"CreateAccount"', '"CreateOrganizationalUnit"', '"CreatePolicy"', '"DeclineHandshake"', '"DeleteOrganization"', '"DeleteOrganizationalUnit"', '"DeletePolicy"', '"DetachPolicy"', '"DisablePolicyType"', '"EnablePolicyType"', '"InviteAccountToOrganization"', '"LeaveOrganization"', '"MoveAccount"', '"RemoveAccountFromOrganization"', '"UpdatePolicy"', '"UpdateOrganizationalUnit"')}) }`,
        ],
        why: 'Organization changes (SCPs detached, accounts moved or removed) change the guardrails of every member account.',
    },
};
/** `arn:aws:logs:<region>:<account>:log-group:<name>[:*]` */
export function parseLogGroupArn(arn) {
    const m = /^arn:[^:]+:logs:([^:]+):(\d{12}):log-group:(.+?)(?::\*)?$/.exec(arn);
    return m ? { region: m[1], account: m[2], name: m[3] } : undefined;
}
export const matchesCisPattern = (filterPattern, control) => control.patterns.some((p) => patternCovers(filterPattern, p));
const alarmWatches = (a, m) => (a.metricName === m.metricName && a.namespace === m.metricNamespace) || (a.queryMetrics ?? []).some((q) => q.metricName === m.metricName && q.namespace === m.metricNamespace);
function notifies(alarm, c) {
    if (!alarm.actionsEnabled)
        return { kind: 'fail', text: `alarm ${alarm.id} has its actions turned off` };
    const topics = alarm.alarmActions.filter((a) => a.startsWith('arn:') && a.split(':')[2] === 'sns');
    if (!topics.length)
        return { kind: 'fail', text: `alarm ${alarm.id} notifies no SNS topic when it fires` };
    const seen = [];
    for (const arn of topics) {
        const [, , , region, account] = arn.split(':');
        const topic = c.inventory.all('AWS::SNS::Topic').find((t) => t.arn === arn);
        if (topic) {
            if (!topic.attributes.ok)
                return { kind: 'unknown', text: `could not read the subscriptions of topic ${arn}: ${topic.attributes.error}` };
            if ((topic.attributes.value?.subscriptionsConfirmed ?? 0) > 0)
                return { kind: 'pass', text: arn, evidence: { topic: arn } };
            seen.push(`topic ${arn} has no confirmed subscription`);
        }
        else if (c.snsCollected && account === c.account && c.inventory.regions.includes(region))
            seen.push(`topic ${arn} does not exist`);
        else
            return { kind: 'unknown', text: `topic ${arn} is outside what was scanned, so its subscriptions could not be checked` };
    }
    return { kind: 'fail', text: `alarm ${alarm.id}: ${seen.join('; ')}` };
}
function judgeTrail(t, control, c) {
    const who = `trail ${t.name ?? t.id}`;
    if (!t.isMultiRegionTrail)
        return { kind: 'fail', text: `${who} is not multi-Region` };
    if (!t.cloudWatchLogsLogGroupArn)
        return { kind: 'fail', text: `${who} does not deliver to CloudWatch Logs` };
    if (!t.status.ok)
        return { kind: 'unknown', text: `could not read whether ${who} is logging: ${t.status.error}` };
    if (!t.status.value?.isLogging)
        return { kind: 'fail', text: `${who} is not logging` };
    if (!t.managementEventsAll.ok)
        return { kind: 'unknown', text: `could not read the event selectors of ${who}: ${t.managementEventsAll.error}` };
    if (t.managementEventsAll.value !== true)
        return { kind: 'fail', text: `${who} does not record all (read and write) management events` };
    const lg = parseLogGroupArn(t.cloudWatchLogsLogGroupArn);
    if (!lg)
        return { kind: 'unknown', text: `${who} names a log group ARN posture cannot read: ${t.cloudWatchLogsLogGroupArn}` };
    if (lg.account !== c.account)
        return { kind: 'unknown', text: `${who} delivers to log group ${lg.name} in account ${lg.account}; scan that account to see its metric filters` };
    if (!c.inventory.regions.includes(lg.region))
        return { kind: 'unknown', text: `${who} delivers to log group ${lg.name} in ${lg.region}, which this scan did not cover` };
    const filters = c.inventory.all('AWS::Logs::MetricFilter').filter((f) => f.region === lg.region && f.logGroupName === lg.name);
    const matching = filters.filter((f) => matchesCisPattern(f.filterPattern, control));
    if (!matching.length)
        return { kind: 'fail', text: `log group ${lg.name} (${lg.region}) of ${who} has no metric filter matching the CIS pattern for ${control.event}${filters.length ? ` (its filters: ${filters.map((f) => f.name).join(', ')})` : ''}` };
    const alarms = c.inventory.all('AWS::CloudWatch::Alarm').filter((a) => a.region === lg.region);
    const reasons = [];
    let unknown;
    for (const f of matching)
        for (const m of f.metrics) {
            const watching = alarms.filter((a) => alarmWatches(a, m));
            if (!watching.length) {
                reasons.push(`metric filter ${f.name} on ${lg.name} publishes ${m.metricNamespace}/${m.metricName}, which no alarm in ${lg.region} watches`);
                continue;
            }
            for (const a of watching) {
                const evidence = { trail: t.arn ?? t.id, logGroup: t.cloudWatchLogsLogGroupArn, metricFilter: f.name, filterPattern: f.filterPattern, metric: `${m.metricNamespace}/${m.metricName}`, alarm: a.arn ?? a.id };
                if (!c.requireSubscribedTopic)
                    return { kind: 'pass', evidence, text: `${who} → ${lg.name} → filter ${f.name} → alarm ${a.id}` };
                const n = notifies(a, c);
                if (n.kind === 'pass')
                    return { kind: 'pass', evidence: { ...evidence, ...n.evidence }, text: `${who} → ${lg.name} → filter ${f.name} → alarm ${a.id} → ${n.text}` };
                if (n.kind === 'unknown')
                    unknown = n.text;
                else
                    reasons.push(n.text);
            }
        }
    return unknown ? { kind: 'unknown', text: unknown } : { kind: 'fail', text: reasons.join('; ') };
}
export function cisMetricFilterRule(id) {
    const control = CIS_CONTROLS[id];
    if (!control)
        throw new Error(`no CIS metric filter control ${id}`);
    const [v3, v5, v6] = control.cis;
    return defineRule({
        id,
        title: control.title,
        service: 'cloudwatch',
        topic: 'logging-and-monitoring',
        severity: control.severity,
        resourceType: 'AWS::Account',
        scope: 'account',
        requires: ['cloudtrail.trails', 'logs.metricFilters', 'cloudwatch.alarms'],
        uses: ['sns.topics'],
        params: z.object({ requireSubscribedTopic: z.boolean().default(false) }).default({ requireSubscribedTopic: false }),
        description: `Looks for a multi-Region CloudTrail trail that is logging, records all management events and delivers to a CloudWatch Logs log group; on that log group, a metric filter matching the CIS pattern for ${control.event} (term order, spacing and quoting ignored; extra event names allowed; extra narrowing conditions not); and a metric alarm on the filter's metric. With requireSubscribedTopic, the alarm must also have its actions on and notify an SNS topic with a confirmed subscription. Accepted pattern: ${control.patterns.join(' — or — ')}. The trail's home Region and its log group's Region must be part of the scan.`,
        risk: `${control.why} Without a metric filter and alarm, ${control.event} are recorded but nobody is told.`,
        remediation: {
            text: `In the CloudWatch console, open Log groups, select the log group your multi-Region trail delivers to, choose Actions > Create metric filter, paste the CIS pattern (${control.patterns[0]}), set a metric namespace and name with value 1; then choose Create alarm on that metric (Sum >= 1 over 5 minutes) and send it to an SNS topic that has a subscriber.`,
            cli: `aws logs put-metric-filter --log-group-name <trail-log-group> --filter-name ${id} --metric-transformations metricName=${id},metricNamespace=CISBenchmark,metricValue=1 --filter-pattern '${control.patterns[0]}'\naws cloudwatch put-metric-alarm --alarm-name ${id} --metric-name ${id} --namespace CISBenchmark --statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --alarm-actions <sns-topic-arn>`,
            terraform: `resource "aws_cloudwatch_log_metric_filter" "${id}" { name = "${id}" log_group_name = "<trail-log-group>" pattern = ${JSON.stringify(control.patterns[0])} metric_transformation { name = "${id}" namespace = "CISBenchmark" value = "1" } }`,
            url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html',
        },
        references: [`CIS AWS Foundations ${v3} (v3.0) / ${v5} (v5.0) / ${v6} (v6.0)`, ...(control.securityHub ? [`AWS Security Hub ${control.securityHub} (CIS 1.2/1.4 standards)`] : [])],
        evaluate({ inventory, account, params, collected }) {
            const ref = scopeRef(account, undefined, 'AWS::Account');
            const c = { inventory, account, requireSubscribedTopic: params.requireSubscribedTopic, snsCollected: collected('sns.topics') };
            const trails = inventory.all('AWS::CloudTrail::Trail');
            if (!trails.length)
                return [fail(ref, `Account ${account} has no CloudTrail trail in the scanned Regions, so nothing alarms on ${control.event}.`)];
            const verdicts = trails.map((t) => judgeTrail(t, control, c));
            const passed = verdicts.find((v) => v.kind === 'pass');
            if (passed && passed.kind === 'pass')
                return [pass(ref, `Account ${account} alarms on ${control.event}: ${passed.text}.`, passed.evidence)];
            const unknown = verdicts.filter((v) => v.kind === 'unknown').map((v) => v.text);
            const failed = verdicts.filter((v) => v.kind === 'fail').map((v) => v.text);
            if (unknown.length)
                return [error(ref, `Cannot tell whether account ${account} alarms on ${control.event}: ${unknown.join('; ')}.`, { unknown, failed })];
            return [fail(ref, `Account ${account} does not alarm on ${control.event}: ${failed.join('; ')}.`, { reasons: failed })];
        },
    });
}
