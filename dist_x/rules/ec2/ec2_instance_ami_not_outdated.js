import { z } from 'zod';
import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { dlcHostEvidence, dlcNote, liveInstances } from '../lib/hostInstances.js';
import { named, resourceRef } from '../lib/refs.js';
import { each } from '../lib/each.js';
const DAY = 86_400_000;
export default defineRule({
    id: 'ec2_instance_ami_not_outdated',
    title: 'EC2 instance runs an AMI that is current, not deprecated and still registered',
    service: 'ec2',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'medium',
    resourceType: 'AWS::EC2::Instance',
    requires: ['ec2.instances', 'ec2.images'],
    params: z.object({ maxAgeDays: z.number().int().positive().default(90) }).default({ maxAgeDays: 90 }),
    description: "Each instance's AMI is not past its deprecation time (Prowler ec2_instance_with_outdated_ami), was created no more than maxAgeDays ago (default 90, as CloudSploit oldAmi and Steampipe ec2_ami_not_older_than_90_days), and is still described by EC2. An AMI EC2 no longer describes was deregistered by its owner or is no longer shared with the account: its age and deprecation cannot be verified and the instance cannot be relaunched from it, so the rule fails it rather than pass it. Deep Learning AMIs and DLC hosts are named in the evidence.",
    risk: 'An old or deprecated image carries the operating system, drivers and libraries of its build date: every vulnerability fixed since then is open on the host unless it is patched in place, and replacement instances come up just as old.',
    remediation: {
        text: 'Build or pick a current AMI (for Deep Learning AMIs, the latest release of the same flavour: aws ec2 describe-images --owners amazon --filters "Name=name,Values=Deep Learning*"), update the launch template or Auto Scaling group to it, and replace the instance. Keep a pipeline (EC2 Image Builder) that rebuilds images on a schedule.',
        cli: 'aws ec2 describe-images --image-ids <ami-id> --include-deprecated --query "Images[].{Name:Name,Created:CreationDate,Deprecation:DeprecationTime}"',
        terraform: 'data "aws_ami" "current" { most_recent = true  owners = ["amazon"]  filter { name = "name"  values = ["<ami-name-pattern>"] } }',
        url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-deprecate.html',
    },
    references: ['Prowler ec2_instance_with_outdated_ami', 'CloudSploit oldAmi', 'CloudSploit outdatedAmiInUse', 'Steampipe ec2_ami_not_older_than_90_days'],
    evaluate(ctx) {
        const { maxAgeDays } = ctx.params;
        const images = new Map(ctx.inventory.all('AWS::EC2::Image').map((i) => [i.id, i]));
        return each(liveInstances(ctx.inventory.all('AWS::EC2::Instance')), (i) => {
            const dlc = dlcHostEvidence(ctx, i);
            const what = `Instance ${named(i)}${dlcNote(dlc)}`;
            const image = images.get(i.imageId);
            if (!image)
                return error(resourceRef(i), `The AMI ${i.imageId || '(none reported)'} of ${what} was not described in this scan.`, { imageId: i.imageId, ...dlc });
            if (!image.image.ok)
                return error(resourceRef(i), `Could not describe AMI ${i.imageId} of ${what}: ${image.image.error}`, { imageId: i.imageId, ...dlc });
            const a = image.image.value;
            if (!a)
                return fail(resourceRef(i), `${what} runs AMI ${i.imageId}, which EC2 no longer describes (deregistered or no longer shared), so its age and deprecation cannot be verified.`, { imageId: i.imageId, ...dlc });
            const deepLearningAmi = a.ownerAlias === 'amazon' && /^Deep Learning/i.test(a.name ?? '') ? true : undefined;
            const ageDays = a.creationDate ? Math.floor((ctx.asOf.getTime() - Date.parse(a.creationDate)) / DAY) : undefined;
            const evidence = { imageId: i.imageId, name: a.name, owner: a.ownerAlias ?? a.ownerId, creationDate: a.creationDate, ageDays, deprecationTime: a.deprecationTime, state: a.state, maxAgeDays, deepLearningAmi, ...dlc };
            const ami = `AMI ${i.imageId}${a.name ? ` (${a.name})` : ''}`;
            if (a.state && a.state !== 'available')
                return fail(resourceRef(i), `${what} runs ${ami}, whose state is ${a.state}.`, evidence);
            if (a.deprecationTime && Date.parse(a.deprecationTime) <= ctx.asOf.getTime())
                return fail(resourceRef(i), `${what} runs ${ami}, deprecated since ${a.deprecationTime}.`, evidence);
            if (ageDays === undefined || Number.isNaN(ageDays))
                return error(resourceRef(i), `${ami} of ${what} has no creation date, so its age is unknown.`, evidence);
            if (ageDays > maxAgeDays)
                return fail(resourceRef(i), `${what} runs ${ami}, created ${ageDays} days ago (limit ${maxAgeDays}).`, evidence);
            return pass(resourceRef(i), `${what} runs ${ami}, created ${ageDays} days ago and not deprecated.`, evidence);
        });
    },
});
