/**
 * The <Cite> and <Correction> tags of an article or a page of content/pages/, in reading
 * order, as the content check read them (the textNotes collection).
 */
import { getEntry } from 'astro:content';
import type { MdxNote } from './mdxArticle.ts';

export async function loadTextNotes(collection: 'articles' | 'pages', id: string): Promise<MdxNote[]> {
  const entry = await getEntry('textNotes', `${collection}/${id}`);
  if (!entry) throw new Error(`No notes were read for content/${collection}/${id}.mdx.`);
  return entry.data.notes;
}
