import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { resourceRef } from '../lib/refs.js';
export default defineRule({
    id: 'ecr_registry_enhanced_scanning_enabled',
    title: 'Private registry uses enhanced (Amazon Inspector) scanning',
    service: 'ecr',
    topic: 'configuration-and-vulnerability-analysis',
    severity: 'low',
    resourceType: 'AWS::ECR::RegistryScanningConfiguration',
    requires: ['ecr.registryScanning'],
    description: 'The registry scanning configuration of the region is ENHANCED with at least one rule. Enhanced scanning covers programming-language packages as well as the operating system and keeps rescanning images as new vulnerabilities are published; basic scanning checks OS packages once.',
    risk: 'Python, Conda and other language packages in deep learning images go unscanned, and vulnerabilities disclosed after an image was pushed are never reported.',
    remediation: {
        text: 'In the Amazon ECR console, choose Private registry > Settings > Scanning, select Enhanced scanning, keep "Continuously scan all repositories" (or add filters), and save. Amazon Inspector is enabled for ECR and billed per image.',
        cli: 'aws ecr put-registry-scanning-configuration --scan-type ENHANCED --rules \'[{"scanFrequency":"CONTINUOUS_SCAN","repositoryFilters":[{"filter":"*","filterType":"WILDCARD"}]}]\'',
        terraform: 'resource "aws_ecr_registry_scanning_configuration" "this" { scan_type = "ENHANCED" rule { scan_frequency = "CONTINUOUS_SCAN" repository_filter { filter = "*" filter_type = "WILDCARD" } } }',
        url: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning-enhanced.html',
    },
    references: [],
    evaluate({ inventory }) {
        return inventory.all('AWS::ECR::RegistryScanningConfiguration').map((c) => {
            const where = `The ECR registry in ${c.region}`;
            if (c.scanType !== 'ENHANCED')
                return fail(resourceRef(c), `${where} uses ${c.scanType} scanning.`, { scanType: c.scanType });
            return c.rules.length
                ? pass(resourceRef(c), `${where} uses enhanced scanning with filters ${c.rules.flatMap((r) => r.filters.map((f) => `"${f}" (${r.scanFrequency})`)).join(', ')}.`, { rules: c.rules })
                : fail(resourceRef(c), `${where} is set to enhanced scanning but has no rule, so no repository is scanned.`, { rules: [] });
        });
    },
});
