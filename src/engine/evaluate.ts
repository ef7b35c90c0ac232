import { GLOBAL_REGION } from '../core/vocabulary.js';
import type { Inventory } from '../inventory/inventory.js';
import type { CollectorDefinition } from '../collectors/defineCollector.js';
import type { DlcKnowledge } from '../dlc/knowledge.js';
import { NetworkAnalysis } from '../analysis/network/reachability.js';
import { scopeRef, type AnyRule, type ResourceRef, type RuleResult } from './defineRule.js';
import { flatten } from './compactStrings.js';
import { findingId, type Finding } from './findings.js';
import { redactEvidence } from './redact.js';

export interface EvaluateOptions {
  rules: AnyRule[];
  /** Collector definitions by id, to know which are global. */
  collectors: Map<string, CollectorDefinition>;
  /** Parameter overrides per rule id (validated against each rule's schema). */
  params?: Record<string, unknown>;
  /** The scan date rules judge against (default: now). */
  asOf?: Date;
  /** Provides DLC support knowledge when a rule asks for it. */
  dlc?: () => DlcKnowledge;
}

/** What an evaluation produced when PASS results are counted instead of kept. */
export interface CountedEvaluation {
  /** FAIL and ERROR findings. */
  findings: Finding[];
  /** PASS results per rule id. */
  passed: Map<string, number>;
}

/** A unit a rule needed that could not be read. */
interface Gap {
  region: string;
  collector: string;
  state: string;
  message?: string;
}

/**
 * Runs every rule over the inventory. Where data a rule needs could not be collected, the rule's
 * result there is ERROR with the reason, never PASS. Pure: no I/O.
 */
export function evaluate(inventory: Inventory, opts: EvaluateOptions): Finding[] {
  const findings: Finding[] = [];
  evaluateInto(inventory, opts, findings, undefined);
  return findings;
}

/**
 * The same evaluation, with PASS results counted per rule rather than turned into findings. On a
 * large estate most results are PASS; materialising, hashing and retaining each one is where the
 * time and memory went, and a scan that does not list them only needs their number.
 */
export function evaluateCounted(inventory: Inventory, opts: EvaluateOptions): CountedEvaluation {
  const findings: Finding[] = [];
  const passed = new Map<string, number>();
  evaluateInto(inventory, opts, findings, passed);
  return { findings, passed };
}

function evaluateInto(inventory: Inventory, opts: EvaluateOptions, findings: Finding[], passed: Map<string, number> | undefined): void {
  const asOf = opts.asOf ?? new Date();
  const dlc =
    opts.dlc ??
    (() => {
      throw new Error('no DLC support data was provided to this evaluation');
    });
  const analyses = new Map<string, NetworkAnalysis>();
  const network = (account: string) => () => {
    let a = analyses.get(account);
    if (!a) analyses.set(account, (a = new NetworkAnalysis(inventory, account)));
    return a;
  };
  for (const rule of opts.rules) {
    const params = rule.params ? rule.params.parse(opts.params?.[rule.id] ?? {}) : {};
    const shared = { params, asOf, dlc };
    const collectedIn = (account: string, regions: string[]) => (id: string) => gapsFor(inventory, opts.collectors, [id], account, regions).length === 0;
    for (const account of inventory.accounts) {
      const gapsIn = (regions: string[]) => gaps(inventory, opts.collectors, rule, account, regions);
      if (rule.scope === 'account') {
        const missing = gapsIn(inventory.regions);
        if (missing.length) take(rule, gapResult(rule, account, undefined, missing));
        else collectSafely(rule, { ...shared, network: network(account), collected: collectedIn(account, inventory.regions), inventory: inventory.view(account), account }, account, undefined);
        continue;
      }
      const regions = isGlobalOnly(rule, opts.collectors) ? [GLOBAL_REGION] : inventory.regions;
      for (const region of regions) {
        const missing = gapsIn(region === GLOBAL_REGION ? [] : [region]);
        if (missing.length) take(rule, gapResult(rule, account, region, missing));
        else collectSafely(rule, { ...shared, network: network(account), collected: collectedIn(account, region === GLOBAL_REGION ? [] : [region]), inventory: inventory.view(account, region), account, region }, account, region);
      }
    }
  }

  /**
   * The rule's results as it gives them. A rule bug must surface as ERROR on that rule, not abort the
   * scan or vanish: a throw, when the rule is called or while its results are read, ends them with one
   * ERROR (results it gave before the throw were judged and stay). Each result becomes a finding
   * inside the same guard, so a message built late that throws is caught too.
   */
  function collectSafely(rule: AnyRule, ctx: Parameters<AnyRule['evaluate']>[0], account: string, region: string | undefined): void {
    let passes = 0;
    try {
      for (const r of rule.evaluate(ctx)) passes += take(rule, r);
    } catch (e) {
      findings.push(toFinding(rule, { status: 'error', resource: { ...scopeRef(account, region), type: rule.resourceType }, message: `Rule failed: ${(e as Error).message}` }));
    }
    if (passes) passed!.set(rule.id, (passed!.get(rule.id) ?? 0) + passes);
  }

  /** Records one result; returns 1 when it is a PASS that is only counted. */
  function take(rule: AnyRule, r: RuleResult): number {
    if (r.status === 'not_applicable') return 0;
    if (passed && r.status === 'pass') return 1;
    findings.push(toFinding(rule, r));
    return 0;
  }
}

