import { z } from 'zod';
import { defineRule, fail, pass } from '../../engine/defineRule.js';
import { personalData } from '../lib/personalData.js';
import { resourceRef } from '../lib/refs.js';
import { compilePatterns, sensitiveText } from '../../analysis/secrets/sensitiveText.js';
const SECURITY_DOC = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/servicelens_canaries_security.html';
export default defineRule({
    id: 'synthetics_canary_name_no_sensitive_info',
    title: 'Canary name reveals no secrets or personal data',
    service: 'synthetics',
    topic: 'canary-security',
    severity: 'medium',
    resourceType: 'AWS::Synthetics::Canary',
    requires: ['synthetics.canaries'],
    params: z
        .object({
        /** Case-insensitive regular expressions for proprietary terms that must not appear in canary names (project code names, customer names). */
        extraPatterns: z.array(z.string()).default([]),
    })
        .default({ extraPatterns: [] }),
    description: 'Each canary name contains nothing shaped like a credential (access keys, tokens, passwords, private keys), no e-mail address or international telephone number, and nothing matching `extraPatterns` (your proprietary terms). AWS: "The canary ARN includes the canary name. Choose canary names that do not reveal proprietary information."',
    risk: 'The canary ARN, and with it the name, is sent in the User-Agent header of every request the canary\'s browser makes, so it reaches the target\'s logs, CDNs and any third party the page loads; the name is also in CloudWatch metrics and CloudTrail.',
    remediation: {
        text: 'A canary cannot be renamed. Create a new canary with a neutral name (same script, schedule, role and artifact location), delete the old one, and rotate any credential its name exposed.',
        cli: 'aws synthetics create-canary --name <neutral-name> ...; aws synthetics stop-canary --name <old-name>; aws synthetics delete-canary --name <old-name> --delete-lambda',
        cloudformation: 'Type: AWS::Synthetics::Canary\nProperties:\n  Name: <neutral-name>',
        url: SECURITY_DOC,
    },
    references: [SECURITY_DOC, 'https://docs.aws.amazon.com/AmazonSynthetics/latest/APIReference/API_CreateCanary.html'],
    evaluate({ inventory, params }) {
        const extra = compilePatterns(params.extraPatterns);
        return inventory.all('AWS::Synthetics::Canary').map((c) => {
            const name = c.name ?? c.id;
            const kinds = [...sensitiveText('name', name).map((h) => h.kind), ...personalData(name, ['email', 'phone'], extra)];
            // The name is what leaks: the message describes it instead of repeating it.
            return kinds.length
                ? fail(resourceRef(c), `A canary in ${c.region} has a name containing ${kinds.join(', ')}; the name goes out in the User-Agent of every request it makes.`, { kinds })
                : pass(resourceRef(c), `Canary ${name}: its name shows no secret, personal data or listed proprietary term.`);
        });
    },
});
