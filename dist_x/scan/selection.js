import { COLLECTORS_BY_ID } from '../collectors/index.js';
import { PostureError } from '../core/errors.js';
import { SERVICES } from '../core/vocabulary.js';
import { RULES } from '../rules/index.js';
/** The rules a scan runs: all, or those named by --rules and/or --services. */
export function selectRules(ruleIds, services) {
    for (const s of services ?? [])
        if (!SERVICES.includes(s))
            throw new PostureError(`unknown service "${s}" in --services (known: ${SERVICES.join(', ')})`);
    const known = new Map(RULES.map((r) => [r.id, r]));
    for (const id of ruleIds ?? [])
        if (!known.has(id))
            throw new PostureError(`unknown rule "${id}" in --rules (see \`posture rules\`)`);
    return RULES.filter((r) => (!ruleIds?.length || ruleIds.includes(r.id)) && (!services?.length || services.includes(r.service)));
}
/** Only the collectors the selected rules need, plus what those read from, are run. */
export function collectorsFor(rules) {
    const needed = new Set();
    const add = (id) => {
        if (needed.has(id))
            return;
        const c = COLLECTORS_BY_ID.get(id);
        if (!c)
            throw new Error(`rule requires unknown collector ${id}`);
        needed.add(id);
        for (const d of c.dependsOn ?? [])
            add(d);
    };
    for (const r of rules)
        for (const id of [...r.requires, ...(r.uses ?? [])])
            add(id);
    return [...needed].map((id) => COLLECTORS_BY_ID.get(id));
}
