import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { CONFIG_1, isCustomerRecorder, RECORDER_DOC, recordsAllTypes } from '../lib/configRecorders.js';
import { resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'config_recorder_records_all_resource_types',
    title: 'AWS Config recorder records all supported resource types',
    service: 'config',
    topic: 'logging-and-monitoring',
    severity: 'medium',
    resourceType: 'AWS::Config::ConfigurationRecorder',
    requires: ['config.recorders'],
    description: 'The customer-managed recorder records every current and future supported resource type: the "all resource types" strategy, or the exclusion strategy with nothing excluded. Global IAM types are checked separately (config_recorder_records_global_resource_types).',
    risk: 'Resource types left out of recording have no configuration history and are invisible to Config rules and Security Hub controls, so misconfigurations of exactly those resources go unnoticed.',
    remediation: {
        text: 'In the AWS Config console of the Region, open Settings > Edit, set Recording strategy to "All resource types with customizable overrides" without overrides that stop recording, and save.',
        cli: 'aws configservice put-configuration-recorder --configuration-recorder name=<name>,roleARN=<role-arn> --recording-group allSupported=true,includeGlobalResourceTypes=<true|false> --region <region>',
        terraform: 'resource "aws_config_configuration_recorder" "this" { recording_group { all_supported = true } }',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html',
    },
    references: [CONFIG_1, RECORDER_DOC],
    evaluate({ inventory }) {
        return inventory
            .all('AWS::Config::ConfigurationRecorder')
            .filter(isCustomerRecorder)
            .map((r) => {
            const g = r.recordingGroup;
            if (recordsAllTypes(r))
                return pass(resourceRef(r), `Recorder ${r.name} in ${r.region} records all supported resource types.`);
            const evidence = { recordingStrategy: g.recordingStrategy, allSupported: g.allSupported, resourceTypes: g.resourceTypes, exclusionResourceTypes: g.exclusionResourceTypes };
            return g.recordingStrategy === 'EXCLUSION_BY_RESOURCE_TYPES'
                ? fail(resourceRef(r), `Recorder ${r.name} in ${r.region} excludes ${g.exclusionResourceTypes.length} resource type(s) from recording: ${g.exclusionResourceTypes.slice(0, 5).join(', ')}${g.exclusionResourceTypes.length > 5 ? ', ...' : ''}.`, evidence)
                : fail(resourceRef(r), `Recorder ${r.name} in ${r.region} records only ${g.resourceTypes.length} listed resource type(s), not all supported types.`, evidence);
        });
    },
});
