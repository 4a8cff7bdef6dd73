import { describe, expect, it } from 'vitest';
import { readMdxArticle } from '../../../src/lib/content/mdxArticle.ts';

const frontmatter = '---\ntitle: A title for the test\n---\n';

describe('readMdxArticle', () => {
  it('lists citations with their line in the whole file', () => {
    const article = readMdxArticle(
      `${frontmatter}\nOne fact.<Cite id="speed-50kmh" />\n\nTwo.<Cite id='departure-photo'/>\n`,
    );
    expect(article.syntaxError).toBeUndefined();
    expect(article.citations).toEqual([
      { id: 'speed-50kmh', line: 5, heading: -1 },
      { id: 'departure-photo', line: 7, heading: -1 },
    ]);
  });

  it('says under which heading each citation sits, and counts no heading inside code', () => {
    const article = readMdxArticle(
      `${frontmatter}\n## One\n\nA.<Cite id="a" />\n\n\`\`\`\n## not a heading\n\`\`\`\n\n### Two\n\nB.<Cite id="b" />\n`,
    );
    expect(article.headings).toEqual([
      { depth: 2, line: 5 },
      { depth: 3, line: 13 },
    ]);
    expect(article.citations.map(({ id, heading }) => [id, heading])).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
  });

  it('reports where MDX stops compiling', () => {
    const article = readMdxArticle(`${frontmatter}\nFine.\n\nA fact.<Cite id="speed-50kmh">\n`);
    expect(article.syntaxError).toMatchObject({ line: 7, message: expect.stringContaining('closing tag') });
  });

  it('finds Markdown images and image tags, with or without alt text', () => {
    const article = readMdxArticle(
      `${frontmatter}\n![](/a.jpg)\n\n![The train](/b.jpg)\n\n<img src="/c.jpg" />\n\n<img src="/d.jpg" alt="A carriage" />\n`,
    );
    expect(article.images).toEqual([
      { line: 5, form: '![…](…)', src: '/a.jpg', alt: '' },
      { line: 7, form: '![…](…)', src: '/b.jpg', alt: 'The train' },
      { line: 9, form: '<img>', src: '/c.jpg', alt: undefined },
      { line: 11, form: '<img>', src: '/d.jpg', alt: 'A carriage' },
    ]);
  });
});

describe('readMdxArticle and corrections', () => {
  it('tells a correction on a line of its own from one inside a sentence', () => {
    const article = readMdxArticle('Text.\n\n<Correction id="a" />\n\nMore text <Correction id="b" /> and more.\n');
    expect(article.corrections.map((entry) => `${entry.id}:${entry.inline}`)).toEqual(['a:false', 'b:true']);
  });
});

describe('readMdxArticle and the notes of a page', () => {
  it('lists the <Cite> and <Correction> tags together in reading order, each under its heading', () => {
    const article = readMdxArticle(
      'Intro.<Cite id="a" />\n\n## First\n\n<Correction id="c" />\n\nOne.<Cite id="b" /> Two.<Cite id="a" />\n',
    );
    expect(article.notes).toEqual([
      { tag: 'Cite', id: 'a', heading: -1 },
      { tag: 'Correction', id: 'c', heading: 0 },
      { tag: 'Cite', id: 'b', heading: 0 },
      { tag: 'Cite', id: 'a', heading: 0 },
    ]);
  });
});
