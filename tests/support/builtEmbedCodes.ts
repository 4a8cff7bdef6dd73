/**
 * The embed codes the built site offers, read from dist/ as a journalist copies them: the
 * text of each "Embed" control's code box, and the pages that offer it. One entry per
 * distinct code (the map's is offered on several pages).
 */
import { Parser } from 'htmlparser2';
import { builtHtmlFiles } from './builtHtml.ts';

export interface BuiltEmbedCode {
  /** The code exactly as the page gives it to copy. */
  code: string;
  /** The embed's address, from the iframe in the code: "/embed/map/". */
  embedPath: string;
  /** The pages offering this code, as paths under dist/: "trips/index.html". */
  offeredOn: string[];
}

/** The codes in one page's HTML: the text of each `<textarea id="embed-code-…">`, entities decoded. */
export function embedCodesIn(html: string): string[] {
  const codes: string[] = [];
  let current: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'textarea' && attributes['id']?.startsWith('embed-code-')) current = '';
      },
      ontext(text) {
        if (current !== undefined) current += text;
      },
      onclosetag(name) {
        if (name === 'textarea' && current !== undefined) {
          codes.push(current);
          current = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return codes;
}

/** The address an embed code frames, from its iframe's src. */
export function embedSrc(code: string): URL {
  const src = /<iframe\b[^>]*\ssrc="([^"]+)"/.exec(code)?.[1];
  if (src === undefined) throw new Error(`No iframe src in the embed code:\n${code}`);
  return new URL(src.replaceAll('&amp;', '&'));
}

export function builtEmbedCodes(): BuiltEmbedCode[] {
  const byCode = new Map<string, BuiltEmbedCode>();
  for (const file of builtHtmlFiles()) {
    for (const code of embedCodesIn(file.html)) {
      const entry = byCode.get(code) ?? { code, embedPath: embedSrc(code).pathname, offeredOn: [] };
      entry.offeredOn.push(file.path);
      byCode.set(code, entry);
    }
  }
  return [...byCode.values()].sort((a, b) => a.embedPath.localeCompare(b.embedPath));
}
