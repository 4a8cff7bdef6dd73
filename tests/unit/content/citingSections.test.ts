import { describe, expect, it } from 'vitest';
import { citingSections } from '../../../src/lib/content/citingSections.ts';
import { readMdxArticle } from '../../../src/lib/content/mdxArticle.ts';

const headings = [
  { depth: 2, slug: 'first', text: 'First' },
  { depth: 2, slug: 'second-part', text: 'Second part' },
];

/** An article's text citing a before its first heading, both a and b under the first, b twice under the second. */
const body = [
  'Intro.<Cite id="a" />',
  '## First',
  'One.<Cite id="b" /> Two.<Cite id="a" />',
  '## Second part',
  'Three.<Cite id="b" /><Cite id="b" />',
].join('\n');

describe('citingSections', () => {
  it('files each citation under the heading it follows', () => {
    const sections = citingSections(readMdxArticle(body).notes, headings);
    expect(sections.get('a')).toEqual([
      { slug: undefined, text: undefined },
      { slug: 'first', text: 'First' },
    ]);
    expect(sections.get('b')).toEqual([
      { slug: 'first', text: 'First' },
      { slug: 'second-part', text: 'Second part' },
    ]);
  });

  it('lists the passages cited with <Cite>, not the corrections', () => {
    const notes = readMdxArticle('## First\n\n<Correction id="x" />\n\nOne.<Cite id="a" />').notes;
    expect([...citingSections(notes, headings).keys()]).toEqual(['a']);
  });

  it('does not count a # line inside a code block as a heading', () => {
    const withCode = ['## First', '```', '# not a heading', '```', 'Text.<Cite id="c" />'].join('\n');
    expect(citingSections(readMdxArticle(withCode).notes, headings).get('c')).toEqual([
      { slug: 'first', text: 'First' },
    ]);
  });
});
