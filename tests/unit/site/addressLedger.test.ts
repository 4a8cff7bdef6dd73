import { describe, expect, it } from 'vitest';
import { anchorForwardsOf, formatLedger, parseLedger, pathForwardsOf } from '../../../src/lib/site/addressLedger.ts';

describe('the address ledger file', () => {
  it('reads addresses and forwards, skipping comments and blank lines', () => {
    const ledger = parseLedger(
      '# a comment\n\n/trips/\n/trips/a/#at-x -> /trips/a/#at-y\n/old/ -> /new/\n/data/trips.csv\n',
    );
    expect(ledger.problems).toEqual([]);
    expect(ledger.lines).toEqual([
      { address: '/trips/' },
      { address: '/trips/a/#at-x', forward: '/trips/a/#at-y' },
      { address: '/old/', forward: '/new/' },
      { address: '/data/trips.csv' },
    ]);
  });

  it('names the line of an address it cannot read, a line listed twice and a forward to itself', () => {
    const { problems } = parseLedger('/a/\nnot an address\n/a/\n/b/ -> /b/\n/c/ -> /d/ -> /e/\n');
    expect(problems.map((problem) => problem.line)).toEqual([2, 3, 4, 5]);
    expect(problems[1]?.reason).toContain('listed twice');
    expect(problems[2]?.reason).toContain('forwards to itself');
  });

  it('writes the lines sorted under the explaining header, and reads back what it wrote', () => {
    const lines = [{ address: '/b/' }, { address: '/a/#x', forward: '/a/#y' }, { address: '/a/' }];
    const text = formatLedger(lines);
    expect(text.startsWith('# ')).toBe(true);
    expect(text.trimEnd().split('\n').slice(-3)).toEqual(['/a/', '/a/#x -> /a/#y', '/b/']);
    expect(parseLedger(text)).toEqual({ lines: [lines[2], lines[1], lines[0]], problems: [] });
  });

  it('gives a page its anchor forwards, and servers the forwards of pages and files', () => {
    const ledger = parseLedger('/p/#old -> /q/#new\n/q/#x -> /q/#y\n/old/ -> /new/\n/f.csv -> /g.csv\n');
    expect(anchorForwardsOf(ledger, '/p/')).toEqual({ old: '/q/#new' });
    expect(pathForwardsOf(ledger)).toEqual([
      { from: '/old/', to: '/new/' },
      { from: '/f.csv', to: '/g.csv' },
    ]);
  });
});
