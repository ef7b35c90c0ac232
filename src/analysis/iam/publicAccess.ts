import { isWildcardValue } from './confusedDeputy.js';
import { conditionsOn, describeStatement, statementsOf, type Statement } from './policy.js';

/**
 * Who a resource or trust policy lets in from outside. A seed for a fuller evaluator: it reads
 * one statement at a time and does not weigh Deny statements against Allows.
 */

/** Global keys that tie a request to a known caller, source, network or organisation. */
export const RESTRICTING_KEYS = [
  'aws:SourceAccount',
  'aws:SourceArn',
  'aws:SourceOrgID',
  'aws:SourceOrgPaths',
  'aws:PrincipalOrgID',
  'aws:PrincipalOrgPaths',
  'aws:PrincipalAccount',
  'aws:PrincipalArn',
  'aws:SourceVpc',
  'aws:SourceVpce',
  'aws:SourceIp',
  'aws:userid',
];

/**
 * Operators that confine the key to the listed values. Negated operators admit everything else,
 * `...IfExists` and `ForAllValues:` are true when the key is absent from the request.
 */
const BINDING_STRING = /^(ForAnyValue:)?(StringEquals|StringEqualsIgnoreCase|StringLike|ArnEquals|ArnLike)$/i;
const BINDING_IP = /^IpAddress$/i;
const ANY_ADDRESS = new Set(['0.0.0.0/0', '::/0']);

export interface PublicStatement {
  statement: string;
  index: number;
  /** `everyone`: any principal with no restricting condition; `external-account`: a named principal outside the trusted accounts. */
  kind: 'everyone' | 'external-account';
  principals: string[];
}

export interface PublicOptions {
  /**
   * When given, AWS principals (account ids, account/role/user ARNs) outside these accounts are
   * reported too, whatever the conditions: a named external principal stays external.
   */
  trustedAccounts?: string[];
  /** Service-specific keys that restrict callers as well, e.g. `kms:CallerAccount`, SNS's `aws:SourceOwner`. */
  extraRestrictingKeys?: string[];
}

/** The account of an AWS principal ("123456789012", "arn:aws:iam::123456789012:role/x"), if it names one. */
export function principalAccount(p: string): string | undefined {
  if (/^\d{12}$/.test(p)) return p;
  return /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(p)?.[1];
}

function admitsEveryone(s: Statement): string[] {
  if (s.notPrincipal) return [`NotPrincipal ${JSON.stringify(s.notPrincipal)}`];
  if (!s.principal) return [];
  const out: string[] = [];
  if (s.principal['*']?.includes('*')) out.push('*');
  if (s.principal.AWS?.includes('*')) out.push('AWS:*');
  return out;
}

/** A condition that, whatever else the request carries, confines it to named callers or places. */
export function restrictingConditions(s: Statement, extraKeys: string[] = []): Array<{ operator: string; key: string; values: string[] }> {
  return conditionsOn(s, [...RESTRICTING_KEYS, ...extraKeys]).filter((c) => {
    if (!c.values.length) return false;
    if (c.key.toLowerCase() === 'aws:sourceip') return BINDING_IP.test(c.operator) && !c.values.some((v) => ANY_ADDRESS.has(v));
    return BINDING_STRING.test(c.operator) && !c.values.some(isWildcardValue);
  });
}

/**
 * Allow statements open to everyone (`Principal: "*"`, `{"AWS": "*"}`, or an Allow with
 * `NotPrincipal`) that no restricting condition binds, plus, when `trustedAccounts` is given,
 * Allow statements naming AWS principals of other accounts.
 */
export function publicStatements(doc: unknown, opts: PublicOptions = {}): PublicStatement[] {
  const out: PublicStatement[] = [];
  statementsOf(doc).forEach((s, index) => {
    if (s.effect !== 'Allow') return;
    const everyone = admitsEveryone(s);
    if (everyone.length && restrictingConditions(s, opts.extraRestrictingKeys).length === 0)
      out.push({ statement: describeStatement(s, index), index, kind: 'everyone', principals: everyone });
    if (opts.trustedAccounts) {
      const trusted = new Set(opts.trustedAccounts);
      const external = (s.principal?.AWS ?? []).filter((p) => {
        const account = principalAccount(p);
        return account !== undefined && !trusted.has(account);
      });
      if (external.length) out.push({ statement: describeStatement(s, index), index, kind: 'external-account', principals: external });
    }
  });
  return out;
}
