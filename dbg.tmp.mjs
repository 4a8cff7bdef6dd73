import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
page.on('console', (m) => console.log('console', m.text()));
await page.goto('http://localhost:4481/trips/kim-jong-un-russia-2023/day-by-day/', { waitUntil: 'networkidle' });
for (const id of ['the-crossing', 'north-to-the-cosmodrome']) {
  await page.evaluate((id) => { const el = document.getElementById('day-' + id); window.scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * 0.45); }, id);
  await page.waitForTimeout(2500);
  console.log(await page.evaluate(() => { const f = document.querySelector('[data-frame]'); return JSON.stringify({ ...f.dataset, frameBox: f.getBoundingClientRect().height, stages: JSON.parse(document.querySelector('day-by-day').dataset.story).stages.map(s => s.frame) }); }));
}
await browser.close();
