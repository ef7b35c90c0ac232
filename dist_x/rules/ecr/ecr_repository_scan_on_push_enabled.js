import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { scanCoverage } from '../lib/ecrScanning.js';
import { named, resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'ecr_repository_scan_on_push_enabled',
    title: 'Images pushed to the repository are scanned for vulnerabilities',
    service: 'ecr',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'medium',
    resourceType: 'AWS::ECR::Repository',
    requires: ['ecr.repositories', 'ecr.registryScanning'],
    description: 'A private repository is scanned on push when a registry scanning rule covers it (scan on push, or continuous scanning with enhanced scanning) or, with basic scanning, when its own (deprecated) scan-on-push setting is on. Under enhanced scanning, repositories no registry filter matches are not scanned at all.',
    risk: 'Images with known vulnerabilities (including outdated framework and CUDA layers in deep learning images) are pulled and run without anyone being told.',
    remediation: {
        text: 'In the Amazon ECR console, choose Private registry > Settings > Scanning, and add a scan-on-push (basic) or continuous/scan-on-push (enhanced) rule whose filter matches the repository, e.g. "*".',
        cli: 'aws ecr put-registry-scanning-configuration --scan-type BASIC --rules \'[{"scanFrequency":"SCAN_ON_PUSH","repositoryFilters":[{"filter":"*","filterType":"WILDCARD"}]}]\'',
        terraform: 'resource "aws_ecr_registry_scanning_configuration" "this" { scan_type = "BASIC" rule { scan_frequency = "SCAN_ON_PUSH" repository_filter { filter = "*" filter_type = "WILDCARD" } } }',
        url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
    },
    references: ['AWS FSBP ECR.1'],
    evaluate({ inventory }) {
        const registry = inventory.all('AWS::ECR::RegistryScanningConfiguration')[0];
        return inventory.all('AWS::ECR::Repository').map((r) => {
            const c = scanCoverage(r, registry);
            return c.scanned
                ? pass(resourceRef(r), `${named(r)} is scanned on push through ${c.how}.`, { scanType: registry?.scanType ?? 'BASIC' })
                : fail(resourceRef(r), `${named(r)} is not scanned on push: ${c.how}.`, { scanType: registry?.scanType ?? 'BASIC', rules: registry?.rules ?? [] });
        });
    },
});
