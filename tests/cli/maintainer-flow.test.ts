import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readGzipJson } from '../../src/outputs/gzip-download.ts';
import { BrokenProject } from '../helpers/bad-input.ts';

const ARTICLE = join(process.cwd(), 'tests/fixtures/unseen-article.txt');

describe('a new article, from text file to published pages', () => {
  const project = new BrokenProject();
  afterAll(() => project.remove());
  const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: project.dir, encoding: 'utf8' });
  const quotes = () => readGzipJson<{ quotations: { text: string; speaker: { id: string | null; name: string }; article: string }[] }>(join(project.dist, 'quotes.json.gz')).quotations;

  it('ingests, builds without hand edits, and proposes the speakers it does not know', () => {
    const ingest = run('scripts/ingest.ts', ARTICLE, '--article', 'senate-climate', '--published', '2026-03');
    expect(ingest.status, ingest.stderr).toBe(0);
    expect(ingest.stdout).toContain('wrote content/articles/senate-climate/introduction.mdx');
    expect(ingest.stdout).toMatch(/proposed 4 new speakers in content\/speakers\.drafts\.yaml/);
    const build = run('scripts/build.ts');
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const gude = quotes().find((q) => q.text === 'a predictable setback, not a collapse')!;
    expect(gude).toMatchObject({ article: 'senate-climate', speaker: { id: null, name: 'Ken Gude' } });
    expect(readFileSync(join(project.dist, 'articles/senate-climate/introduction/index.html'), 'utf8')).toContain('Senate Delays Vote on Climate Bill');
  });

  it('after a little annotation, attributes the quotation to the new registry speaker', () => {
    const drafts = parse(project.read('speakers.drafts.yaml')) as { id: string; role: string; affiliation: string }[];
    const gude = { ...drafts.find((d) => d.id === 'ken-gude')!, role: 'Senior fellow, Center for American Progress', affiliation: 'Analyst' };
    project.append('speakers.yaml', stringify([gude]));
    const build = run('scripts/build.ts');
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(quotes().find((q) => q.text === 'a predictable setback, not a collapse')!.speaker).toEqual({ id: 'ken-gude', name: 'Ken Gude' });
    expect(readFileSync(join(project.dist, 'speakers/ken-gude/index.html'), 'utf8')).toContain('Senior fellow, Center for American Progress');
  });
});
