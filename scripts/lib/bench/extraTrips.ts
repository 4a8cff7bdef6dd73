/**
 * Generated trips for measuring how the build grows with content. Each is a copy of a
 * real trip with its own slug and title, pointing at real places and real source
 * passages, so it passes the same validation as an editor's file.
 */
export type TripData = Record<string, unknown> & { slug: string; title: string };

export interface ExtraTripOptions {
  template: TripData;
  count: number;
  placeIds: string[];
  passageIds: string[];
}

export interface GeneratedTrip {
  fileName: string;
  data: TripData;
}

export function extraTrips({ template, count, placeIds, passageIds }: ExtraTripOptions): GeneratedTrip[] {
  if (placeIds.length < 2) throw new Error('Generated trips need at least two places to travel between');
  if (passageIds.length === 0) throw new Error('Generated trips need at least one source passage to cite');
  return Array.from({ length: count }, (_, index) => {
    const number = String(index + 1).padStart(4, '0');
    const slug = `generated-trip-${number}`;
    const data: TripData = {
      ...template,
      slug,
      title: `Generated trip ${number} for the build benchmark`,
      origin: placeIds[index % placeIds.length],
      destination: placeIds[(index + 1) % placeIds.length],
      stops: [],
      citations: [passageIds[index % passageIds.length]],
    };
    return { fileName: `${slug}.yaml`, data };
  });
}
