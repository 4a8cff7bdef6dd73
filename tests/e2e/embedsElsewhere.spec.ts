import { expect, test, type BrowserContext, type Frame, type Page } from './support/test.ts';
import { builtEmbedCodes, type BuiltEmbedCode } from '../support/builtEmbedCodes.ts';
import { startOtherOrigin, type OtherOrigin } from './support/otherOrigin.ts';

/**
 * Every embed code the site offers, copied from the built pages and pasted as given into a
 * newsroom's page on another origin, the three ways a CMS may leave it: as given, with its
 * <script> stripped, and inside a sandboxed frame. At a phone's and a desktop's column
 * width the embed shows its heading and its link to the full page, and nothing in it
 * scrolls: its document is no taller and no wider than the frame the code makes.
 */
const CODES = builtEmbedCodes();
const COLUMN_WIDTHS = [390, 800] as const;
const PASTES = ['as given', 'script stripped', 'sandboxed'] as const;
type Paste = (typeof PASTES)[number];
const SANDBOX = 'allow-scripts allow-popups';

/** The code as a CMS leaves it. */
function pasted(code: string, paste: Paste): string {
  if (paste === 'script stripped') return code.replace(/<script\b[\s\S]*?<\/script>/gi, '').trim();
  if (paste === 'sandboxed') return code.replace(/<iframe\b/, `<iframe sandbox="${SANDBOX}"`);
  return code;
}

/** A story page with the code in a column of each width, side by side. */
function storyPage(code: string): string {
  const columns = COLUMN_WIDTHS.map((width) => `<div id="column-${width}" style="width:${width}px">${code}</div>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom story</title></head>
    <body style="margin:8px"><h1>A newsroom story</h1>
    <div style="display:flex;gap:16px;align-items:flex-start">${columns.join('')}</div>
    <p>After the embed.</p></body></html>`;
}

/** What is wrong with the embed as its reader sees it in the frame; empty when it fits. */
function fitProblems(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const root = document.documentElement;
    const problems: string[] = [];
    if (root.scrollHeight > root.clientHeight + 1) {
      problems.push(`the embed is ${root.scrollHeight} px tall in a frame ${root.clientHeight} px tall`);
    }
    if (root.scrollWidth > root.clientWidth + 1) {
      problems.push(`the embed is ${root.scrollWidth} px wide in a frame ${root.clientWidth} px wide`);
    }
    const inView = (element: Element | null): boolean => {
      if (!element) return false;
      const box = element.getBoundingClientRect();
      return box.height > 0 && box.top >= -1 && box.bottom <= innerHeight + 1;
    };
    const heading = document.querySelector('h1');
    if (!heading?.textContent?.trim()) problems.push('it has no h1');
    else if (!inView(heading)) problems.push(`its h1 "${heading.textContent.trim()}" is out of view`);
    // The canonical address is the public site's; the link is to the same page on the site that serves the embed.
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    const fullPage = canonical && new URL(canonical).pathname;
    const link = [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].find(
      (a) => new URL(a.href).pathname === fullPage,
    );
    if (!link) problems.push(`it has no link to its full page ${fullPage}`);
    else if (!inView(link)) problems.push('its link to the full page is out of view');
    return problems;
  });
}

/** The frame's problems once it has loaded and had time to settle (fonts, resize messages). */
async function settledProblems(page: Page, width: number): Promise<string[]> {
  const frame = await (await page.locator(`#column-${width} iframe`).elementHandle())!.contentFrame();
  if (!frame) return ['the frame has no document'];
  await expect.poll(() => frame.evaluate(() => document.readyState), { timeout: 10_000 }).toBe('complete');
  let problems: string[] = [];
  const deadline = Date.now() + 2_000;
  do {
    problems = await fitProblems(frame);
    if (problems.length === 0) break;
    await page.waitForTimeout(200);
  } while (Date.now() < deadline);
  return problems;
}

let other: OtherOrigin;
let context: BrowserContext;
let page: Page;

test.beforeAll(async ({ browser }) => {
  other = await startOtherOrigin();
  // One browser page for all the embeds: room for both columns and the tallest frame.
  context = await browser.newContext({ viewport: { width: 1300, height: 1600 } });
  page = await context.newPage();
});

test.afterAll(async () => {
  await context.close();
  await other.close();
});

/** The code as the public site gives it, pointing at the server under test instead. */
function localCode(embed: BuiltEmbedCode, baseURL: string): string {
  return embed.code.replaceAll(new URL(embed.code.match(/src="([^"]+)"/)![1]!).origin, new URL(baseURL).origin);
}

test('the built site offers a code for the map, the timeline and every trip', () => {
  const paths = CODES.map((embed) => embed.embedPath);
  expect(paths).toContain('/embed/map/');
  expect(paths).toContain('/embed/timeline/');
  expect(paths.filter((path) => path.startsWith('/embed/trips/')).length).toBeGreaterThan(1);
  expect(new Set(paths).size, 'one code per embed').toBe(paths.length);
});

for (const embed of CODES) {
  test(`${embed.embedPath} pasted on another site fits its frame, with or without its script, sandboxed or not`, async ({
    baseURL,
  }) => {
    test.setTimeout(60_000);
    const code = localCode(embed, baseURL!);
    const problems: string[] = [];
    for (const paste of PASTES) {
      const path = `/story${embed.embedPath.replaceAll('/', '-')}${paste.replaceAll(' ', '-')}.html`;
      other.put(path, storyPage(pasted(code, paste)));
      await page.goto(`${other.origin}${path}`);
      for (const width of COLUMN_WIDTHS) {
        for (const problem of await settledProblems(page, width)) problems.push(`${paste}, ${width} px: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });
}

test('a sandboxed frame that starts too short grows to its embed with the code’s script', async ({ baseURL }) => {
  const map = CODES.find((embed) => embed.embedPath === '/embed/map/')!;
  const code = pasted(localCode(map, baseURL!), 'sandboxed').replace(/\sheight="\d+"/, ' height="150"');
  expect(code).toContain('height="150"');
  other.put('/story-sandboxed-short.html', storyPage(code));
  await page.goto(`${other.origin}/story-sandboxed-short.html`);
  const frameElement = page.locator('#column-390 iframe');
  await expect
    .poll(async () => (await frameElement.boundingBox())?.height ?? 0, { timeout: 10_000 })
    .toBeGreaterThan(200);
  expect(await settledProblems(page, 390)).toEqual([]);
});

test('a message from a frame that is not one of the site’s embeds resizes nothing', async ({ baseURL }) => {
  const map = CODES.find((embed) => embed.embedPath === '/embed/map/')!;
  const code = localCode(map, baseURL!);
  other.put(
    '/story-stranger.html',
    storyPage(
      `${code}<iframe id="stranger" sandbox="allow-scripts" srcdoc="<script>parent.postMessage({type:'embed-size',height:40},'*')</script>" height="300"></iframe>`,
    ),
  );
  await page.goto(`${other.origin}/story-stranger.html`);
  await page.waitForTimeout(500);
  expect(await page.locator('#column-390 #stranger').evaluate((frame) => frame.clientHeight)).toBe(300);
});
