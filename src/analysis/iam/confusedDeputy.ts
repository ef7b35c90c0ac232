import { conditionsOn, describeStatement, statementsOf, type Statement } from './policy.js';

/**
 * The global condition keys AWS documents for preventing the cross-service confused deputy:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
 */
export const SOURCE_KEYS = ['aws:SourceArn', 'aws:SourceAccount', 'aws:SourceOrgID', 'aws:SourceOrgPaths'];

/**
 * Operators that bind the key to the given values. Negated operators do not bind (they admit
 * everything else), `...IfExists` admits requests that carry no source at all, and so does
 * `ForAllValues:` (it is true for a key missing from the request).
 */
const BINDING_OPERATORS = /^(ForAnyValue:)?(StringEquals|StringEqualsIgnoreCase|StringLike|ArnEquals|ArnLike)$/i;

/** A value that matches any source ("*", "arn:aws:s3:::*"-style any-account-any-resource) binds nothing. */
export function isWildcardValue(v: string): boolean {
  return /^[*?]*$/.test(v) || /^arn:[^:]*:[^:]*:[^:]*:[*?]*:[*?]*$/.test(v);
}

export interface ServiceGrant {
  service: string;
  statement: string;
  /** The binding source conditions on this grant; empty means any account's resource can use it. */
  bindings: Array<{ operator: string; key: string; values: string[] }>;
  /** The statement's Action (or undefined when it uses NotAction), for callers that weigh what is granted. */
  actions?: string[];
}

export interface ServiceGrantOptions {
  /**
   * Service-specific keys that bind a grant as well as the global source keys do, e.g.
   * `kms:EncryptionContext:aws:logs:arn` in a key policy or the legacy `aws:SourceOwner` of SNS.
   */
  extraKeys?: string[];
}

/** Each Allow that admits a service principal, with the source conditions that bind it. */
export function serviceGrants(doc: unknown, opts: ServiceGrantOptions = {}): ServiceGrant[] {
  const keys = [...SOURCE_KEYS, ...(opts.extraKeys ?? [])];
  const out: ServiceGrant[] = [];
  statementsOf(doc).forEach((s: Statement, i) => {
    if (s.effect !== 'Allow') return;
    for (const service of s.principal?.Service ?? []) {
      const bindings = conditionsOn(s, keys).filter((c) => BINDING_OPERATORS.test(c.operator) && c.values.length > 0 && !c.values.some(isWildcardValue));
      out.push({ service, statement: describeStatement(s, i), bindings, actions: s.action });
    }
  });
  return out;
}

/** Grants to services that no source condition binds: the confused-deputy exposure. */
export function unboundServiceGrants(doc: unknown, opts: ServiceGrantOptions = {}): ServiceGrant[] {
  return serviceGrants(doc, opts).filter((g) => g.bindings.length === 0);
}
