import { allowingStatements, evaluateRequest } from '../../analysis/iam/evaluate.js';

export interface UnnamedResourceProbe {
  action: string;
  /** An ARN of a resource the policy cannot know by name, e.g. a group or security group with a made-up id. */
  resource: string;
  account: string;
  /**
   * Condition keys that describe the resource rather than the call (aws:ResourceTag/…, ec2:Vpc):
   * a condition on them does not go the holder's way, because scoping by them is what AWS
   * recommends and the probe resource matches none of their values.
   */
  resourceKeys: RegExp;
}

/**
 * Statements of an identity policy that allow `action` on a resource it cannot know by name, i.e.
 * on every such resource ("*", "group/*", any region). Other conditions go the holder's way, as in
 * analysis/iam/privileges.ts, since the holder chooses how it calls.
 */
export function grantsOnUnnamedResource(doc: unknown, p: UnnamedResourceProbe): string[] {
  const r = evaluateRequest({
    identityPolicies: [doc],
    request: {
      principal: { type: 'AWS', arn: `arn:aws:iam::${p.account}:role/posture-policy-holder`, account: p.account },
      action: p.action,
      resource: p.resource,
      openKeys: (key) => !p.resourceKeys.test(key),
    },
  });
  return r.decision === 'Allow' ? allowingStatements(r).map((m) => m.label) : [];
}
