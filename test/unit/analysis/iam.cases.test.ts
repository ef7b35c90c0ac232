import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { unboundServiceGrants } from '../../../src/analysis/iam/confusedDeputy.js';
import { evaluateRequest } from '../../../src/analysis/iam/evaluate.js';
import { externalAccess, publicStatements } from '../../../src/analysis/iam/publicAccess.js';

const dir = new URL('../../cases/iam/', import.meta.url);
const caseSchema = z.object({
  name: z.string(),
  source: z.string().optional(),
  policies: z.object({ identity: z.array(z.unknown()).optional(), resource: z.unknown().optional() }),
  request: z.object({
    principal: z.object({ type: z.enum(['AWS', 'Service', 'Federated', 'CanonicalUser', 'Anonymous']), id: z.string().optional(), arn: z.string().optional(), account: z.string().optional() }),
    action: z.string(),
    resource: z.string().optional(),
    resourceAccount: z.string().optional(),
    context: z.record(z.string(), z.union([z.string(), z.array(z.string())])).default({}),
  }),
  /** Without a question the case asks for the decision on `request`; with one, for the analysis answer. */
  question: z.discriminatedUnion('kind', [z.object({ kind: z.literal('public') }), z.object({ kind: z.literal('deputy') }), z.object({ kind: z.literal('crossAccount'), trustedAccounts: z.array(z.string()) })]).optional(),
  expected: z.object({
    decision: z.enum(['Allow', 'ExplicitDeny', 'ImplicitDeny']).optional(),
    public: z.boolean().optional(),
    unbound: z.array(z.string()).optional(),
    externalAccounts: z.array(z.string()).optional(),
  }),
});

describe('IAM policy evaluation case files', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  it('has the acceptance cases', () => assert.ok(files.length >= 30, `${files.length} case files`));
  for (const file of files) {
    const c = caseSchema.parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    it(`${file}: ${c.name}`, () => {
      const resource = c.policies.resource;
      switch (c.question?.kind) {
        case undefined: {
          assert.ok(c.expected.decision, 'a decision case names the expected decision');
          const r = evaluateRequest({ identityPolicies: c.policies.identity, resourcePolicy: resource, request: c.request });
          assert.equal(r.decision, c.expected.decision, JSON.stringify(r, null, 1));
          return;
        }
        case 'public': {
          const open = publicStatements(resource).filter((s) => s.kind === 'everyone');
          assert.equal(open.length > 0, c.expected.public, JSON.stringify(open, null, 1));
          return;
        }
        case 'deputy':
          assert.deepEqual(unboundServiceGrants(resource).map((g) => g.service), c.expected.unbound);
          return;
        case 'crossAccount':
          assert.deepEqual([...new Set(externalAccess(resource, c.question.trustedAccounts).map((e) => e.account))].sort(), c.expected.externalAccounts);
          return;
      }
    });
  }
});
