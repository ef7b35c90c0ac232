import { defineRule, error, fail, pass, scopeRef } from '../../engine/defineRule.js';
import { CIS_CONFIG, CONFIG_1, isCustomerRecorder, RECORDER_DOC } from '../lib/configRecorders.js';
export default defineRule({
    id: 'config_recorder_enabled_all_regions',
    title: 'AWS Config is recording in every scanned Region',
    service: 'config',
    topic: 'compliance-validation',
    severity: 'medium',
    resourceType: 'AWS::Account',
    scope: 'account',
    requires: ['config.recorders'],
    description: 'One account-level answer to CIS "Ensure AWS Config is enabled in all regions": every scanned Region has a customer-managed recorder that is recording. It lists the Regions that lack one; the per-Region detail is config_recorder_enabled_in_region. A Region whose recorder status could not be read, with no Region known to be missing, is an error. Only scanned Regions are judged: scan every enabled Region for the full answer.',
    risk: 'Attackers favour Regions nobody watches. A Region without a recorder has no configuration history and no Config rules, so resources created there are invisible to the compliance view of the account.',
    remediation: {
        text: 'In each listed Region open the AWS Config console, choose Get started (or Settings > Edit), record all resource types with the service-linked role and an S3 delivery bucket, and start recording. At scale, deploy the recorder to every Region with a CloudFormation StackSet or AWS Control Tower.',
        cli: 'for r in <regions>; do aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=<slr-arn> --recording-group allSupported=true --region $r; aws configservice put-delivery-channel --delivery-channel name=default,s3BucketName=<bucket> --region $r; aws configservice start-configuration-recorder --configuration-recorder-name default --region $r; done',
        cloudformation: 'Deploy with a StackSet to all Regions:\nType: AWS::Config::ConfigurationRecorder\nProperties:\n  RecordingGroup: { AllSupported: true }',
        url: RECORDER_DOC,
    },
    references: [CIS_CONFIG, CONFIG_1, 'Prowler config_recorder_all_regions_enabled'],
    evaluate({ inventory, account }) {
        const ref = scopeRef(account, undefined, 'AWS::Account');
        const recorders = inventory.all('AWS::Config::ConfigurationRecorder').filter(isCustomerRecorder);
        const missing = [];
        const unknown = [];
        for (const region of inventory.regions) {
            const here = recorders.filter((r) => r.region === region);
            if (here.some((r) => r.status.ok && r.status.value?.recording))
                continue;
            if (here.some((r) => !r.status.ok))
                unknown.push(region);
            else
                missing.push(region);
        }
        if (missing.length)
            return [fail(ref, `AWS Config is not recording in ${missing.length} of ${inventory.regions.length} scanned Region(s): ${missing.join(', ')}.`, { regionsNotRecording: missing, regionsUnknown: unknown })];
        if (unknown.length)
            return [error(ref, `Could not read the recorder status in ${unknown.join(', ')}, so AWS Config coverage there is unknown.`, { regionsUnknown: unknown })];
        return [pass(ref, `AWS Config is recording in all ${inventory.regions.length} scanned Region(s).`)];
    },
});
