import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml } from '../../../src/lib/content/readYaml.ts';

/** A trip as an editor wrote it in content/trips/ (the fields these tests read). */
export interface TripFile {
  slug: string;
  start: string;
  title: string;
  mode: string;
  leader: string;
  destination: string;
}

/** Trips as editors wrote them in content/trips/, for tests that look for a trip's page. */
export function tripFiles(): TripFile[] {
  const folder = join(process.cwd(), 'content/trips');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => readYaml(readFileSync(join(folder, file), 'utf8')) as TripFile);
}

export interface ChangeEntry {
  path: string;
  date: string;
  kind: string;
  what: string;
  why: string;
  /** The correction to a source document behind the change, if any. */
  concerns?: string | undefined;
}

type RawChange = { date: string | Date; kind: string; what: string; why: string; concerns?: string };

function isoDay(date: string | Date): string {
  return date instanceof Date ? date.toISOString().slice(0, 10) : date;
}

/**
 * Every correction and update as editors wrote them, in the published articles, the trips
 * and the site's own pages (content/pages/), with the address of the page each belongs to.
 */
export function changeEntries(): ChangeEntry[] {
  const articles = join(process.cwd(), 'content/articles');
  const fromArticles = readdirSync(articles)
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) => {
      const data = readYaml(readFileSync(join(articles, file), 'utf8').split(/^---$/m)[1] ?? '') as {
        draft?: boolean;
        changes?: RawChange[];
      };
      if (data.draft) return [];
      return (data.changes ?? []).map((change) => ({ ...change, path: `/articles/${file.replace(/\.mdx$/, '')}/` }));
    });
  const trips = join(process.cwd(), 'content/trips');
  const fromTrips = readdirSync(trips)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => {
      const data = readYaml(readFileSync(join(trips, file), 'utf8')) as { slug: string; changes?: RawChange[] };
      return (data.changes ?? []).map((change) => ({ ...change, path: `/trips/${data.slug}/` }));
    });
  const pages = join(process.cwd(), 'content/pages');
  const fromPages = readdirSync(pages)
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) => {
      const data = readYaml(readFileSync(join(pages, file), 'utf8').split(/^---$/m)[1] ?? '') as {
        changes?: RawChange[];
      };
      const id = file.replace(/\.mdx$/, '');
      return (data.changes ?? []).map((change) => ({ ...change, path: id === 'home' ? '/' : `/${id}/` }));
    });
  return [...fromArticles, ...fromTrips, ...fromPages].map((change) => ({
    path: change.path,
    date: isoDay(change.date),
    kind: change.kind,
    what: change.what,
    why: change.why,
    concerns: change.concerns,
  }));
}

/** The corrections to source documents as editors wrote them in content/corrections/. */
export function correctionFiles(): { id: string; date: string; title: string }[] {
  const folder = join(process.cwd(), 'content/corrections');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => {
      const data = readYaml(readFileSync(join(folder, file), 'utf8')) as { date: string; title: string };
      return { id: file.replace(/\.yaml$/, ''), date: data.date, title: data.title };
    });
}

export interface StoryFile {
  /** The story page's address. */
  path: string;
  stages: { id: string; title: string; from: string; to: string }[];
}

/** The day-by-day stories as editors wrote them in content/stories/, with their pages' addresses. */
export function storyFiles(): StoryFile[] {
  const folder = join(process.cwd(), 'content/stories');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => {
      const data = readYaml(readFileSync(join(folder, file), 'utf8')) as { trip: string; stages: StoryFile['stages'] };
      return { path: `/trips/${data.trip}/day-by-day/`, stages: data.stages };
    });
}

/** A place's position as editors wrote it in content/places/. */
export function placePosition(id: string): { latitude: number; longitude: number } {
  const data = readYaml(readFileSync(join(process.cwd(), 'content/places', `${id}.yaml`), 'utf8')) as {
    latitude: number;
    longitude: number;
  };
  return { latitude: data.latitude, longitude: data.longitude };
}

/** A place's English name as editors wrote it in content/places/. */
export function placeName(id: string): string {
  const data = readYaml(readFileSync(join(process.cwd(), 'content/places', `${id}.yaml`), 'utf8')) as {
    name: { en: string };
  };
  return data.name.en;
}

/** The rail route the home map draws (the route file with homeMap: true): its title and its stops' place ids. */
export function homeRoute(): { title: string; stops: string[] } {
  const folder = join(process.cwd(), 'content/routes');
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.yaml'))) {
    const data = readYaml(readFileSync(join(folder, file), 'utf8')) as {
      homeMap?: boolean;
      title: string;
      stops: Array<string | { place: string }>;
    };
    if (data.homeMap) {
      return { title: data.title, stops: data.stops.map((stop) => (typeof stop === 'string' ? stop : stop.place)) };
    }
  }
  throw new Error('No route in content/routes/ has homeMap: true');
}
