import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
import { each } from '../lib/each.js';

export default defineRule({
  id: 'ec2_instance_imdsv2_required',
  title: 'EC2 instance requires IMDSv2',
  service: 'ec2',
  topic: 'infrastructure-security',
  severity: 'high',
  resourceType: 'AWS::EC2::Instance',
  requires: ['ec2.instances'],
  description: 'Instances require session tokens for the instance metadata service (HttpTokens = required) or have it turned off.',
  risk: 'IMDSv1 answers any GET, so a server-side request forgery or a container on the host can read the instance role credentials.',
  remediation: {
    text: 'In the EC2 console, select the instance, choose Actions > Instance settings > Modify instance metadata options, and set IMDSv2 to Required.',
    cli: 'aws ec2 modify-instance-metadata-options --instance-id <instance-id> --http-tokens required --http-endpoint enabled',
    terraform: 'resource "aws_instance" "x" { metadata_options { http_tokens = "required" } }',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
  },
  references: ['CIS AWS Foundations 5.6 (v3.0) / 5.7 (v5.0)', 'AWS FSBP EC2.8'],
  evaluate({ inventory }) {
    return each(inventory.all('AWS::EC2::Instance'), (i) =>
      i.metadataOptions.httpEndpoint === 'disabled' || i.metadataOptions.httpTokens === 'required'
        ? pass(resourceRef(i), `${i.id} requires IMDSv2 (or has the metadata endpoint disabled).`, { metadataOptions: i.metadataOptions })
        : fail(resourceRef(i), `${i.id} accepts IMDSv1 (HttpTokens = ${i.metadataOptions.httpTokens ?? 'unset'}).`, { metadataOptions: i.metadataOptions }),
    );
  },
});
