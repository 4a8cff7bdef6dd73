/**
 * Titles and descriptions of the site's fixed pages, shared by the pages themselves and
 * by the social cards drawn for them.
 */
export interface FixedPage {
  path: string;
  title: string;
  description: string;
  /** What the social card calls the page. */
  kind: string;
}

export const SEARCH_PAGE: FixedPage = {
  path: '/search/',
  title: 'Search',
  description: 'Search the sections, the trips and the places of The Armored Train.',
  kind: 'Search',
};

export const NOT_FOUND_PAGE: FixedPage = {
  path: '/404/',
  title: 'Page not found',
  description: 'There is no page at this address. Search the site or pick a section.',
  kind: 'Not found',
};

export const SOURCES_PAGE: FixedPage = {
  path: '/sources/',
  title: 'Sources',
  description:
    'The two documents this explainer started from, the public reports that check them, and every passage it cites.',
  kind: 'Sources',
};

export const DATA_PAGE: FixedPage = {
  path: '/data/',
  title: 'Get the data',
  description:
    'The trips, places and railway lines behind the maps and the timeline, as GeoJSON, CSV and JSON, under CC BY 4.0.',
  kind: 'Data',
};

export const CORRECTIONS_PAGE: FixedPage = {
  path: '/corrections/',
  title: 'Corrections and updates',
  description:
    'Every correction and update made to the sections and trips of The Armored Train, newest first, with what changed and why.',
  kind: 'Corrections',
};
