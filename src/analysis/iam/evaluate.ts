import { conditionHolds } from './conditions.js';
import { actionMatches, globMatch, substitute, type ContextValues } from './patterns.js';
import { describeStatement, statementsOf, type Statement } from './policy.js';
import { accountOf, excludedByNotPrincipal, matchPrincipal, type PrincipalMatch, type RequestPrincipal } from './principals.js';

/**
 * A small IAM policy evaluator after "Policy evaluation logic"
 * (IAM User Guide, reference_policies_evaluation-logic.html), for the policy types posture reads:
 * identity policies and one resource-based policy (bucket, key, topic, trust, logs resource
 * policy). Not modelled: SCPs/RCPs, permission boundaries and session policies (posture does not
 * collect them), ACLs, and service-specific exceptions beyond the two noted below.
 *
 * 1. An applicable Deny in any policy → ExplicitDeny.
 * 2. Principal in the resource's account (or the resource account is unknown):
 *    Allow if an identity policy allows, or the resource policy allows the principal by name
 *    ("*", its ARN, its role, a service), or the resource policy allows its account (account id
 *    / root ARN: a delegation to IAM) and an identity policy allows too.
 *    Role trust policies (sts:AssumeRole*) and KMS key policies (kms:*) must allow themselves:
 *    an identity policy alone does not grant those when a resource policy is given.
 * 3. Principal of another account: the resource policy must allow it, and so must an identity
 *    policy of its own account.
 * 4. Service, anonymous, federated and canonical-user callers have no identity policies here:
 *    only the resource policy can allow them.
 * `identityPolicies` left undefined means "not known": where the outcome needs an identity
 * Allow as well (cross-account, account delegation) it is assumed to exist, so that a resource
 * policy alone answers "does this policy let the principal in?". An empty array means "none".
 */

export type PolicyInput = unknown;
export interface NamedPolicy {
  name: string;
  document: unknown;
}

export interface EvaluationRequest {
  principal: RequestPrincipal;
  action: string;
  /** The resource ARN; undefined means "the resource the policy is attached to" (Resource is not checked). */
  resource?: string;
  /** The account owning the resource, when its ARN does not say (S3 buckets); defaults to the ARN's account. */
  resourceAccount?: string;
  /** Request context by condition key (case-insensitive); multi-valued keys as arrays. */
  context?: Record<string, string | string[]>;
  /**
   * Keys the caller controls and that the context does not set: a condition on such a key goes
   * the caller's way (holds in an Allow, fails in a Deny). Used to ask "could some request of
   * this caller be allowed?"; see publicAccess.ts.
   */
  openKeys?: (key: string) => boolean;
}

export interface EvaluationInput {
  identityPolicies?: Array<PolicyInput | NamedPolicy>;
  resourcePolicy?: PolicyInput | NamedPolicy;
  request: EvaluationRequest;
}

export interface MatchedStatement {
  /** "resource" or the identity policy's name ("identity#1" when unnamed). */
  policy: string;
  /** The Sid, or the 0-based position in the document. */
  statement: string | number;
  /** "statement 'Sid'" / "statement #n", for messages. */
  label: string;
  effect: 'Allow' | 'Deny';
  /** For resource policy Allows: named the caller directly, or only its account. */
  via?: 'direct' | 'account';
}

export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';
export interface EvaluationResult {
  decision: Decision;
  matched: MatchedStatement[];
  reasons: string[];
}

const parsedCache = new WeakMap<object, Statement[]>();
/** statementsOf, remembered per document object: probes evaluate one document many times. */
function parsedStatements(doc: unknown): Statement[] {
  if (!doc || typeof doc !== 'object') return statementsOf(doc);
  let s = parsedCache.get(doc);
  if (!s) parsedCache.set(doc, (s = statementsOf(doc)));
  return s;
}

const isNamed = (p: unknown): p is NamedPolicy => !!p && typeof p === 'object' && 'document' in p && !('Statement' in p);

export function contextValues(context: Record<string, string | string[]> = {}): ContextValues {
  const m: ContextValues = new Map();
  for (const [k, v] of Object.entries(context)) m.set(k.toLowerCase(), Array.isArray(v) ? v.map(String) : [String(v)]);
  return m;
}

function resourceMatches(s: Statement, req: EvaluationRequest, ctx: ContextValues, kind: 'identity' | 'resource'): boolean {
  const patterns = s.resource ?? s.notResource;
  // A resource policy may leave Resource out (trust policies do): it is about the resource it is attached to.
  if (!patterns) return kind === 'resource';
  if (req.resource === undefined) return true;
  const res = req.resource;
  const hit = patterns.some((p) => {
    const v = substitute(p, ctx, s.variables);
    return v !== undefined && globMatch(v, res);
  });
  return s.resource ? hit : !hit;
}

function actionMatchesStatement(s: Statement, action: string): boolean {
  if (s.action) return s.action.some((p) => actionMatches(p, action));
  if (s.notAction) return !s.notAction.some((p) => actionMatches(p, action));
  return false;
}

