/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) of pages of a served site, measured with
 * the system Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and Lighthouse's default mobile settings.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

export async function lighthouseScores(urls: readonly string[]): Promise<Map<string, Scores>> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const scores = new Map<string, Scores>();
  try {
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
      const categories = result.lhr.categories;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      scores.set(url, { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') });
    }
  } finally {
    chrome.kill();
  }
  return scores;
}
