import { z } from 'zod';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { isCustomerRecorder } from '../lib/configRecorders.js';
import { resourceRef } from '../lib/refs.js';
const FREQUENCY_DOC = 'https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html#select-resources-recording-frequency';
export default defineRule({
    id: 'config_recorder_recording_frequency_continuous',
    title: 'AWS Config records configuration changes continuously',
    service: 'config',
    topic: 'logging-and-monitoring',
    severity: 'low',
    resourceType: 'AWS::Config::ConfigurationRecorder',
    requires: ['config.recorders'],
    params: z
        .object({
        /** Resource types (e.g. AWS::EC2::NetworkInterface) for which daily recording is accepted, typically to save cost on high-churn types. */
        allowDailyResourceTypes: z.array(z.string()).default([]),
    })
        .default({ allowDailyResourceTypes: [] }),
    description: 'Each customer-managed recorder uses the CONTINUOUS recording frequency, and no recording-mode override switches resource types to DAILY unless they are listed in `allowDailyResourceTypes`. A recorder that reports no recording mode records continuously (the default).',
    risk: 'With daily recording AWS Config writes at most one configuration item per resource per day, and only the state at that moment: a security group opened and closed again, or a bucket policy made public for a few hours, leaves no trace, and Config rules and Firewall Manager react a day late.',
    remediation: {
        text: 'In the AWS Config console open Settings > Edit (customer managed recorder), under Recording frequency choose Continuous recording as the default, remove DAILY overrides for security-relevant types, and save.',
        cli: 'aws configservice put-configuration-recorder --configuration-recorder \'{"name":"<name>","roleARN":"<role-arn>","recordingMode":{"recordingFrequency":"CONTINUOUS"}}\' --recording-group <current-group-json>',
        cloudformation: 'Type: AWS::Config::ConfigurationRecorder\nProperties:\n  RecordingMode: { RecordingFrequency: CONTINUOUS }',
        url: 'https://docs.aws.amazon.com/config/latest/developerguide/managing-recorder_console-change-recording-frequency.html',
    },
    references: [FREQUENCY_DOC, 'https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingMode.html'],
    evaluate({ inventory, params }) {
        const allowed = new Set(params.allowDailyResourceTypes);
        return inventory
            .all('AWS::Config::ConfigurationRecorder')
            .filter(isCustomerRecorder)
            .map((r) => {
            const mode = r.recordingMode;
            if (!mode)
                return pass(resourceRef(r), `Recorder ${r.name} in ${r.region} reports no recording mode, so it records continuously (the default).`);
            if (mode.recordingFrequency === 'DAILY')
                return fail(resourceRef(r), `Recorder ${r.name} in ${r.region} records daily by default, so changes between two daily snapshots are not recorded.`, { recordingMode: mode });
            const daily = mode.overrides.filter((o) => o.recordingFrequency === 'DAILY').flatMap((o) => o.resourceTypes).filter((t) => !allowed.has(t));
            return daily.length
                ? fail(resourceRef(r), `Recorder ${r.name} in ${r.region} records ${daily.length} resource type(s) only daily: ${daily.slice(0, 5).join(', ')}${daily.length > 5 ? ', ...' : ''}.`, { dailyResourceTypes: daily, recordingMode: mode })
                : pass(resourceRef(r), `Recorder ${r.name} in ${r.region} records continuously${mode.overrides.length ? ' (daily overrides only for allowed types)' : ''}.`, { recordingMode: mode });
        });
    },
});
