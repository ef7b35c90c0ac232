import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { dlcHostEvidence, dlcNote, liveInstances } from '../lib/hostInstances.js';
import { named, resourceRef } from '../lib/refs.js';
import { each } from '../lib/each.js';
export default defineRule({
    id: 'ec2_instance_managed_by_ssm',
    title: 'EC2 instance is managed by Systems Manager',
    service: 'ec2',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'medium',
    resourceType: 'AWS::EC2::Instance',
    requires: ['ec2.instances', 'ssm.managedInstances'],
    description: 'Every running or stopped instance is registered with AWS Systems Manager (DescribeInstanceInformation), as Security Hub SSM.1 asks ("checks whether the stopped and running EC2 instances in your account are managed by AWS Systems Manager"). A running instance whose SSM Agent has stopped reporting (ping status ConnectionLost) or whose registration is Inactive fails too, as in the AWS Config rule ec2-instance-managed-by-systems-manager. DLC hosts (DLC telemetry tag) are named in the evidence.',
    risk: 'An instance outside Systems Manager gets no Patch Manager scans or patching, no inventory and no Session Manager access, so people reach it over SSH and its operating system and GPU drivers drift unpatched.',
    remediation: {
        text: 'Give the instance a role with AmazonSSMManagedInstanceCore (or turn on Default Host Management Configuration in Systems Manager > Fleet Manager > Settings), make sure SSM Agent runs (it is preinstalled on Amazon Linux, Ubuntu and the Deep Learning AMIs) and that the instance reaches the ssm, ssmmessages and ec2messages endpoints.',
        cli: 'aws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=<profile-with-AmazonSSMManagedInstanceCore>',
        terraform: 'resource "aws_iam_role_policy_attachment" "ssm" { role = aws_iam_role.instance.name  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore" }',
        url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/managed_instances.html',
    },
    references: ['AWS FSBP SSM.1', 'AWS Config ec2-instance-managed-by-systems-manager', 'Prowler ec2_instance_managed_by_ssm', 'Steampipe ec2_instance_ssm_managed'],
    evaluate(ctx) {
        const managed = new Map(ctx.inventory.all('AWS::SSM::ManagedInstance').map((m) => [m.id, m]));
        return each(liveInstances(ctx.inventory.all('AWS::EC2::Instance')), (i) => {
            const dlc = dlcHostEvidence(ctx, i);
            const m = managed.get(i.id);
            const what = `Instance ${named(i)}${dlcNote(dlc)}`;
            if (!m)
                return fail(resourceRef(i), `${what} is not registered with Systems Manager.`, { state: i.state, iamInstanceProfileArn: i.iamInstanceProfileArn ?? null, ...dlc });
            const evidence = { state: i.state, pingStatus: m.pingStatus, lastPingDateTime: m.lastPingDateTime, agentVersion: m.agentVersion, ...dlc };
            if (m.pingStatus === 'Inactive')
                return fail(resourceRef(i), `${what} has an Inactive Systems Manager registration.`, evidence);
            // A stopped instance's agent cannot ping; its registration is what makes it managed.
            if (i.state === 'running' && m.pingStatus !== 'Online')
                return fail(resourceRef(i), `${what} is running but its SSM Agent is not reporting (ping status ${m.pingStatus ?? 'unknown'} since ${m.lastPingDateTime ?? 'unknown'}).`, evidence);
            return pass(resourceRef(i), `${what} is managed by Systems Manager (ping status ${m.pingStatus ?? 'unknown'}).`, evidence);
        });
    },
});
