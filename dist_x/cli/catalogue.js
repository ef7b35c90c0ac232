import { z } from 'zod';
/** The public metadata of a rule, as `posture rules --format json` and docs/rules.md show it. */
export function ruleCatalogue(rules) {
    return rules.map((r) => ({
        id: r.id,
        title: r.title,
        service: r.service,
        topic: r.topic,
        severity: r.severity,
        resourceType: r.resourceType,
        scope: r.scope ?? 'regional',
        requires: r.requires,
        params: r.params ? z.toJSONSchema(r.params, { io: 'input' }) : null,
        description: r.description,
        risk: r.risk,
        remediation: r.remediation,
        references: r.references,
    }));
}
