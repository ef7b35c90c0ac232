import { inCidrBlock } from './cidr.js';
import { evaluateRequest, type EvaluationRequest, type EvaluationResult } from './evaluate.js';
import { arnParts, globMatch } from './patterns.js';
import { conditionEntries, type Statement } from './policy.js';
import type { RequestPrincipal } from './principals.js';

/**
 * Probe requests: the machinery behind "could a caller of this kind be allowed?".
 *
 * A question such as "is this policy public?" is existential: is there SOME request from an
 * outsider that the policy allows? posture answers it by evaluation, not by reading keys:
 * 1. The caller is synthetic: an account that appears nowhere in the policy (999999999999 unless
 *    taken), acting as an IAM role, anonymously, or as an AWS service on behalf of its resources.
 * 2. Keys that say who or where the caller is (the *bound* keys: account, ARN, org, VPC
 *    endpoint, source IP, source account/ARN, …) take only values an outsider can have: its own
 *    account, ARNs in its own account, an org/endpoint id of its own, a public IP outside every
 *    range the policy names. Where a policy value has a wildcard in the part that says whose it
 *    is (`arn:aws:logs:*:*:*`, `arn:aws:s3:::*`, `*`), the outsider can also have a value that
 *    fills that wildcard with its own, so such values do not bind. Keys that a request of that
 *    kind may or may not carry (org membership, VPC endpoint, source keys of a service call) are
 *    also tried absent.
 * 3. Every other key (aws:SecureTransport, s3:prefix, tags, …) is under the caller's control:
 *    it is "open" (conditions on it go the caller's way: true in an Allow, false in a Deny).
 * 4. The whole policy is evaluated for each combination of candidate values (Denies included),
 *    for each action and resource the probed Allow statement names (wildcards filled in).
 * The answer errs towards "reachable" where open keys interact across statements (an Allow and a
 * Deny on the same open key are not reconciled), never towards "safe".
 */

export type KeyClass = 'account' | 'arn' | 'ip' | 'text';

const CLASSES: Record<string, KeyClass> = {
  'aws:sourceaccount': 'account',
  'aws:principalaccount': 'account',
  'aws:sourceowner': 'account',
  'kms:calleraccount': 'account',
  'aws:resourceaccount': 'account',
  'aws:sourcearn': 'arn',
  'aws:principalarn': 'arn',
  'aws:sourceip': 'ip',
};

/** The class of a key: by name, else ARN when every policy value for it is an ARN. */
export function keyClass(key: string, values: string[]): KeyClass {
  const known = CLASSES[key.toLowerCase()];
  if (known) return known;
  if (/account$/i.test(key)) return 'account';
  return values.length > 0 && values.every((v) => v.startsWith('arn:')) ? 'arn' : 'text';
}

export const PUBLIC_ADDRESSES = ['8.8.8.8', '1.1.1.1', '52.94.0.1', '203.0.113.250', '198.51.100.250', '2001:4860:4860::8888', '2606:4700::1111'];
/** A range this wide (IPv4 /8, IPv6 /16 or wider) holds addresses anyone can rent. */
const BROAD = { ipv4: 8, ipv6: 16 };

const fill = (s: string, own: string) => s.replace(/\*/g, 'outsider').replace(/\?/g, 'x').replace(/\$\{[^}]*\}/g, own);

/** Values an outsider owning `account` can give a key, given the values the policy compares it with. */
export function outsiderValues(key: string, policyValues: string[], account: string): string[] {
  const cls = keyClass(key, policyValues);
  const out = new Set<string>();
  const patterns = policyValues.filter((v) => !v.includes('${'));
  if (cls === 'account') out.add(account);
  else if (cls === 'ip') {
    const v4 = PUBLIC_ADDRESSES.filter((a) => !a.includes(':')).find((a) => !policyValues.some((c) => inCidrBlock(c, a)));
    const v6 = PUBLIC_ADDRESSES.filter((a) => a.includes(':')).find((a) => !policyValues.some((c) => inCidrBlock(c, a)));
    for (const a of [v4, v6]) if (a) out.add(a);
    for (const c of policyValues) {
      const prefix = Number(c.split('/')[1] ?? 128);
      const broad = c.includes(':') ? prefix <= BROAD.ipv6 : prefix <= BROAD.ipv4;
      const inside = broad ? PUBLIC_ADDRESSES.find((a) => inCidrBlock(c, a)) : undefined;
      if (inside) out.add(inside);
    }
  } else if (cls === 'arn') {
    out.add(`arn:aws:outsider:us-east-1:${account}:outsider/outsider`);
    for (const p of patterns) {
      const parts = arnParts(p);
      if (!parts) continue;
      const acct = parts[4];
      if (acct !== '' && !/[*?]/.test(acct)) continue; // names a concrete account: binds to it
      if (acct === '' && !/^[*?]/.test(parts[5])) continue; // account-less ARN naming a concrete resource
      if (acct !== '' && !globMatch(acct, account)) continue;
      out.add([...parts.slice(0, 4).map((s) => fill(s, account)), acct === '' ? '' : account, fill(parts[5], account)].join(':'));
    }
  } else {
    out.add(/orgpaths$/i.test(key) ? 'o-outsider/r-outsider/ou-outsider/' : /orgid$/i.test(key) ? 'o-outsider' : /vpce$/i.test(key) ? 'vpce-outsider' : /vpc$/i.test(key) ? 'vpc-outsider' : 'outsider');
    // An id whose wildcard starts right after its type prefix ("vpce-*", "o-*", "AROA*") names no one in particular.
    for (const p of patterns) if (/^[*?]/.test(p.replace(/^(vpce-|vpc-|o-|AROA|AIDA|ASIA|AKIA)/, ''))) out.add(fill(p, account));
  }
  return [...out];
}

