import { z } from 'zod';
import { defineRule, error, fail, pass } from '../../engine/defineRule.js';
import { named, resourceRef } from './refs.js';
import { PERSONAL_DATA_KINDS, personalData } from './personalData.js';
import { compilePatterns } from '../../analysis/secrets/sensitiveText.js';
import { RG_SECURITY_DOC } from './tagRules.js';
const params = z
    .object({
    /** Which kinds of personal data to look for. */
    detect: z.array(z.enum(PERSONAL_DATA_KINDS)).default([...PERSONAL_DATA_KINDS]),
    /** Tag keys (case-sensitive) whose values may hold personal data by policy, e.g. a mandated "Owner" e-mail. */
    exemptTagKeys: z.array(z.string()).default([]),
    /** More case-insensitive regular expressions that count as personal data (national ID formats...). */
    extraPatterns: z.array(z.string()).default([]),
})
    .default({ detect: [...PERSONAL_DATA_KINDS], exemptTagKeys: [], extraPatterns: [] });
/** "Do not store personally identifiable information (PII) or other confidential or sensitive information in tags." */
const DATA_PROTECTION_DOC = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resourcegroups-group-tag.html';
/** "Tags (and, for groups, name and description) hold no personal data" for one kind of tagged thing. */
export function tagsNoPersonalDataRule(v) {
    const s = v.subject;
    const what = v.withNameAndDescription ? 'tags, name and description' : 'tags';
    return defineRule({
        id: v.id,
        title: `${s.noun[0].toUpperCase()}${s.noun.slice(1)} ${what} hold no personal data`,
        service: 'resource-groups',
        topic: 'data-protection',
        severity: 'low',
        resourceType: s.resourceType,
        requires: [s.collector],
        params,
        description: `${s.scopeNote} Fails when a tag key or value${v.withNameAndDescription ? ', or the group name or description,' : ''} contains an e-mail address or a telephone number in international form (+ and 8-15 digits); \`detect\` narrows the kinds, \`extraPatterns\` adds more, \`exemptTagKeys\` lists keys whose values may carry personal data by your own policy (for example a mandated Owner e-mail). Findings name the tag key and the kind, never the value. Credentials are judged by the *_no_secrets rules.`,
        risk: 'AWS: "Do not store personally identifiable information (PII) or other confidential or sensitive information in tags", and for Resource Groups "Do not put sensitive information in group names". Tags and names are returned to anyone with tag:GetResources or a describe permission, copied into billing reports and diagnostic logs, and are not covered by encryption or data-protection policies.',
        remediation: {
            text: 'Open Tag Editor (Resource Groups & Tag Editor console), find the resource, and replace the value with a non-personal reference (a team alias, a distribution list, an employee or ticket id). For a group description, open the group in the Resource Groups console and choose Edit.',
            cli: s.resourceType === 'AWS::ResourceGroups::Group'
                ? 'aws resource-groups tag --arn <group-arn> --tags <key>=<team-alias>; aws resource-groups update-group --group <group-arn> --description "<neutral text>"'
                : 'aws resourcegroupstaggingapi tag-resources --resource-arn-list <arn> --tags <key>=<team-alias>',
            url: 'https://docs.aws.amazon.com/tag-editor/latest/userguide/best-practices-and-strats.html',
        },
        references: [DATA_PROTECTION_DOC, RG_SECURITY_DOC],
        evaluate({ inventory, params: p }) {
            const extra = compilePatterns(p.extraPatterns);
            const exempt = new Set(p.exemptTagKeys);
            return s.list(inventory).map((r) => {
                const tags = s.tags(r);
                if (!tags.ok)
                    return error(resourceRef(r), `Could not read the tags of ${s.noun} ${named(r)}: ${tags.error}`);
                const hits = [];
                for (const [key, value] of Object.entries(tags.value ?? {})) {
                    const inKey = personalData(key, p.detect, extra);
                    for (const kind of inKey)
                        hits.push({ where: 'tag key', key: '(redacted)', kind });
                    if (!exempt.has(key))
                        for (const kind of personalData(value, p.detect, extra))
                            hits.push({ where: 'tag value', key: inKey.length ? '(redacted)' : key, kind });
                }
                if (v.withNameAndDescription && r.type === 'AWS::ResourceGroups::Group') {
                    for (const kind of personalData(r.name, p.detect, extra))
                        hits.push({ where: 'name', kind });
                    for (const kind of personalData(r.description, p.detect, extra))
                        hits.push({ where: 'description', kind });
                }
                const said = hits.map((h) => (h.key ? `${h.where} under "${h.key}": ${h.kind}` : `${h.where}: ${h.kind}`)).join('; ');
                return hits.length
                    ? fail(resourceRef(r), `${s.noun} ${named(r)} has personal data in its ${said}.`, { hits })
                    : pass(resourceRef(r), () => `${s.noun} ${named(r)}: no personal data found in its ${what}.`);
            });
        },
    });
}
