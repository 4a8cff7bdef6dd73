import { describe, expect, it } from 'vitest';
import { htmlErrors, type NuMessage } from '../../../../scripts/lib/quality/nuHtmlChecker.ts';

const parseError = (extract: string): NuMessage => ({
  type: 'error',
  message: 'CSS: “width”: Parse Error.',
  extract,
});

describe('htmlErrors', () => {
  it('excuses a CSS parse error only where the code it quotes uses container query units', () => {
    expect(htmlErrors([parseError('n(100cqw,100cqh);max-width:non')])).toEqual([]);
    const real = parseError('width: 10pz;margin:0');
    expect(htmlErrors([real])).toEqual([real]);
  });
});