/** Policy values compared with each key (lower-cased), over every statement. */
export function policyValuesByKey(statements: Statement[]): Map<string, { key: string; values: string[] }> {
  const m = new Map<string, { key: string; values: string[] }>();
  for (const s of statements)
    for (const c of conditionEntries(s)) {
      const e = m.get(c.key.toLowerCase()) ?? { key: c.key, values: [] };
      e.values.push(...c.values);
      m.set(c.key.toLowerCase(), e);
    }
  return m;
}

/** An account id that appears nowhere in the document, for the synthetic outsider. */
export function outsiderAccount(doc: unknown, avoid: string[] = []): string {
  const text = typeof doc === 'string' ? doc : JSON.stringify(doc ?? null);
  for (let n = 999999999999; ; n--) {
    const a = String(n);
    if (!text.includes(a) && !avoid.includes(a)) return a;
  }
}

export interface Scenario {
  name: string;
  principal: RequestPrincipal;
  /** Bound keys the request always carries: key → candidate values (one is chosen). */
  present: Record<string, string[]>;
  /** Bound keys the request may carry or not: key → candidate values (absent is tried too). */
  optional: Record<string, string[]>;
}

/** Concrete instances of a statement's Action / Resource patterns (wildcards filled). */
function actionsToTry(s: Statement): string[] {
  if (s.action) return [...new Set(s.action.map((a) => (a === '*' ? 'outsider:OutsiderAction' : a.replace(/\*/g, 'Outsider').replace(/\?/g, 'X'))))];
  const fresh = 'postureoutsider:OutsiderAction';
  return s.notAction && !s.notAction.some((p) => globMatch(p, fresh, true)) ? [fresh] : [];
}
function resourcesToTry(s: Statement): Array<string | undefined> {
  if (!s.resource || s.resource.some((r) => r.includes('${'))) return [undefined];
  return [...new Set(s.resource.map((r) => (r === '*' ? undefined : r.replace(/\*/g, 'outsider').replace(/\?/g, 'x'))))];
}

const MAX_EVALUATIONS = 4096;

export interface ProbeHit {
  scenario: string;
  request: EvaluationRequest;
  result: EvaluationResult;
}

/**
 * Searches for a request of the scenario that the policy allows through statement `target`.
 * Bound keys not in the scenario are absent; every other key is open.
 */
export function probe(doc: unknown, target: Statement, scenario: Scenario, bound: Set<string>, extra: Partial<EvaluationRequest> = {}): ProbeHit | undefined {
  const choices: Array<[string, Array<string | undefined>]> = [
    ...Object.entries(scenario.present).map(([k, v]) => [k, v] as [string, Array<string | undefined>]),
    ...Object.entries(scenario.optional).map(([k, v]) => [k, [...v, undefined]] as [string, Array<string | undefined>]),
  ];
  const openKeys = (key: string) => !bound.has(key.toLowerCase());
  let budget = MAX_EVALUATIONS;
  for (const action of actionsToTry(target))
    for (const resource of resourcesToTry(target)) {
      const assign = (i: number, context: Record<string, string | string[]>): ProbeHit | undefined => {
        if (budget <= 0) return undefined;
        if (i === choices.length) {
          budget--;
          const principalArn = context['aws:principalarn'];
          const principal = typeof principalArn === 'string' && scenario.principal.type === 'AWS' ? { ...scenario.principal, arn: principalArn } : scenario.principal;
          const request: EvaluationRequest = { principal, action, resource, context: { ...context }, openKeys, ...extra };
          const result = evaluateRequest({ resourcePolicy: doc, request });
          const hit = result.decision === 'Allow' && result.matched.some((m) => m.policy === 'resource' && m.effect === 'Allow' && m.statement === (target.sid ?? target.index));
          return hit ? { scenario: scenario.name, request, result } : undefined;
        }
        const [key, values] = choices[i];
        for (const v of values) {
          const next = { ...context };
          if (v !== undefined) next[key] = /orgpaths$/i.test(key) ? [v] : v;
          const found = assign(i + 1, next);
          if (found) return found;
        }
        return undefined;
      };
      const found = assign(0, {});
      if (found) return found;
    }
  return undefined;
}

/** Candidate values for each bound key, from the policy's own values. */
export function candidates(statements: Statement[], keys: string[], account: string): Record<string, string[]> {
  const byKey = policyValuesByKey(statements);
  const out: Record<string, string[]> = {};
  for (const k of keys) out[k] = outsiderValues(k, byKey.get(k.toLowerCase())?.values ?? [], account);
  return out;
}

