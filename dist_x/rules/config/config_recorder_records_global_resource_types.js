import { defineRule, error, fail, pass, scopeRef } from '../../engine/defineRule.js';
import { IAM_GLOBAL_TYPES, isCustomerRecorder, recordsIamTypes } from '../lib/configRecorders.js';
export default defineRule({
    id: 'config_recorder_records_global_resource_types',
    title: 'Global IAM resource types are recorded in at least one Region',
    service: 'config',
    topic: 'logging-and-monitoring',
    severity: 'medium',
    resourceType: 'AWS::Account',
    scope: 'account',
    requires: ['config.recorders'],
    description: 'At least one recording, customer-managed recorder in the scanned Regions records the global IAM resource types (users, groups, roles, customer managed policies). AWS recommends recording them in one Region only, to avoid duplicate configuration items, so this is an account-level check rather than a per-Region one.',
    risk: 'IAM users, roles and policies are the first thing an attacker changes; without recording them there is no history of who gained which permission and when.',
    remediation: {
        text: 'Pick one Region (usually the home Region). In its AWS Config console open Settings > Edit, keep "All resource types" and turn on "Include globally recorded IAM resource types", then save.',
        cli: 'aws configservice put-configuration-recorder --configuration-recorder name=<name>,roleARN=<role-arn> --recording-group allSupported=true,includeGlobalResourceTypes=true --region <home-region>',
        terraform: 'resource "aws_config_configuration_recorder" "home" { recording_group { all_supported = true include_global_resource_types = true } }',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html',
    },
    references: ['https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingGroup.html'],
    evaluate({ inventory, account }) {
        const ref = scopeRef(account, undefined, 'AWS::Account');
        const recorders = inventory.all('AWS::Config::ConfigurationRecorder').filter(isCustomerRecorder);
        const good = recorders.find((r) => recordsIamTypes(r) && r.status.ok && r.status.value?.recording);
        if (good)
            return [pass(ref, `Recorder ${good.name} in ${good.region} records the global IAM resource types.`, { recorder: good.id })];
        const unread = recorders.find((r) => recordsIamTypes(r) && !r.status.ok);
        if (unread && !unread.status.ok)
            return [error(ref, `Recorder ${unread.name} in ${unread.region} would record IAM types, but its status could not be read: ${unread.status.error}`)];
        return [
            fail(ref, `No recording AWS Config recorder in the scanned Regions (${inventory.regions.join(', ')}) records ${IAM_GLOBAL_TYPES.join(', ')}.`, {
                recorders: recorders.map((r) => ({ id: r.id, region: r.region, includeGlobalResourceTypes: r.recordingGroup.includeGlobalResourceTypes })),
            }),
        ];
    },
});
