import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvField, renderCsv } from '../../../src/report/csv.js';
import { finding, HOSTILE_FORMULA, scanResult } from '../../helpers/scanResult.js';

/** Minimal RFC 4180 reader, to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('CSV writer', () => {
  it('neutralises cells that a spreadsheet would run as formulas', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) assert.ok(csvField(bad).replace(/^"/, '').startsWith("'"), bad);
    assert.equal(csvField('sg-0abc'), 'sg-0abc');
  });

  it('round-trips quotes, commas and newlines per RFC 4180 with CRLF rows', () => {
    const r = scanResult([finding({ id: 'x', message: 'a "quoted", multi\nline', resource: { type: 'AWS::EC2::SecurityGroup', id: HOSTILE_FORMULA, account: '1', region: 'us-east-1' } })]);
    const text = renderCsv(r);
    assert.ok(text.endsWith('\r\n'));
    const rows = parseCsv(text);
    assert.equal(rows.length, 2);
    assert.equal(rows[0].length, rows[1].length);
    const col = (name: string) => rows[1][rows[0].indexOf(name)];
    assert.equal(col('message'), 'a "quoted", multi\nline');
    assert.equal(col('resourceId'), `'${HOSTILE_FORMULA}`);
    assert.deepEqual(JSON.parse(col('evidence')), { openRules: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22 }] });
  });
});
