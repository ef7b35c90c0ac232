import { z } from 'zod';
import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from '../lib/refs.js';
const LEVELS = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];
/** Scan states whose summary is a finished scan of the image (COMPLETE: basic; ACTIVE: enhanced continuous scanning). */
const SCANNED = new Set(['COMPLETE', 'ACTIVE']);
export default defineRule({
    id: 'ecr_repository_latest_image_no_high_severity_findings',
    title: 'Latest image in each ECR repository is scanned and has no findings at or above the severity limit',
    service: 'ecr',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'high',
    resourceType: 'AWS::ECR::Repository',
    // ecr.repositories too: when it fails, ecr.latestImages finds no repositories yet reports ok.
    requires: ['ecr.repositories', 'ecr.latestImages'],
    params: z.object({ minSeverity: z.enum(LEVELS).default('HIGH') }).default({ minSeverity: 'HIGH' }),
    description: "The most recently pushed image of each repository has a finished scan (basic scan COMPLETE, or enhanced Amazon Inspector scanning ACTIVE) whose finding counts (DescribeImages imageScanFindingsSummary) have nothing at minSeverity or above (default HIGH). An image never scanned, whose scan failed, is unsupported or has not finished fails: there is nothing to show it is clean (as Prowler ecr_repositories_scan_vulnerabilities_in_latest_image). UNDEFINED and UNTRIAGED counts are not ranked. Empty repositories are not judged. Mirrors of Deep Learning Container images are judged like any other image.",
    risk: 'The newest image is what deployments pull next; a known HIGH or CRITICAL vulnerability in it ships to every task, pod or endpoint that starts from it.',
    remediation: {
        text: 'Open the repository in the ECR console, choose the image and its vulnerabilities, rebuild it on a patched base (for DLC images, the latest patch release of the same tag family), push it, and redeploy. Turn on scan on push or enhanced scanning (ECR > Private registry > Scanning) so every push is scanned.',
        cli: 'aws ecr describe-images --repository-name <repo> --query "sort_by(imageDetails,&imagePushedAt)[-1].{tags:imageTags,scan:imageScanStatus,counts:imageScanFindingsSummary.findingSeverityCounts}"',
        terraform: 'resource "aws_ecr_registry_scanning_configuration" "x" { scan_type = "ENHANCED"  rule { scan_frequency = "CONTINUOUS_SCAN"  repository_filter { filter = "*"  filter_type = "WILDCARD" } } }',
        url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
    },
    references: ['Prowler ecr_repositories_scan_vulnerabilities_in_latest_image'],
    evaluate({ inventory, params }) {
        const { minSeverity } = params;
        const counted = LEVELS.slice(0, LEVELS.indexOf(minSeverity) + 1);
        return inventory.all('AWS::ECR::LatestImage').flatMap((r) => {
            const ref = { ...resourceRef(r), type: 'AWS::ECR::Repository' };
            if (!r.image.ok)
                return [error(ref, `Could not list the images of repository ${named(r)}: ${r.image.error}`)];
            const img = r.image.value;
            if (!img)
                return [];
            const label = `the latest image of repository ${named(r)} (${img.tags.length ? img.tags.join(', ') : 'untagged'}, ${img.digest.slice(0, 19)}, pushed ${img.pushedAt ?? 'at an unknown time'})`;
            const evidence = { digest: img.digest, tags: img.tags, pushedAt: img.pushedAt, scanStatus: img.scanStatus ?? null, scanStatusDescription: img.scanStatusDescription, severityCounts: img.severityCounts, minSeverity };
            if (!img.scanStatus)
                return [fail(ref, `${cap(label)} has never been scanned.`, evidence)];
            if (!SCANNED.has(img.scanStatus))
                return [fail(ref, `${cap(label)} has no finished scan (status ${img.scanStatus}${img.scanStatusDescription ? `: ${img.scanStatusDescription}` : ''}).`, evidence)];
            if (!img.severityCounts)
                return [error(ref, `${cap(label)} was scanned (status ${img.scanStatus}) but DescribeImages returned no finding summary.`, evidence)];
            const over = counted.filter((l) => (img.severityCounts[l] ?? 0) > 0);
            return over.length
                ? [fail(ref, `${cap(label)} has ${over.map((l) => `${img.severityCounts[l]} ${l}`).join(', ')} finding(s).`, evidence)]
                : [pass(ref, `${cap(label)} has no finding at ${minSeverity} or above.`, evidence)];
        });
    },
});
const cap = (s) => s[0].toUpperCase() + s.slice(1);
