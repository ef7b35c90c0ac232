/**
 * Canonical form of IAM policy documents (identity, trust and resource policies): arrays
 * everywhere, condition operators and keys kept with their case, keys compared
 * case-insensitively as AWS does. Every policy question in posture starts from here.
 */
export interface Statement {
  sid?: string;
  effect: 'Allow' | 'Deny';
  /** Principals by kind ("AWS", "Service", "Federated", "CanonicalUser", or "*" for `Principal: "*"`). */
  principal?: Record<string, string[]>;
  notPrincipal?: Record<string, string[]>;
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  /** operator → key → values */
  condition: Record<string, Record<string, string[]>>;
}

const arr = (v: unknown): string[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

function principals(v: unknown): Record<string, string[]> | undefined {
  if (v === undefined) return undefined;
  if (v === '*') return { '*': ['*'] };
  if (typeof v !== 'object' || v === null) return { '*': [String(v)] };
  const out: Record<string, string[]> = {};
  for (const [k, val] of Object.entries(v)) out[k] = arr(val);
  return out;
}

/** Parses a document (object or JSON text) into statements; malformed input yields none. */
export function statementsOf(doc: unknown): Statement[] {
  let d = doc;
  if (typeof d === 'string') {
    try {
      d = JSON.parse(d);
    } catch {
      return [];
    }
  }
  if (!d || typeof d !== 'object') return [];
  const raw = (d as { Statement?: unknown }).Statement;
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list
    .filter((s): s is Record<string, unknown> => !!s && typeof s === 'object')
    .map((s) => {
      const condition: Statement['condition'] = {};
      for (const [op, keys] of Object.entries((s.Condition as Record<string, unknown>) ?? {}))
        if (keys && typeof keys === 'object') {
          condition[op] = {};
          for (const [k, v] of Object.entries(keys)) condition[op][k] = arr(v);
        }
      return {
        sid: typeof s.Sid === 'string' ? s.Sid : undefined,
        effect: s.Effect === 'Deny' ? 'Deny' : 'Allow',
        principal: principals(s.Principal),
        notPrincipal: principals(s.NotPrincipal),
        action: s.Action === undefined ? undefined : arr(s.Action),
        notAction: s.NotAction === undefined ? undefined : arr(s.NotAction),
        resource: s.Resource === undefined ? undefined : arr(s.Resource),
        notResource: s.NotResource === undefined ? undefined : arr(s.NotResource),
        condition,
      } satisfies Statement;
    });
}

/** Condition entries whose key is one of `keys` (case-insensitive), with their operator. */
export function conditionsOn(s: Statement, keys: string[]): Array<{ operator: string; key: string; values: string[] }> {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  const out: Array<{ operator: string; key: string; values: string[] }> = [];
  for (const [operator, byKey] of Object.entries(s.condition))
    for (const [key, values] of Object.entries(byKey)) if (wanted.has(key.toLowerCase())) out.push({ operator, key, values });
  return out;
}

export function describeStatement(s: Statement, index: number): string {
  return s.sid ? `statement '${s.sid}'` : `statement #${index + 1}`;
}
