import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'ec2_launch_template_imdsv2_required',
    title: 'Launch template default version requires IMDSv2',
    service: 'ec2',
    topic: 'infrastructure-security',
    severity: 'medium',
    resourceType: 'AWS::EC2::LaunchTemplate',
    requires: ['ec2.launchTemplates'],
    description: 'The default version of each launch template sets metadata options with HttpTokens = required (or disables the metadata endpoint). A template that sets no metadata options fails, as in Security Hub EC2.170: its instances depend on AMI and account defaults.',
    risk: 'Auto Scaling groups, EKS node groups and batch fleets launch from templates; a template that allows IMDSv1 keeps recreating instances whose role credentials an SSRF or a container can read.',
    remediation: {
        text: 'In the EC2 console, open Launch templates, select the template, choose Actions > Modify template (Create new version), under Advanced details set Metadata version to V2 only (token required), then set the new version as default.',
        cli: 'aws ec2 create-launch-template-version --launch-template-id <lt-id> --source-version <n> --launch-template-data \'{"MetadataOptions":{"HttpTokens":"required"}}\' && aws ec2 modify-launch-template --launch-template-id <lt-id> --default-version <n+1>',
        terraform: 'resource "aws_launch_template" "x" { metadata_options { http_tokens = "required" } }',
        url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
    },
    references: ['AWS FSBP EC2.170'],
    evaluate({ inventory }) {
        return inventory.all('AWS::EC2::LaunchTemplate').map((t) => {
            // The collector reads the default version once for both fields; a failure shows in imageReferences.
            if (!t.imageReferences.ok)
                return error(resourceRef(t), `Could not read the default version of ${named(t)}: ${t.imageReferences.error}`);
            const m = t.metadataOptions;
            const version = t.defaultVersion ?? 'default';
            if (m?.httpEndpoint === 'disabled')
                return pass(resourceRef(t), `${named(t)} version ${version} disables the metadata endpoint.`, { metadataOptions: m });
            if (m?.httpTokens === 'required')
                return pass(resourceRef(t), `${named(t)} version ${version} requires IMDSv2.`, { metadataOptions: m });
            return fail(resourceRef(t), `${named(t)} version ${version} ${m ? `sets HttpTokens = ${m.httpTokens ?? 'unset'}` : 'sets no metadata options'}, so its instances may accept IMDSv1.`, { metadataOptions: m ?? null });
        });
    },
});
