/**
 * The start tags of a built HTML page, with their attributes decoded, read by htmlparser2:
 * comments and the contents of <script> and <style>, where "<a href" may appear as text,
 * are not tags.
 */
import { Parser } from 'htmlparser2';

export interface StartTag {
  name: string;
  attributes: Map<string, string>;
}

export function scanStartTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        tags.push({ name, attributes: new Map(Object.entries(attributes)) });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return tags;
}
