import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { evaluateFramework } from '../../../src/frameworks/evaluate.js';
import { loadFramework } from '../../../src/frameworks/load.js';
import { embedJson, renderHtml } from '../../../src/report/html.js';
import type { ScanResult } from '../../../src/scan/result.js';
import { demoResult, finding, HOSTILE_NAME, HOSTILE_TAG } from '../../helpers/scanResult.js';

const CHROMIUM = '/usr/bin/chromium';

/** The demo scan plus findings whose names, tags and messages try to run script. */
async function hostileDemo(): Promise<ScanResult> {
  const demo = await demoResult();
  return {
    ...demo,
    findings: [
      ...demo.findings,
      finding({ id: 'h1', resource: { type: 'AWS::EC2::SecurityGroup', id: 'sg-h1', name: HOSTILE_NAME, account: '111122223333', region: 'us-east-1' }, message: HOSTILE_NAME, evidence: { tags: { Name: HOSTILE_TAG } } }),
      finding({ id: 'h2', title: HOSTILE_TAG, message: `<!-- ${HOSTILE_TAG}`, remediation: { text: HOSTILE_NAME, url: 'javascript:window.__pwned=1' } }),
    ],
  };
}

describe('HTML report (string level)', () => {
  it('embeds data with no raw < and the only script elements are the data and the hashed script', async () => {
    const html = renderHtml(await hostileDemo());
    assert.ok(!html.includes(HOSTILE_NAME) && !html.includes(HOSTILE_TAG) && !/href="?javascript/i.test(html));
    assert.equal((html.match(/<script/g) ?? []).length, 2);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;[^"]*script-src &#39;sha256-/);
    const markup = html.replace(/<script type="application\/json" id="posture-data">[^<]*<\/script>/, '');
    assert.notEqual(markup.length, html.length);
    assert.ok(!/<(link|img|iframe|object|embed|base)\b/i.test(markup) && !/\s(src|href)=/i.test(markup), 'no element that loads anything');
    assert.equal(embedJson({ s: '</script><!--\u2028&' }), '{"s":"\\u003c/script\\u003e\\u003c!--\\u2028\\u0026"}');
    assert.deepEqual(JSON.parse(embedJson({ s: '</script>' })), { s: '</script>' });
  });
});

describe('HTML report in headless Chromium', () => {
  let dir: string;
  let expected: { FAIL: number; ERROR: number; PASS: number; MUTED: number; total: number };
  let page: import('playwright-core').Page | undefined;
  let browser: import('playwright-core').Browser | undefined;
  const requests: string[] = [];
  const errors: string[] = [];

  before(async () => {
    const result = await hostileDemo();
    const count = (s: string) => result.findings.filter((f) => f.status === s).length;
    expected = { FAIL: count('FAIL'), ERROR: count('ERROR'), PASS: count('PASS'), MUTED: count('MUTED'), total: result.findings.length };
    dir = mkdtempSync(join(tmpdir(), 'posture-html-'));
    const fw = evaluateFramework(loadFramework('cis-aws-3.0.0'), result.findings);
    writeFileSync(join(dir, 'report.html'), renderHtml(result, { frameworks: [fw] }));
    if (!existsSync(CHROMIUM)) return;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(pathToFileURL(join(dir, 'report.html')).href);
  });
  after(async () => browser?.close());

  it('shows the expected counts, runs no injected script and fetches nothing', async (t) => {
    if (!page) {
      // Chromium is not installed here (`apt-get install -y chromium`): the string-level checks above still ran.
      t.diagnostic('no /usr/bin/chromium; browser checks not run');
      assert.ok(!existsSync(CHROMIUM));
      return;
    }
    for (const k of ['FAIL', 'ERROR', 'PASS', 'MUTED'] as const) assert.equal(await page.textContent(`#count-${k}`), String(expected[k]), k);
    assert.equal(await page.textContent('#shown-count'), `${expected.total} of ${expected.total} findings shown`);
    assert.equal(await page.locator('#findings details.f').count(), expected.total);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(await page.locator('#findings img').count(), 0);
    assert.ok(((await page.textContent('#findings')) ?? '').includes(HOSTILE_NAME), 'hostile name shown as text');
    assert.equal(await page.locator('#findings a[href^="javascript"]').count(), 0);
    assert.deepEqual(requests.filter((u) => !u.startsWith('file:')), []);
    assert.deepEqual(errors, []);
    assert.match((await page.textContent('#frameworks')) ?? '', /CIS Amazon Web Services Foundations Benchmark 3\.0\.0.*% of evaluated controls pass/);
  });

  it('filters by status, severity, service and text', async (t) => {
    if (!page) return t.diagnostic('no /usr/bin/chromium');
    await page.selectOption('#f-status', 'FAIL');
    assert.equal(await page.textContent('#shown-count'), `${expected.FAIL} of ${expected.total} findings shown`);
    await page.selectOption('#f-status', '');
    await page.fill('#f-text', 'sg-h1');
    assert.equal(await page.textContent('#shown-count'), `1 of ${expected.total} findings shown`);
    await page.click('#findings details.f:not([hidden]) summary');
    assert.match((await page.textContent('#findings details.f:not([hidden]) pre')) ?? '', /<\/script><script>window.__pwned=1<\/script>/);
    await page.fill('#f-text', '');
    await page.selectOption('#f-service', 'vpc');
    const vpcShown = Number(((await page.textContent('#shown-count')) ?? '').split(' ')[0]);
    assert.ok(vpcShown > 0 && vpcShown < expected.total);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  });
});