/** Do the statement's conditions hold for this request? Keys are ANDed, each key's values ORed. */
export function conditionsHold(s: Statement, ctx: ContextValues, openKeys?: (key: string) => boolean): boolean {
  for (const [operator, byKey] of Object.entries(s.condition))
    for (const [key, values] of Object.entries(byKey)) {
      const holds = !ctx.has(key.toLowerCase()) && openKeys?.(key) ? s.effect === 'Allow' : conditionHolds(operator, key, values, ctx, s.variables);
      if (!holds) return false;
    }
  return true;
}

/** How a statement applies to the request: false, or (for resource policies) how the principal was named. */
export function statementApplies(s: Statement, req: EvaluationRequest, ctx: ContextValues, kind: 'identity' | 'resource'): PrincipalMatch {
  let via: PrincipalMatch = 'direct';
  if (kind === 'resource') {
    if (s.principal) via = matchPrincipal(s.principal, req.principal);
    else if (s.notPrincipal) via = excludedByNotPrincipal(s.notPrincipal, req.principal) ? false : 'direct';
    else via = false;
    if (!via) return false;
  }
  if (!actionMatchesStatement(s, req.action)) return false;
  if (!resourceMatches(s, req, ctx, kind)) return false;
  return conditionsHold(s, ctx, req.openKeys) ? via : false;
}

const REQUIRES_RESOURCE_POLICY = [/^sts:assumerole/i, /^kms:/i];

export function evaluateRequest(input: EvaluationInput): EvaluationResult {
  const { request } = input;
  const ctx = contextValues(request.context);
  const matched: MatchedStatement[] = [];
  const collect = (doc: unknown, policy: string, kind: 'identity' | 'resource') => {
    for (const s of parsedStatements(doc)) {
      const via = statementApplies(s, request, ctx, kind);
      if (via)
        matched.push({ policy, statement: s.sid ?? s.index, label: describeStatement(s, s.index), effect: s.effect, ...(kind === 'resource' && s.effect === 'Allow' ? { via } : {}) });
    }
  };
  const callerHasIdentity = request.principal.type === 'AWS';
  if (callerHasIdentity)
    (input.identityPolicies ?? []).forEach((p, i) => collect(isNamed(p) ? p.document : p, isNamed(p) ? p.name : `identity#${i + 1}`, 'identity'));
  if (input.resourcePolicy !== undefined) collect(isNamed(input.resourcePolicy) ? input.resourcePolicy.document : input.resourcePolicy, 'resource', 'resource');

  const denies = matched.filter((m) => m.effect === 'Deny');
  if (denies.length) return { decision: 'ExplicitDeny', matched, reasons: denies.map((d) => `explicit Deny in ${d.policy} ${d.label}`) };

  const allows = matched.filter((m) => m.effect === 'Allow');
  const identity = allows.filter((m) => m.policy !== 'resource');
  const resource = allows.filter((m) => m.policy === 'resource');
  const direct = resource.filter((m) => m.via === 'direct');
  const identityKnown = input.identityPolicies !== undefined;
  const identityAllows = identity.length > 0;
  // Where an identity Allow is needed on top of the resource policy but identity policies were not given, assume it.
  const identityForDelegation = identityKnown ? identityAllows : true;
  const reasons: string[] = [];
  let allowed: boolean;

  if (!callerHasIdentity) {
    allowed = resource.length > 0;
    reasons.push(allowed ? `resource policy allows the ${request.principal.type.toLowerCase()} caller` : `no resource policy statement allows the ${request.principal.type.toLowerCase()} caller`);
  } else {
    const callerAccount = accountOf(request.principal);
    const resourceAccount = request.resourceAccount ?? (request.resource ? /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/.exec(request.resource)?.[1] : undefined);
    const sameAccount = !resourceAccount || !callerAccount || resourceAccount === callerAccount;
    if (sameAccount) {
      const needsResourcePolicy = input.resourcePolicy !== undefined && REQUIRES_RESOURCE_POLICY.some((r) => r.test(request.action));
      const byIdentity = !needsResourcePolicy && identityAllows;
      const byDelegation = resource.length > 0 && identityForDelegation;
      allowed = byIdentity || direct.length > 0 || byDelegation;
      if (byIdentity) reasons.push('an identity policy allows the request (same account)');
      if (direct.length) reasons.push('the resource policy allows the principal by name');
      else if (byDelegation) reasons.push(identityKnown ? 'the resource policy allows the account and an identity policy allows the principal' : 'the resource policy allows the account (identity policies assumed to allow)');
      if (!allowed) reasons.push(needsResourcePolicy && identityAllows ? `an identity policy allows ${request.action}, but the resource policy must allow it too` : 'no statement allows the request');
    } else {
      allowed = resource.length > 0 && identityForDelegation;
      if (!resource.length) reasons.push(`cross-account request (${callerAccount} → ${resourceAccount}): the resource policy does not allow it`);
      else if (!identityForDelegation) reasons.push(`cross-account request (${callerAccount} → ${resourceAccount}): the resource policy allows it but no identity policy of the caller does`);
      else reasons.push(`cross-account request: the resource policy allows it${identityKnown ? ' and an identity policy of the caller does too' : ' (identity policies of the caller assumed to allow)'}`);
    }
  }
  return { decision: allowed ? 'Allow' : 'ImplicitDeny', matched, reasons };
}

/** The resource-policy and identity statements that decided an Allow, for evidence. */
export const allowingStatements = (r: EvaluationResult) => r.matched.filter((m) => m.effect === 'Allow');
