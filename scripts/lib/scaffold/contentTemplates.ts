/**
 * The starting text of a new article, trip, place or leader. Fields the editor must write hold a
 * TODO placeholder, which validation rejects, so a half-filled file never publishes;
 * optional fields are commented out with an example.
 */
import { articleSchema, leaderSchema, placeSchema, tripSchema } from '../../../src/lib/content/schemas.ts';
import { renderFields, yamlText } from './yamlFields.ts';

export const CONTENT_KINDS = ['article', 'trip', 'place', 'leader'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export interface TemplateInput {
  title: string;
  slug: string;
  /** Today as YYYY-MM-DD. */
  today: string;
  /** For an article: where it goes in the list of sections. */
  order?: number;
}

export interface ContentTemplate {
  /** Path under content/. */
  path: string;
  text: string;
  /** Where the entry can be seen in `npm run dev`. */
  previewPath: string;
}

function header(kind: ContentKind, today: string): string {
  return [
    `# A new ${kind}, created on ${today} with "npm run new -- ${kind}".`,
    '# Replace every TODO, using the comment above each field, then run "npm run validate".',
    `# EDITING.md explains each step.`,
  ].join('\n');
}

function tripTemplate({ title, slug, today }: TemplateInput): ContentTemplate {
  const fields = renderFields(tripSchema(), [
    { name: 'slug', value: slug },
    { name: 'title', value: yamlText(title) },
    { name: 'leader', value: 'TODO' },
    { name: 'start', value: yamlText('TODO: the date as the source gives it') },
    { name: 'end', example: yamlText('2019-04-26') },
    { name: 'dateNote', example: yamlText('Reports disagree on the day of the return.') },
    { name: 'planned', example: 'true' },
    { name: 'mode', value: 'TODO' },
    { name: 'origin', value: 'TODO' },
    { name: 'destination', value: 'TODO' },
    { name: 'modeNote', example: yamlText('By train to Dong Dang, then by car to Hanoi.') },
    { name: 'stops', value: '[]' },
    { name: 'returnTo', example: 'pyongyang' },
    { name: 'met', example: yamlText('Vladimir Putin, President of Russia') },
    { name: 'purpose', example: yamlText('A summit with Vladimir Putin, the first since 2019.') },
    { name: 'summary', value: yamlText('TODO: one or two sentences in your own words') },
    { name: 'citations', value: '[TODO]' },
    { name: 'verification', value: 'TODO' },
    { name: 'note', example: yamlText("The sources disagree on the date of the leader's return.") },
  ]);
  return {
    path: `trips/${slug}.yaml`,
    text: `${header('trip', today)}\n\n${fields}\n`,
    previewPath: `/trips/${slug}/`,
  };
}

function placeTemplate({ title, slug, today }: TemplateInput): ContentTemplate {
  const fields = renderFields(placeSchema(), [
    {
      name: 'name',
      children: [
        { name: 'en', value: yamlText(title) },
        { name: 'ko', example: yamlText('평양') },
        { name: 'ru', example: yamlText('Владивосток') },
      ],
    },
    { name: 'latitude', value: 'TODO' },
    { name: 'longitude', value: 'TODO' },
    { name: 'kind', value: 'TODO' },
    { name: 'country', value: 'TODO' },
    { name: 'onRoute', value: 'false' },
    {
      name: 'coordinates',
      children: [
        { name: 'source', value: yamlText('TODO: the gazetteer, for example GeoNames') },
        { name: 'url', value: yamlText('TODO: the address of the place in that gazetteer') },
      ],
    },
  ]);
  const intro = `${header('place', today)}\n# The file name (${slug}) is the place's id: trips and routes refer to it by that name.`;
  return { path: `places/${slug}.yaml`, text: `${intro}\n\n${fields}\n`, previewPath: '/' };
}

function leaderTemplate({ title, slug, today }: TemplateInput): ContentTemplate {
  const fields = renderFields(leaderSchema(), [
    { name: 'name', value: yamlText(title) },
    { name: 'nativeName', value: yamlText('TODO: the name in Hangul') },
  ]);
  const intro = `${header('leader', today)}\n# The file name (${slug}) is the leader's id: a trip names its leader by it, in leader:.`;
  return { path: `leaders/${slug}.yaml`, text: `${intro}\n\n${fields}\n`, previewPath: '/trips/' };
}

function articleTemplate({ title, slug, today, order = 1 }: TemplateInput): ContentTemplate {
  const fields = renderFields(articleSchema(), [
    { name: 'title', value: yamlText(title) },
    { name: 'description', value: yamlText('TODO: one sentence of 40 to 160 characters that sums up the article') },
    { name: 'order', value: String(order) },
    { name: 'published', value: yamlText(today) },
    { name: 'updated', example: yamlText(today) },
    { name: 'reportingAsOf', value: yamlText('TODO: the date of the newest source, as YYYY-MM-DD') },
    { name: 'sources', value: '[TODO]' },
    { name: 'relatedTrips', value: '[]' },
    { name: 'draft', value: 'false' },
  ]);
  const body = [
    '## TODO: a heading for the first part',
    '',
    'TODO: write the first paragraph in your own words. After each fact, cite the passage it comes from, like this.<Cite id="TODO-passage-id" />',
    '',
  ].join('\n');
  return {
    path: `articles/${slug}.mdx`,
    text: `---\n${header('article', today)}\n\n${fields}\n---\n\n${body}`,
    previewPath: `/articles/${slug}/`,
  };
}

export const TEMPLATES: Record<ContentKind, (input: TemplateInput) => ContentTemplate> = {
  article: articleTemplate,
  trip: tripTemplate,
  place: placeTemplate,
  leader: leaderTemplate,
};
