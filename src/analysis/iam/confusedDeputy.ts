import { conditionsOn, describeStatement, statementsOf, type Statement } from './policy.js';

/**
 * The global condition keys AWS documents for preventing the cross-service confused deputy:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
 */
export const SOURCE_KEYS = ['aws:SourceArn', 'aws:SourceAccount', 'aws:SourceOrgID', 'aws:SourceOrgPaths'];

/**
 * Operators that bind the key to the given values. Negated operators do not bind (they admit
 * everything else), and `...IfExists` admits requests that carry no source at all.
 */
const BINDING_OPERATORS = /^(ForAnyValue:|ForAllValues:)?(StringEquals|StringEqualsIgnoreCase|StringLike|ArnEquals|ArnLike)$/i;

export interface ServiceGrant {
  service: string;
  statement: string;
  /** The binding source conditions on this grant; empty means any account's resource can use it. */
  bindings: Array<{ operator: string; key: string; values: string[] }>;
}

/** Each Allow that admits a service principal, with the source conditions that bind it. */
export function serviceGrants(doc: unknown): ServiceGrant[] {
  const out: ServiceGrant[] = [];
  statementsOf(doc).forEach((s: Statement, i) => {
    if (s.effect !== 'Allow') return;
    for (const service of s.principal?.Service ?? []) {
      const bindings = conditionsOn(s, SOURCE_KEYS).filter((c) => BINDING_OPERATORS.test(c.operator) && c.values.length > 0 && !c.values.includes('*'));
      out.push({ service, statement: describeStatement(s, i), bindings });
    }
  });
  return out;
}

/** Grants to services that no source condition binds: the confused-deputy exposure. */
export function unboundServiceGrants(doc: unknown): ServiceGrant[] {
  return serviceGrants(doc).filter((g) => g.bindings.length === 0);
}
