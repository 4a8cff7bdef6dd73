import { describe, expect, it } from 'vitest';
import { siteChanges, type ChangeInput } from '../../../src/lib/changes/pageChanges.ts';
import {
  documentCorrectionChange,
  withDocumentCorrections,
  type DocumentCorrection,
} from '../../../src/lib/changes/documentCorrections.ts';
import { dayDate } from '../../support/dates.ts';

const correction = (id: string, date: string, title = `Title of ${id}`): DocumentCorrection => ({
  id,
  date: dayDate(date),
  title,
  record: `What the record shows about ${id}.`,
  documentTitle: 'A seed document',
});

const pageChange = (date: string, what: string, concerns?: string): ChangeInput => ({
  date: dayDate(date),
  kind: 'correction',
  what,
  why: `Because of ${what}.`,
  concerns,
});

describe('documentCorrectionChange', () => {
  it('lists a correction from its own file: its day, its title, what the record shows, and where it is shown', () => {
    const listed = documentCorrectionChange(correction('moscow-2001', '2026-12-01', 'The journey was in 2001'));
    expect(listed).toMatchObject({
      date: dayDate('2026-12-01'),
      iso: '2026-12-01',
      dateLabel: '1 December 2026',
      kind: 'correction',
      kindLabel: 'Correction to a source document',
      what: 'The journey was in 2001',
      why: 'What the record shows about moscow-2001.',
      concerns: 'moscow-2001',
      pageTitle: 'A seed document',
      pagePath: '/sources/',
      href: '/sources/#correction-moscow-2001',
      listAnchor: 'correction-moscow-2001',
    });
  });
});

describe('withDocumentCorrections', () => {
  it('adds a correction that no page’s change describes, in its place among the changes, newest first', () => {
    const pages = siteChanges([
      { title: 'One', path: '/one/', changes: [pageChange('2026-12-07', 'a'), pageChange('2026-11-02', 'b')] },
    ]);
    const listed = withDocumentCorrections(pages, [correction('alone', '2026-12-01')]);
    expect(listed.map((entry) => entry.what)).toEqual(['a', 'Title of alone', 'b']);
  });

  it('keeps the page’s change and leaves out the correction’s own entry when a change concerns it', () => {
    const pages = siteChanges([
      { title: 'One', path: '/one/', changes: [pageChange('2026-12-07', 'the page said 2002', 'moscow-2001')] },
    ]);
    const listed = withDocumentCorrections(pages, [correction('moscow-2001', '2026-12-01')]);
    expect(listed.map((entry) => entry.href)).toEqual(['/one/#change-2026-12-07']);
  });

  it('lists the pages’ changes before the corrections of the same day, and those by title', () => {
    const pages = siteChanges([{ title: 'One', path: '/one/', changes: [pageChange('2026-12-01', 'a')] }]);
    const listed = withDocumentCorrections(pages, [
      correction('second', '2026-12-01', 'Zeta'),
      correction('first', '2026-12-01', 'Alpha'),
    ]);
    expect(listed.map((entry) => entry.what)).toEqual(['a', 'Alpha', 'Zeta']);
  });

  it('leaves the changes as they are when every correction is described by one', () => {
    const pages = siteChanges([
      {
        title: 'One',
        path: '/one/',
        changes: [
          pageChange('2026-12-01', 'a', 'x'),
          pageChange('2026-12-01', 'b'),
          pageChange('2026-11-01', 'c', 'y'),
        ],
      },
    ]);
    expect(withDocumentCorrections(pages, [correction('x', '2026-12-09'), correction('y', '2026-10-01')])).toEqual(
      pages,
    );
  });
});
