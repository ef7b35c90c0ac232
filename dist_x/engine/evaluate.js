import { GLOBAL_REGION } from '../core/vocabulary.js';
import { NetworkAnalysis } from '../analysis/network/reachability.js';
import { scopeRef } from './defineRule.js';
import { flatten } from './compactStrings.js';
import { findingId } from './findings.js';
import { redactEvidence } from './redact.js';
/**
 * Runs every rule over the inventory. Where data a rule needs could not be collected, the rule's
 * result there is ERROR with the reason, never PASS. Pure: no I/O.
 */
export function evaluate(inventory, opts) {
    const findings = [];
    evaluateInto(inventory, opts, findings, undefined);
    return findings;
}
/**
 * The same evaluation, with PASS results counted per rule rather than turned into findings. On a
 * large estate most results are PASS; materialising, hashing and retaining each one is where the
 * time and memory went, and a scan that does not list them only needs their number.
 */
export function evaluateCounted(inventory, opts) {
    const findings = [];
    const passed = new Map();
    evaluateInto(inventory, opts, findings, passed);
    return { findings, passed };
}
function evaluateInto(inventory, opts, findings, passed) {
    const asOf = opts.asOf ?? new Date();
    const dlc = opts.dlc ??
        (() => {
            throw new Error('no DLC support data was provided to this evaluation');
        });
    const analyses = new Map();
    const network = (account) => () => {
        let a = analyses.get(account);
        if (!a)
            analyses.set(account, (a = new NetworkAnalysis(inventory, account)));
        return a;
    };
    for (const rule of opts.rules) {
        const params = rule.params ? rule.params.parse(opts.params?.[rule.id] ?? {}) : {};
        const shared = { params, asOf, dlc };
        const collectedIn = (account, regions) => (id) => gapsFor(inventory, opts.collectors, [id], account, regions).length === 0;
        for (const account of inventory.accounts) {
            const gapsIn = (regions) => gaps(inventory, opts.collectors, rule, account, regions);
            if (rule.scope === 'account') {
                const missing = gapsIn(inventory.regions);
                const results = missing.length
                    ? [gapResult(rule, account, undefined, missing)]
                    : safeEvaluate(rule, { ...shared, network: network(account), collected: collectedIn(account, inventory.regions), inventory: inventory.view(account), account }, account, undefined);
                collect(rule, results);
                continue;
            }
            const regions = isGlobalOnly(rule, opts.collectors) ? [GLOBAL_REGION] : inventory.regions;
            for (const region of regions) {
                const missing = gapsIn(region === GLOBAL_REGION ? [] : [region]);
                const results = missing.length
                    ? [gapResult(rule, account, region, missing)]
                    : safeEvaluate(rule, { ...shared, network: network(account), collected: collectedIn(account, region === GLOBAL_REGION ? [] : [region]), inventory: inventory.view(account, region), account, region }, account, region);
                collect(rule, results);
            }
        }
    }
    function collect(rule, results) {
        let passes = 0;
        for (const r of results) {
            if (r.status === 'not_applicable')
                continue;
            if (passed && r.status === 'pass')
                passes++;
            else
                findings.push(toFinding(rule, r));
        }
        if (passes)
            passed.set(rule.id, (passed.get(rule.id) ?? 0) + passes);
    }
}
function isGlobalOnly(rule, collectors) {
    return rule.requires.length > 0 && rule.requires.every((id) => collectors.get(id)?.scope === 'global');
}
function gaps(inventory, collectors, rule, account, regions) {
    return gapsFor(inventory, collectors, rule.requires, account, regions);
}
function gapsFor(inventory, collectors, ids, account, regions) {
    const out = [];
    for (const id of ids) {
        const c = collectors.get(id);
        const unitRegions = c?.scope === 'global' ? [GLOBAL_REGION] : regions;
        for (const region of unitRegions) {
            const s = inventory.status(account, region, id);
            if (!s)
                out.push({ region, collector: id, state: 'not-collected', message: 'this data was not collected in this scan' });
            else if (s.state !== 'ok')
                out.push({ region, collector: id, state: s.state, message: s.message });
        }
    }
    return out;
}
function gapResult(rule, account, region, missing) {
    const first = missing[0];
    return {
        status: 'error',
        resource: { ...scopeRef(account, region), type: rule.resourceType },
        message: `Cannot evaluate: ${first.collector} in ${first.region} is ${first.state}${first.message ? ` (${first.message})` : ''}${missing.length > 1 ? `, and ${missing.length - 1} more unit(s) are missing` : ''}.`,
        evidence: { missing },
    };
}
/**
 * The rule's results as it gives them. A rule bug must surface as ERROR on that rule, not abort the
 * scan or vanish: a throw, when the rule is called or while its results are read, ends them with one
 * ERROR (results it gave before the throw were judged and stay).
 */
function* safeEvaluate(rule, ctx, account, region) {
    try {
        yield* rule.evaluate(ctx);
    }
    catch (e) {
        yield { status: 'error', resource: { ...scopeRef(account, region), type: rule.resourceType }, message: `Rule failed: ${e.message}` };
    }
}
function toFinding(rule, r) {
    return {
        id: findingId(rule.id, r.resource),
        ruleId: rule.id,
        title: rule.title,
        status: r.status === 'pass' ? 'PASS' : r.status === 'fail' ? 'FAIL' : 'ERROR',
        severity: r.severity ?? rule.severity,
        service: rule.service,
        topic: rule.topic,
        resource: isBareRef(r.resource) ? r.resource : { type: r.resource.type, id: r.resource.id, arn: r.resource.arn, name: r.resource.name, account: r.resource.account, region: r.resource.region },
        message: (typeof r.message === 'function' ? r.message() : r.message),
        evidence: r.evidence ? redactEvidence(r.evidence) : NO_EVIDENCE,
        remediation: rule.remediation,
    };
}
/** Shared by every finding whose rule gave no evidence; frozen, since findings are data and never edited. */
const NO_EVIDENCE = Object.freeze({});
const REF_KEYS = new Set(['type', 'id', 'arn', 'name', 'account', 'region']);
/**
 * A reference that holds only the fields a finding names (what `resourceRef` and `scopeRef` build)
 * is kept as the finding's resource; a whole inventory resource passed as the reference is copied
 * down to those fields, so findings never carry or retain configuration.
 */
function isBareRef(ref) {
    for (const k in ref)
        if (!REF_KEYS.has(k))
            return false;
    return true;
}
