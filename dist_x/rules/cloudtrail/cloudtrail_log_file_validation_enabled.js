import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'cloudtrail_log_file_validation_enabled',
    title: 'Trail has log file integrity validation enabled',
    service: 'cloudtrail',
    topic: 'logging-and-monitoring',
    severity: 'medium',
    resourceType: 'AWS::CloudTrail::Trail',
    requires: ['cloudtrail.trails'],
    description: 'Each trail writes signed digest files (log file validation), so that a changed or deleted log file can be detected.',
    risk: 'Without digests, someone who can write to the log bucket can alter or remove records of their activity and nobody can prove it.',
    remediation: {
        text: 'In the CloudTrail console, open Trails, select the trail, choose Edit under General details, select "Log file validation: Enabled", and save.',
        cli: 'aws cloudtrail update-trail --name <trail> --enable-log-file-validation',
        terraform: 'resource "aws_cloudtrail" "x" { enable_log_file_validation = true }',
        url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-enabling.html',
    },
    references: ['CIS AWS Foundations 3.2 (v3.0)', 'AWS FSBP CloudTrail.4'],
    evaluate({ inventory }) {
        return inventory
            .all('AWS::CloudTrail::Trail')
            .map((t) => t.logFileValidationEnabled
            ? pass(resourceRef(t), `Trail ${named(t)} has log file validation enabled.`)
            : fail(resourceRef(t), `Trail ${named(t)} has log file validation disabled.`));
    },
});
