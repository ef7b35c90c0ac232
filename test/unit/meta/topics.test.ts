import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { PRODUCT_SERVICES, TOPICS } from '../../../src/core/vocabulary.js';
import { RULES } from '../../../src/rules/index.js';

/**
 * Issue 3 acceptance: every security topic of each product that applies has at least one rule in
 * the product's service folders; every pair without one is accounted for in
 * docs/topics-not-applicable.md (not applicable, covered by named rules elsewhere, or not judged).
 */
const DOC = new URL('../../../docs/topics-not-applicable.md', import.meta.url);
const KINDS = ['not-applicable', 'covered-by', 'not-judged'] as const;

interface Row {
  line: number;
  product: string;
  topic: string;
  kind: string;
  rules: string[];
  reason: string;
  url: string;
}

/** The rows of the markdown table whose header starts with "| Product | Topic |". */
export function parseTopicTable(markdown: string): Row[] {
  const lines = markdown.split('\n');
  const header = lines.findIndex((l) => /^\|\s*Product\s*\|\s*Topic\s*\|/.test(l));
  if (header < 0) throw new Error('no "| Product | Topic |" table');
  const cells = (l: string) => l.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
  const names = cells(lines[header]).map((c) => c.toLowerCase());
  const col = (n: string) => {
    const i = names.indexOf(n);
    if (i < 0) throw new Error(`table has no "${n}" column`);
    return i;
  };
  const [p, t, k, r, why, url] = ['product', 'topic', 'kind', 'rules', 'reason', 'aws documentation'].map(col);
  const rows: Row[] = [];
  for (let i = header + 2; i < lines.length && lines[i].trim().startsWith('|'); i++) {
    const c = cells(lines[i]);
    rows.push({ line: i + 1, product: c[p], topic: c[t], kind: c[k], rules: c[r] ? c[r].split(',').map((x) => x.trim()).filter(Boolean) : [], reason: c[why], url: c[url] });
  }
  return rows;
}

const rows = parseTopicTable(readFileSync(DOC, 'utf8'));
const byId = new Map(RULES.map((r) => [r.id, r]));

describe('security topics per product (docs/topics-not-applicable.md)', () => {
  it('parses a non-empty table of known products, topics and kinds, each row with a reason and an AWS documentation URL', () => {
    assert.ok(rows.length > 10);
    for (const row of rows) {
      const at = `line ${row.line}`;
      assert.ok(row.product in PRODUCT_SERVICES, `${at}: unknown product "${row.product}"`);
      assert.ok((TOPICS as readonly string[]).includes(row.topic), `${at}: unknown topic "${row.topic}"`);
      assert.ok((KINDS as readonly string[]).includes(row.kind), `${at}: kind "${row.kind}" is not one of ${KINDS.join(', ')}`);
      assert.ok(row.reason.length > 20, `${at}: give a reason`);
      assert.match(row.url, /^https:\/\/docs\.aws\.amazon\.com\/\S+$/, `${at}: cite the AWS documentation page`);
    }
  });

  it('lists each (product, topic) pair at most once', () => {
    const seen = new Set<string>();
    for (const row of rows) {
      const key = `${row.product} / ${row.topic}`;
      assert.ok(!seen.has(key), `line ${row.line}: ${key} listed twice`);
      seen.add(key);
    }
  });

  it('names only existing rules, and covered-by rows name at least one', () => {
    for (const row of rows) {
      if (row.kind === 'covered-by') assert.ok(row.rules.length > 0, `line ${row.line}: covered-by needs rule ids`);
      for (const id of row.rules) assert.ok(byId.has(id), `line ${row.line}: rule ${id} is not in the registry`);
    }
  });

  for (const [product, services] of Object.entries(PRODUCT_SERVICES)) {
    it(`${product}: every topic has a rule in ${services.join('/')} or a row in the table, never both`, () => {
      const problems: string[] = [];
      for (const topic of TOPICS) {
        const rules = RULES.filter((r) => (services as string[]).includes(r.service) && r.topic === topic);
        const row = rows.find((x) => x.product === product && x.topic === topic);
        if (!rules.length && !row) problems.push(`${topic}: no rule and no row`);
        if (rules.length && row) problems.push(`${topic}: has ${rules.map((r) => r.id).join(', ')}; remove row at line ${row.line}`);
      }
      assert.deepEqual(problems, []);
    });
  }
});

describe('parseTopicTable', () => {
  it('reads columns by header name and splits rule lists', () => {
    const md = '# t\n\n| Product | Topic | Kind | Rules | Reason | AWS documentation |\n|---|---|---|---|---|---|\n| AWS Config | resilience | covered-by | a_b, c_d | because | https://docs.aws.amazon.com/x |\n\nafter';
    const [r] = parseTopicTable(md);
    assert.deepEqual({ ...r, line: 0 }, { line: 0, product: 'AWS Config', topic: 'resilience', kind: 'covered-by', rules: ['a_b', 'c_d'], reason: 'because', url: 'https://docs.aws.amazon.com/x' });
    assert.throws(() => parseTopicTable('no table'), /no "\| Product \| Topic \|" table/);
  });
});
