// scratch: search page screenshot after a query, and a section's citations on a phone in dark mode
import { chromium } from 'playwright-core';
import { serve } from './bench/static-server.ts';
const server = await serve('dist', '/');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
let page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
await page.goto(`${server.url}search/?q=corridor`);
await page.locator('.search-result').first().waitFor();
await page.screenshot({ path: '/tmp/search.png' });
page = await browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
await page.goto(`${server.url}articles/syria-israel-fifth-round/joint-coordination-mechanism/#cite-q-breakthrough-78d85e`);
await page.screenshot({ path: '/tmp/cite-phone.png' });
await browser.close();
await server.close();
