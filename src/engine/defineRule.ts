import type { z } from 'zod';
import type { Severity, Service, Topic } from '../core/vocabulary.js';
import type { NetworkAnalysis } from '../analysis/network/reachability.js';
import type { DlcKnowledge } from '../dlc/knowledge.js';
import type { InventoryView } from '../inventory/inventory.js';
import type { ResourceType } from '../inventory/schema.js';

/** The resource a result is about: a full inventory resource, or just enough to name it. */
export interface ResourceRef {
  type: string;
  id: string;
  arn?: string;
  name?: string;
  account: string;
  region: string;
}

export type ResultStatus = 'pass' | 'fail' | 'error' | 'not_applicable';

export interface RuleResult {
  status: ResultStatus;
  resource: ResourceRef;
  /**
   * One sentence naming the resource and what decided the result. A function is called only if the
   * result becomes a finding: high-volume rules pass one for PASS, which a scan usually only counts.
   */
  message: string | (() => string);
  /** The facts that decided it: the rule, statement, setting or path. Secret-looking values are redacted on output. */
  evidence?: Record<string, unknown>;
  /** Overrides the rule's severity for this result (e.g. lowered where analysis proves no exposure). */
  severity?: Severity;
}

export interface RuleContext<P> {
  /** The account (and for regional rules, the region) being evaluated. */
  inventory: InventoryView;
  account: string;
  /** Undefined for account-scope rules. */
  region?: string;
  params: P;
  /** The date the scan judges against (`--as-of`, default now): support windows, ages. */
  asOf: Date;
  /** DLC support-policy knowledge; loaded on first use, so scans without DLC rules never read it. */
  dlc: () => DlcKnowledge;
  /** Network reachability of this account, built on first use and shared by every rule. */
  network: () => NetworkAnalysis;
  /** Was this collector's data read successfully for this account (and region, for regional rules)? */
  collected: (collectorId: string) => boolean;
}

export interface Remediation {
  /** Console steps. */
  text: string;
  cli?: string;
  cloudformation?: string;
  terraform?: string;
  url: string;
}

export interface RuleDefinition<P = Record<string, never>> {
  /** `<service>_<resource>_<condition>` in snake_case, the same as the file name. */
  id: string;
  /** The desired state, e.g. "Security group allows no SSH from the internet". */
  title: string;
  service: Service;
  topic: Topic;
  severity: Severity;
  resourceType: ResourceType | 'AWS::Account' | 'AWS::Region';
  /** Collector ids whose data the rule reads. A unit of these that failed turns the rule's result there into ERROR. */
  requires: string[];
  /** Collectors the rule reads when they succeeded (checking `collected()`), without needing them. */
  uses?: string[];
  /**
   * `regional` (default): evaluated once per scanned region with a view of that region (global
   * resources visible too). `account`: evaluated once per account with a view of all regions;
   * it is ERROR when any unit it requires failed anywhere.
   */
  scope?: 'regional' | 'account';
  params?: z.ZodType<P>;
  description: string;
  risk: string;
  remediation: Remediation;
  references: string[];
  /**
   * The rule's results. An array, or a generator that yields them one by one: the engine counts or
   * records each as it comes, so on a large estate a generator's results die young instead of
   * living, all of them, until the rule returns.
   */
  evaluate(ctx: RuleContext<P>): Iterable<RuleResult>;
}

export type AnyRule = RuleDefinition<any>;

export function defineRule<P = Record<string, never>>(rule: RuleDefinition<P>): RuleDefinition<P> {
  return rule;
}

/** Result helpers keep rules short and the wording uniform. */
export const pass = (resource: ResourceRef, message: string | (() => string), evidence?: Record<string, unknown>): RuleResult => ({ status: 'pass', resource, message, evidence });
export const fail = (resource: ResourceRef, message: string, evidence?: Record<string, unknown>): RuleResult => ({ status: 'fail', resource, message, evidence });
export const error = (resource: ResourceRef, message: string, evidence?: Record<string, unknown>): RuleResult => ({ status: 'error', resource, message, evidence });

/** A reference to the account or a region of it, for rules whose subject is not one resource. */
export function scopeRef(account: string, region: string | undefined, type: 'AWS::Account' | 'AWS::Region' = region ? 'AWS::Region' : 'AWS::Account'): ResourceRef {
  return type === 'AWS::Region'
    ? { type, id: `${account}/${region}`, name: region, account, region: region ?? 'global' }
    : { type, id: account, arn: `arn:aws:::${account}`, name: account, account, region: region ?? 'global' };
}

export const label = (r: ResourceRef): string => (r.name && r.name !== r.id ? `${r.name} (${r.id})` : r.id);
