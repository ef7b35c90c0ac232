import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
import { describeUserDataHits } from '../../analysis/secrets/userDataSecrets.js';
export default defineRule({
    id: 'ec2_launch_template_user_data_no_secrets',
    title: 'Launch template versions hold no secrets in user data',
    service: 'ec2',
    topic: 'data-protection',
    severity: 'high',
    resourceType: 'AWS::EC2::LaunchTemplate',
    requires: ['ec2.launchTemplateUserData'],
    description: 'No version of the launch template (not only the default: any version can be read and launched) has user data with a credential-shaped value or a literal assigned to a variable whose name says it holds a secret. Findings name the version, line and kind of evidence, never the value.',
    risk: 'Launch template user data is readable by every principal allowed ec2:DescribeLaunchTemplateVersions and by every process on the instances launched from it; old versions keep the secret after the default moves on.',
    remediation: {
        text: 'Create a version without the secret (fetch it at boot from Secrets Manager or SSM Parameter Store with the instance role), make it the default, delete the versions that hold the secret (EC2 console > Launch templates > Actions > Delete template version), and rotate the exposed credential.',
        cli: 'aws ec2 delete-launch-template-versions --launch-template-id <lt-id> --versions <n> ...',
        terraform: 'resource "aws_launch_template" "x" { user_data = base64encode(templatefile("boot.sh", { secret_arn = aws_secretsmanager_secret.app.arn })) }',
        url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-add-user-data.html',
    },
    references: ['Prowler ec2_launch_template_no_secrets', 'Checkov CKV_AWS_46'],
    evaluate({ inventory }) {
        return inventory.all('AWS::EC2::LaunchTemplateUserData').map((t) => {
            const ref = { ...resourceRef(t), type: 'AWS::EC2::LaunchTemplate' };
            if (!t.versions.ok)
                return error(ref, `Could not read the versions of launch template ${named(t)}: ${t.versions.error}`);
            const versions = t.versions.value ?? [];
            const bad = versions.filter((v) => v.hits.length);
            if (bad.length)
                return fail(ref, `Launch template ${named(t)} holds what looks like a secret in the user data of version${bad.length > 1 ? 's' : ''} ${bad.map((v) => `${v.version}${v.version === t.defaultVersion ? ' (default)' : ''}: ${describeUserDataHits(v.hits)}`).join('; ')}.`, { defaultVersion: t.defaultVersion, versions: bad.map((v) => ({ version: v.version, hits: v.hits })) });
            const withData = versions.filter((v) => v.hasUserData).length;
            return pass(ref, `Launch template ${named(t)}: none of its ${versions.length} version(s) (${withData} with user data) holds anything that looks like a secret.`, { versions: versions.length, withUserData: withData });
        });
    },
});
