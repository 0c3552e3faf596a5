// scratch: node scripts/.dbg-shot.ts DIST PATH OUT.png [width] [fullPage]
import { chromium } from 'playwright-core';
import { serve } from './bench/static-server.ts';
const [dist, path, out, width = '1440', full = '1'] = process.argv.slice(2);
const server = await serve(dist!, '/');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(`${server.url}${path}`);
if (full.startsWith('#')) await page.locator(full).locator('xpath=..').screenshot({ path: out! });
else await page.screenshot({ path: out!, fullPage: full === '1' });
console.log(page.url());
await browser.close();
await server.close();
