import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { ruleCatalogue } from '../../../src/cli/catalogue.js';
import { COLLECTORS, COLLECTORS_BY_ID } from '../../../src/collectors/index.js';
import { SERVICES, SEVERITIES, TOPICS } from '../../../src/core/vocabulary.js';
import { RESOURCE_TYPES } from '../../../src/inventory/schema.js';
import { RULE_FILES, RULES } from '../../../src/rules/index.js';
import { renderRuleIndex } from '../../../scripts/gen-rule-index.js';
import { renderIamPolicy, renderRulesDoc } from '../../../scripts/gen-docs.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

describe('rule registry', () => {
  it('ids are unique, snake_case, equal to the file name, and prefixed by their service folder', () => {
    assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length);
    for (const r of RULES) {
      assert.match(r.id, /^[a-z0-9]+(_[a-z0-9]+)+$/, r.id);
      const folder = RULE_FILES[r.id];
      assert.ok(folder, `${r.id} is not the name of its file`);
      assert.equal(folder, r.service, `${r.id} lives in ${folder}/ but says service ${r.service}`);
      assert.ok(r.id.startsWith(`${r.service.replace('-', '_')}_`), `${r.id} does not start with its service`);
    }
  });
  it('metadata is complete and in the vocabularies', () => {
    for (const r of RULES) {
      assert.ok(SEVERITIES.includes(r.severity), `${r.id} severity`);
      assert.ok(SERVICES.includes(r.service), `${r.id} service`);
      assert.ok(TOPICS.includes(r.topic), `${r.id} topic`);
      assert.ok((RESOURCE_TYPES as string[]).concat(['AWS::Account', 'AWS::Region']).includes(r.resourceType), `${r.id} resourceType ${r.resourceType}`);
      assert.ok(r.title.length > 10 && !/^Ensure/i.test(r.title), `${r.id} title states the desired state`);
      for (const k of ['description', 'risk'] as const) assert.ok(r[k].length > 20, `${r.id} ${k}`);
      assert.ok(r.remediation.text.length > 20, `${r.id} remediation text`);
      assert.ok(r.remediation.cli || r.remediation.cloudformation || r.remediation.terraform, `${r.id} remediation has CLI, CloudFormation or Terraform`);
      assert.match(r.remediation.url, /^https:\/\//, `${r.id} remediation url`);
      assert.ok(r.requires.length > 0, `${r.id} requires data`);
      for (const c of r.requires) assert.ok(COLLECTORS_BY_ID.has(c), `${r.id} requires unknown collector ${c}`);
    }
  });
  it('params schemas accept an empty config and export as JSON Schema', () => {
    for (const r of RULES) {
      if (!r.params) continue;
      assert.doesNotThrow(() => r.params!.parse({}), `${r.id} params need defaults`);
      assert.doesNotThrow(() => z.toJSONSchema(r.params!, { io: 'input' }), r.id);
    }
    assert.equal(ruleCatalogue(RULES).length, RULES.length);
  });
  it('the committed registry and generated docs are current (run `npm run gen`)', () => {
    assert.equal(readFileSync(join(ROOT, 'src/rules/index.ts'), 'utf8'), renderRuleIndex(join(ROOT, 'src/rules')));
    assert.equal(readFileSync(join(ROOT, 'docs/rules.md'), 'utf8'), renderRulesDoc());
    assert.equal(readFileSync(join(ROOT, 'docs/iam-policy.json'), 'utf8'), renderIamPolicy());
  });
});

describe('collector registry', () => {
  it('ids are unique, name a service, declare IAM actions and the types they produce', () => {
    assert.equal(COLLECTORS_BY_ID.size, COLLECTORS.length);
    for (const c of COLLECTORS) {
      assert.match(c.id, /^[a-z][A-Za-z0-9]*\.[A-Za-z0-9]+$/, c.id);
      assert.ok(c.iamActions.length > 0, `${c.id} iamActions`);
      for (const a of c.iamActions) assert.match(a, /^[a-z0-9-]+:(Describe|List|Get|BatchGet|Select|Lookup|Search)[A-Za-z]*$/, `${c.id}: ${a} is not a read action`);
      assert.ok(c.produces.length > 0, `${c.id} produces`);
      for (const d of c.dependsOn ?? []) assert.ok(COLLECTORS_BY_ID.has(d), `${c.id} depends on unknown ${d}`);
    }
  });
});

describe('architecture seams', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    });
  it('only the AWS source (collectors, live scan, client factory) imports the AWS SDK', () => {
    const allowed = [/^src\/collectors\/aws\//, /^src\/scan\/(live|accounts)\.ts$/, /^src\/aws\//];
    const offenders = files(join(ROOT, 'src'))
      .map((p) => relative(ROOT, p))
      .filter((p) => !allowed.some((re) => re.test(p)) && /from ['"]@aws-sdk\/|import\(['"]@aws-sdk\//.test(readFileSync(join(ROOT, p), 'utf8')));
    assert.deepEqual(offenders, []);
  });
  it('collector modules load the SDK lazily (no value import at the top)', () => {
    const offenders = files(join(ROOT, 'src/collectors/aws'))
      .map((p) => relative(ROOT, p))
      .filter((p) => /^import (?!type )[^;]*from ['"]@aws-sdk\//m.test(readFileSync(join(ROOT, p), 'utf8')));
    assert.deepEqual(offenders, []);
  });
  it('rules and analyses do no I/O', () => {
    const offenders = [...files(join(ROOT, 'src/rules')), ...files(join(ROOT, 'src/analysis')), ...files(join(ROOT, 'src/engine'))]
      .map((p) => relative(ROOT, p))
      .filter((p) => /from ['"](node:)?(fs|child_process|net|http|https)['"]/.test(readFileSync(join(ROOT, p), 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
