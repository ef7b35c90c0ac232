import { defineRule, error, fail, pass, scopeRef } from '../../engine/defineRule.js';
import { CIS_CONFIG, CONFIG_1, isCustomerRecorder, RECORDER_DOC } from '../lib/configRecorders.js';
export default defineRule({
    id: 'config_recorder_enabled_in_region',
    title: 'AWS Config recorder exists and is recording in the Region',
    service: 'config',
    topic: 'logging-and-monitoring',
    severity: 'high',
    resourceType: 'AWS::Region',
    requires: ['config.recorders'],
    description: 'Every scanned Region has a customer-managed AWS Config configuration recorder that is currently recording. Service-linked recorders that another AWS service created for its own use do not count.',
    risk: 'Without a recorder there is no configuration history in that Region: changes made there (often by an attacker who picked an unused Region) cannot be investigated, and Config rules and Security Hub controls have nothing to evaluate.',
    remediation: {
        text: 'Open the AWS Config console in the Region, choose Get started (or Settings > Edit), record all resource types, pick the delivery bucket and the service-linked role, and save; if a recorder exists but is stopped, choose Settings > Recording is off > Turn on.',
        cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=arn:aws:iam::<account>:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig --recording-group allSupported=true,includeGlobalResourceTypes=true --region <region> && aws configservice start-configuration-recorder --configuration-recorder-name default --region <region>',
        cloudformation: 'Type: AWS::Config::ConfigurationRecorder\nProperties:\n  RoleARN: !Sub arn:aws:iam::${AWS::AccountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig\n  RecordingGroup: { AllSupported: true }',
        terraform: 'resource "aws_config_configuration_recorder" "this" { role_arn = "<role-arn>" recording_group { all_supported = true } }\nresource "aws_config_configuration_recorder_status" "this" { name = aws_config_configuration_recorder.this.name is_enabled = true depends_on = [aws_config_delivery_channel.this] }',
        url: RECORDER_DOC,
    },
    references: [CIS_CONFIG, CONFIG_1],
    evaluate({ inventory, account, region }) {
        const ref = scopeRef(account, region, 'AWS::Region');
        const recorders = inventory.all('AWS::Config::ConfigurationRecorder').filter(isCustomerRecorder);
        if (!recorders.length)
            return [fail(ref, `No AWS Config configuration recorder exists in ${region}.`)];
        const recording = recorders.find((r) => r.status.ok && r.status.value?.recording);
        if (recording)
            return [pass(ref, `Recorder ${recording.name} is recording in ${region}.`, { recorder: recording.id })];
        const unread = recorders.find((r) => !r.status.ok);
        if (unread && !unread.status.ok)
            return [error(ref, `Could not read the status of recorder ${unread.name} in ${region}: ${unread.status.error}`)];
        return [fail(ref, `Recorder ${recorders.map((r) => r.name).join(', ')} in ${region} exists but is not recording.`, { recorders: recorders.map((r) => r.id) })];
    },
});
