import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { dlcHostEvidence, dlcNote, liveInstances } from '../lib/hostInstances.js';
import { named, resourceRef } from '../lib/refs.js';
import { describeUserDataHits } from '../../analysis/secrets/userDataSecrets.js';
import { each } from '../lib/each.js';
export default defineRule({
    id: 'ec2_instance_user_data_no_secrets',
    title: 'EC2 instance user data holds no secrets',
    service: 'ec2',
    topic: 'data-protection',
    severity: 'high',
    resourceType: 'AWS::EC2::Instance',
    requires: ['ec2.instances', 'ec2.instanceUserData'],
    description: "The instance's user data (base64, gzip and MIME decoded) has no credential-shaped value (access keys, private keys, provider tokens, passwords in URLs) and assigns no literal to a variable whose name says it holds a secret. Findings name the line and the kind of evidence, never the value; posture keeps only that, not the user data. DLC hosts are named in the evidence.",
    risk: 'AWS: user data "is not protected by authentication or cryptographic methods". Every process on the instance can read it from IMDS, and every principal allowed ec2:DescribeInstanceAttribute can read it from the API, long after boot.',
    remediation: {
        text: 'Move the secret to AWS Secrets Manager or SSM Parameter Store (SecureString) and fetch it at boot with the instance role; rotate the exposed credential. User data can only be changed while the instance is stopped: stop it, choose Actions > Instance settings > Edit user data, remove the secret, and start it.',
        cli: 'aws ec2 modify-instance-attribute --instance-id <instance-id> --attribute userData --value file://user-data-without-secrets.b64  # instance stopped',
        terraform: 'resource "aws_instance" "x" { user_data = templatefile("boot.sh", { secret_arn = aws_secretsmanager_secret.app.arn }) }',
        url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-add-user-data.html',
    },
    references: ['Prowler ec2_instance_secrets_user_data', 'ScoutSuite ec2-instance-with-user-data-secrets', 'Steampipe ec2_instance_user_data_no_secrets'],
    evaluate(ctx) {
        const scans = new Map(ctx.inventory.all('AWS::EC2::InstanceUserData').map((u) => [u.id, u]));
        return each(liveInstances(ctx.inventory.all('AWS::EC2::Instance')), (i) => {
            const dlc = dlcHostEvidence(ctx, i);
            const what = `Instance ${named(i)}${dlcNote(dlc)}`;
            const scan = scans.get(i.id);
            if (!scan)
                return error(resourceRef(i), `The user data of ${what} was not read in this scan.`, { ...dlc });
            if (!scan.hits.ok)
                return error(resourceRef(i), `Could not read the user data of ${what}: ${scan.hits.error}`, { ...dlc });
            const hits = scan.hits.value;
            if (hits === null)
                return pass(resourceRef(i), `${what} has no user data.`, { ...dlc });
            return hits.length
                ? fail(resourceRef(i), `The user data of ${what} holds what looks like a secret: ${describeUserDataHits(hits)}.`, { hits, ...dlc })
                : pass(resourceRef(i), `The user data of ${what} holds nothing that looks like a secret.`, { ...dlc });
        });
    },
});
