import { z } from 'zod';
import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { dlcHostEvidence, dlcNote, liveInstances } from '../lib/hostInstances.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'ec2_instance_no_high_severity_inspector_findings',
    title: 'EC2 instance is scanned by Amazon Inspector and has no active high or critical findings',
    service: 'ec2',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'high',
    resourceType: 'AWS::EC2::Instance',
    requires: ['ec2.instances', 'inspector2.findings'],
    params: z.object({ minSeverity: z.enum(['HIGH', 'CRITICAL']).default('HIGH') }).default({ minSeverity: 'HIGH' }),
    description: 'Amazon Inspector reports no ACTIVE finding of minSeverity or above (default HIGH: HIGH and CRITICAL) on the instance. The rule only passes an instance it knows Inspector scans: EC2 scanning is ENABLED in the region (BatchGetAccountStatus) and the instance is covered with scan status ACTIVE (ListCoverage). With EC2 scanning off the instance fails (its vulnerabilities are unknown, which is the gap the rule exists to close), and an instance Inspector does not scan (no SSM Agent, unsupported OS) fails with the reason Inspector gives. Stopped instances are judged only on findings Inspector still holds. DLC hosts are named in the evidence; ECR images (DLC images included) are judged by ecr_repository_latest_image_no_high_severity_findings.',
    risk: 'A known HIGH or CRITICAL vulnerability in the operating system, drivers or Python packages of a host is what attackers scan the internet for; an unscanned host may carry any number of them unseen.',
    remediation: {
        text: 'Open Amazon Inspector > Findings > By instance, patch or replace the instance (Systems Manager Patch Manager, or a newer AMI) and check the findings close. If EC2 scanning is off, turn it on in Amazon Inspector > Account management; if the instance is not covered, install and register SSM Agent (or use agentless scanning).',
        cli: 'aws inspector2 enable --resource-types EC2 && aws inspector2 list-findings --filter-criteria \'{"resourceId":[{"comparison":"EQUALS","value":"<instance-id>"}],"severity":[{"comparison":"EQUALS","value":"CRITICAL"}]}\'',
        terraform: 'resource "aws_inspector2_enabler" "ec2" { account_ids = ["<account-id>"]  resource_types = ["EC2"] }',
        url: 'https://docs.aws.amazon.com/inspector/latest/user/scanning-ec2.html',
    },
    references: ['Steampipe ec2_instance_no_high_level_finding_in_inspector_scan'],
    evaluate(ctx) {
        const { minSeverity } = ctx.params;
        const scanning = ctx.inventory.all('AWS::Inspector2::Scanning')[0];
        // Indexed by instance: a region lists tens of thousands of covered instances, and every instance asks.
        const findings = new Map(scanning?.ec2Findings.ok ? (scanning.ec2Findings.value ?? []).map((x) => [x.instanceId, x]) : []);
        const coverage = new Map(scanning?.ec2Coverage.ok ? (scanning.ec2Coverage.value ?? []).map((x) => [x.instanceId, x]) : []);
        const out = [];
        for (const i of liveInstances(ctx.inventory.all('AWS::EC2::Instance'))) {
            const dlc = dlcHostEvidence(ctx, i);
            const what = `Instance ${named(i)}${dlcNote(dlc)}`;
            if (!scanning) {
                out.push(error(resourceRef(i), `Amazon Inspector's state in ${i.region} was not read in this scan.`, { ...dlc }));
                continue;
            }
            if (!scanning.ec2Findings.ok) {
                out.push(error(resourceRef(i), `Could not read Amazon Inspector findings in ${i.region}: ${scanning.ec2Findings.error}`, { ...dlc }));
                continue;
            }
            const f = findings.get(i.id);
            const count = f ? f.critical + (minSeverity === 'HIGH' ? f.high : 0) : 0;
            if (f && count > 0) {
                out.push(fail(resourceRef(i), `${what} has ${f.critical} critical${minSeverity === 'HIGH' ? ` and ${f.high} high` : ''} active Inspector finding(s) (${f.vulnerabilities.slice(0, 5).join(', ')}).`, { critical: f.critical, high: f.high, vulnerabilities: f.vulnerabilities, minSeverity, ...dlc }));
                continue;
            }
            if (scanning.ec2Status !== 'ENABLED') {
                out.push(fail(resourceRef(i), `Amazon Inspector EC2 scanning is ${scanning.ec2Status} in ${i.region}, so the vulnerabilities of ${what} are unknown.`, { ec2Status: scanning.ec2Status, ...dlc }));
                continue;
            }
            // A stopped instance is not scanned; without a finding there is nothing to judge.
            if (i.state !== 'running')
                continue;
            if (!scanning.ec2Coverage.ok) {
                out.push(error(resourceRef(i), `Could not read which instances Amazon Inspector scans in ${i.region}: ${scanning.ec2Coverage.error}`, { ...dlc }));
                continue;
            }
            const c = coverage.get(i.id);
            if (!c)
                out.push(fail(resourceRef(i), `${what} is not among the instances Amazon Inspector covers in ${i.region}.`, { ...dlc }));
            else if (c.statusCode !== 'ACTIVE')
                out.push(fail(resourceRef(i), `Amazon Inspector does not scan ${what} (scan status ${c.statusCode}${c.reason ? `, ${c.reason}` : ''}).`, { scanStatus: c, ...dlc }));
            else
                out.push(pass(resourceRef(i), `Amazon Inspector scans ${what} and reports no active ${minSeverity === 'HIGH' ? 'high or critical' : 'critical'} finding.`, { scanStatus: c, minSeverity, ...dlc }));
        }
        return out;
    },
});
