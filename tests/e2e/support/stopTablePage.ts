import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The built article that shows the rail route's stop table (the one whose text places <RouteMapFigure />). */
export function pageShowingStopTable(): string {
  const articles = join(process.cwd(), 'dist/articles');
  const slug = readdirSync(articles).find((name) =>
    readFileSync(join(articles, name, 'index.html'), 'utf8').match(/class="stop-table[ "]/),
  );
  if (slug === undefined) throw new Error('No built article shows the stop table: build the site first.');
  return `/articles/${slug}/`;
}