function isGlobalOnly(rule: AnyRule, collectors: Map<string, CollectorDefinition>): boolean {
  return rule.requires.length > 0 && rule.requires.every((id) => collectors.get(id)?.scope === 'global');
}

function gaps(inventory: Inventory, collectors: Map<string, CollectorDefinition>, rule: AnyRule, account: string, regions: string[]): Gap[] {
  return gapsFor(inventory, collectors, rule.requires, account, regions);
}

function gapsFor(inventory: Inventory, collectors: Map<string, CollectorDefinition>, ids: string[], account: string, regions: string[]): Gap[] {
  const out: Gap[] = [];
  for (const id of ids) {
    const c = collectors.get(id);
    const unitRegions = c?.scope === 'global' ? [GLOBAL_REGION] : regions;
    for (const region of unitRegions) {
      const s = inventory.status(account, region, id);
      if (!s) out.push({ region, collector: id, state: 'not-collected', message: 'this data was not collected in this scan' });
      else if (s.state !== 'ok') out.push({ region, collector: id, state: s.state, message: s.message });
    }
  }
  return out;
}

function gapResult(rule: AnyRule, account: string, region: string | undefined, missing: Gap[]): RuleResult {
  const first = missing[0];
  return {
    status: 'error',
    resource: { ...scopeRef(account, region), type: rule.resourceType },
    message: `Cannot evaluate: ${first.collector} in ${first.region} is ${first.state}${first.message ? ` (${first.message})` : ''}${missing.length > 1 ? `, and ${missing.length - 1} more unit(s) are missing` : ''}.`,
    evidence: { missing },
  };
}

function toFinding(rule: AnyRule, r: RuleResult): Finding {
  return {
    id: findingId(rule.id, r.resource),
    ruleId: rule.id,
    title: rule.title,
    status: r.status === 'pass' ? 'PASS' : r.status === 'fail' ? 'FAIL' : 'ERROR',
    severity: r.severity ?? rule.severity,
    service: rule.service,
    topic: rule.topic,
    resource: isBareRef(r.resource) ? r.resource : { type: r.resource.type, id: r.resource.id, arn: r.resource.arn, name: r.resource.name, account: r.resource.account, region: r.resource.region },
    message: flatten(typeof r.message === 'function' ? r.message() : r.message),
    evidence: r.evidence ? (redactEvidence(r.evidence) as Record<string, unknown>) : NO_EVIDENCE,
    remediation: rule.remediation,
  };
}

/** Shared by every finding whose rule gave no evidence; frozen, since findings are data and never edited. */
const NO_EVIDENCE: Record<string, unknown> = Object.freeze({});

const REF_KEYS = new Set(['type', 'id', 'arn', 'name', 'account', 'region']);

/**
 * A reference that holds only the fields a finding names (what `resourceRef` and `scopeRef` build)
 * is kept as the finding's resource; a whole inventory resource passed as the reference is copied
 * down to those fields, so findings never carry or retain configuration.
 */
function isBareRef(ref: ResourceRef): boolean {
  for (const k in ref) if (!REF_KEYS.has(k)) return false;
  return true;
}
