/** One analysis per section, kept on disk by digest (src/analysis/section-cache.ts). */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractQuotations } from '../../src/analysis/analyse-text.ts';
import { quotationOptions } from '../../src/analysis/quotation-options.ts';
import { AnalysisCache, ANALYSIS_CACHE_DIR, countsLine } from '../../src/analysis/section-cache.ts';
import { sectionFiles } from '../../src/model/registry.ts';
import { PROJECT_ROOT } from '../helpers/astro.ts';

describe('the analysis cache', () => {
  let root: string;
  let content: string;
  const analyseAll = async () => {
    const cache = new AnalysisCache(content, root);
    for (const path of sectionFiles(content)) await cache.section(path);
    return cache.counts;
  };
  const edit = (path: string, from: string, to: string) => writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'verbatim-analysis-'));
    content = join(root, 'content');
    cpSync(join(PROJECT_ROOT, 'content'), content, { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('analyses each section once, then none while nothing changes', async () => {
    expect(await analyseAll()).toEqual({ analysed: 4, fromCache: 0 });
    expect(await analyseAll()).toEqual({ analysed: 0, fromCache: 4 });
    expect(readdirSync(join(root, ANALYSIS_CACHE_DIR))).toHaveLength(4);
  });

  it('asked again by the same cache, knows a section, the registry or an article entry changed since', async () => {
    const cache = new AnalysisCache(content, root);
    const [first, second] = sectionFiles(content);
    const before = [cache.digest(first!), cache.digest(second!)];
    expect([cache.digest(first!), cache.digest(second!)]).toEqual(before);
    edit(first!, 'Paris', 'Paris,');
    expect(cache.digest(first!)).not.toBe(before[0]);
    expect(cache.digest(second!)).toBe(before[1]);
    const registry = join(content, 'speakers.yaml');
    writeFileSync(registry, `${readFileSync(registry, 'utf8')}\n`);
    expect(cache.digest(second!)).not.toBe(before[1]);
  });

  it('re-analyses only the section that changed, and keeps one analysis per section', async () => {
    await analyseAll();
    const [first] = sectionFiles(content);
    edit(first!, 'Paris', 'Paris,');
    expect(await analyseAll()).toEqual({ analysed: 1, fromCache: 3 });
    expect(readdirSync(join(root, ANALYSIS_CACHE_DIR))).toHaveLength(4);
  });

  it('re-analyses every section when the registry or an article entry changes', async () => {
    await analyseAll();
    edit(join(content, 'speakers.yaml'), 'Thomas Barrack', 'Tom Barrack');
    expect(await analyseAll()).toEqual({ analysed: 4, fromCache: 0 });
    const article = join(content, 'articles/syria-israel-fifth-round/article.yaml');
    edit(article, 'published:', '# a comment\npublished:');
    expect(await analyseAll()).toEqual({ analysed: 4, fromCache: 0 });
  });

  it('reads back exactly what the analysis found, as plain data', async () => {
    const [path] = sectionFiles(content);
    const fresh = await new AnalysisCache(content, root).section(path!);
    const kept = await new AnalysisCache(content, root).section(path!);
    expect(kept).toEqual(fresh);
    const direct = await extractQuotations(path!, readFileSync(path!, 'utf8'), quotationOptions(content, '/'));
    expect(kept.quotations).toEqual(JSON.parse(JSON.stringify(direct.quotations)));
    expect(kept.quotations.length).toBeGreaterThan(0);
  });

  it('says what it did in one line', () => {
    expect(countsLine({ analysed: 1, fromCache: 3 })).toBe('analysed 4 sections (3 from cache)');
    expect(countsLine({ analysed: 1, fromCache: 0 })).toBe('analysed 1 section (0 from cache)');
  });
});
