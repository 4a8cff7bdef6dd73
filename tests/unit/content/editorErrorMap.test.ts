import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { editorErrorMap } from '../../../src/lib/content/editorErrorMap.ts';

const schema = z.object({
  title: z.string().min(8).describe('The headline.'),
  order: z.number().int(),
  tags: z.array(z.string()).max(2),
  kind: z.literal('station'),
  latitude: z.number().max(90, 'latitude must be between -90 and 90 degrees.'),
});

function messages(data: unknown): Record<string, string> {
  const result = schema.safeParse(data, { error: editorErrorMap(schema) });
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
}

describe('editorErrorMap', () => {
  it("words Zod's findings for an editor, with the field's description", () => {
    expect(messages({ title: 'Short', order: 1.5, tags: ['a', 'b', 'c'], kind: 'town', latitude: 1 })).toEqual({
      title: 'At least 8 characters. The headline.',
      order: 'A whole number.',
      tags: 'At most 2 items.',
      kind: 'One of: station.',
    });
  });

  it('says a missing field is missing, and a field of the wrong kind what kind it takes', () => {
    expect(messages({ order: 'two', tags: [], kind: 'station', latitude: 1 })).toMatchObject({
      title: 'This field is missing: add it. The headline.',
      order: 'A number.',
    });
  });

  it('leaves a message written in the schema as it is', () => {
    expect(messages({ title: 'A long enough title', order: 1, tags: [], kind: 'station', latitude: 95 })).toEqual({
      latitude: 'latitude must be between -90 and 90 degrees.',
    });
  });
});
