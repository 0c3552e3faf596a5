import { mkdirSync, readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BrokenProject, digestOf, STACK_FRAME } from '../helpers/bad-input.ts';
import { selectAll, text } from '../helpers/site.ts';

const SECTIONS = 'articles/syria-israel-fifth-round';
const INTRO = `${SECTIONS}/introduction.mdx`;
const FALTERING = `${SECTIONS}/a-faltering-track-amid-unrelenting-aggression.mdx`;
const ARTICLE = `${SECTIONS}/article.yaml`;

/** Each bad input, what it breaks, and the words its error must contain (file, line where known, field, fix). */
const CASES: [string, (p: BrokenProject) => void, RegExp][] = [
  ['invalid YAML in the speaker registry', (p) => p.append('speakers.yaml', '- id: [unclosed\n'), /content\/speakers\.yaml:\d+:\d+ {2}error {2}invalid YAML: .*Fix the syntax at this line {2}yaml-syntax/],
  ['invalid YAML in a section’s frontmatter', (p) => p.replace(INTRO, 'order: 1', 'order: [1'), /introduction\.mdx:\d+:\d+ {2}error {2}invalid YAML/],
  ['a section without a title', (p) => p.replace(INTRO, 'title: Introduction\n', ''), /introduction\.mdx:2:1 {2}error {2}title: is missing: add "title: …" here {2}schema/],
  ['an article entry without a title', (p) => p.replace(ARTICLE, /^title: .*\n/.exec(p.read(ARTICLE))![0], ''), /article\.yaml:1:1 {2}error {2}title: is missing/],
  ['an unknown speaker', (p) => p.replace(INTRO, '  - noon-post\n', '  - noon-posts\n'), /introduction\.mdx:6:5 {2}error {2}speakers\.0: no speaker "noon-posts" in speakers\.yaml: did you mean "noon-post"\?/],
  ['an unknown claimant', (p) => p.replace(INTRO, 'claimant: syrian-government', 'claimant: damascus'), /introduction\.mdx:\d+:\d+ {2}error {2}claims\.1\.claimant: no speaker "damascus" in speakers\.yaml: .*add a speaker with id "damascus"/],
  ['two speakers with one id', (p) => p.replace('speakers.yaml', 'id: syrian-government\n', 'id: noon-post\n'), /speakers\.yaml:\d+:\d+ {2}error {2}id: "noon-post" is already used by an earlier speaker: give each speaker its own id, or merge the two {2}duplicate-id/],
  ['a claim id used twice', (p) => p.replace(FALTERING, 'id: syria-rejects-humanitarian-corridor', 'id: noon-post-outlines-taking-shape'), /claims\.\d+\.id: "noon-post-outlines-taking-shape" is already a claim in/],
  ['a malformed date', (p) => p.replace(INTRO, 'date: "2024-12-08"', 'date: "2024-13-40"'), /introduction\.mdx:\d+:\d+ {2}error {2}dates\.2\.date: "2024-13-40" has month 13: months run from 01 to 12; got "2024-13-40"/],
  ['a date range that ends before it starts', (p) => p.replace(INTRO, '"2026-01-05/2026-01-06"', '"2026-01-06/2026-01-05"'), /dates\.1\.date: "2026-01-06\/2026-01-05" ends before it starts: write the earlier date first/],
  ['an MDX syntax error', (p) => p.replace(INTRO, 'This report explores', 'This {report explores'), /introduction\.mdx:\d+:\d+ {2}error {2}MDX syntax error: .*write \{ and < as \\\{ and \\</],
  ['an unclosed tag in the text', (p) => p.replace(FALTERING, '</Figure>', ''), /a-faltering-track-amid-unrelenting-aggression\.mdx:\d+:\d+ {2}error {2}MDX syntax error: Expected a closing tag for `<Figure>`/],
  ['an empty section file', (p) => p.write(INTRO, ''), /introduction\.mdx {2}error {2}is empty: give it content or delete it {2}file-empty/],
  ['a binary file in place of a section', (p) => p.write(INTRO, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])), /introduction\.mdx {2}error {2}is not a text file .*replace it with UTF-8 text/],
  ['a 5 MB section', (p) => p.append(INTRO, `\n${'The talks went on. '.repeat(280_000)}\n`), /introduction\.mdx {2}error {2}is 5\.\d MB, over the 1 MB a content file may hold: split it into several sections/],
  ['an article reference that tries to leave its folder', (p) => p.replace(INTRO, 'article: syria-israel-fifth-round', 'article: ../../../etc'), /introduction\.mdx:4:\d+ {2}error {2}article: must be a slug: .*got "\.\.\/\.\.\/\.\.\/etc"/],
  ['a speaker id that tries to leave its folder', (p) => p.replace('speakers.yaml', 'id: noon-post\n', 'id: ../../passwd\n'), /speakers\.yaml:1:\d+ {2}error {2}0\.id: must be a slug/],
  ['a misspelt field', (p) => p.replace(INTRO, 'speakers:\n', 'speakrs:\n'), /introduction\.mdx:5:1 {2}error {2}entry: unknown field "speakrs": remove or rename it \(a typo\?\)/],
  ['an article folder without its entry', (p) => (mkdirSync(p.path('articles/orphan')), p.write('articles/orphan/one.mdx', p.read(INTRO))), /content\/articles\/orphan {2}error {2}has no article\.yaml: add one with title, publisher, source, language, summary and attribution/],
  ['an article whose source is not a URL', (p) => p.replace(ARTICLE, 'source: https://www.noonpost.com/en/363213/', 'source: noonpost article 363213'), /article\.yaml:3:\d+ {2}error {2}source: must be the full URL of the original/],
  ['frontmatter that never closes', (p) => p.write(INTRO, p.read(INTRO).replace(/\n---\n/, '\n')), /introduction\.mdx:1:1 {2}error {2}has no frontmatter: start the file with a "---" line/],
  ['the speaker registry missing', (p) => p.write('speakers.yaml', '') , /speakers\.yaml {2}error {2}is empty/],
  ['a section file name that is not a slug', (p) => p.write(`${SECTIONS}/Extra Notes.mdx`, p.read(INTRO).replace('order: 1', 'order: 9')), /Extra Notes\.mdx {2}error {2}file name "Extra Notes\.mdx" is not a slug: rename it .*"extra-notes\.mdx"/],
];

describe('bad input', () => {
  const project = new BrokenProject();
  let lastGood: string;
  beforeAll(() => {
    const first = project.build();
    expect(first.status, first.output).toBe(0);
    lastGood = digestOf(project.dist);
  });
  beforeEach(() => project.restore());
  afterAll(() => project.remove());

  it.each(CASES)('%s: a clear error, and the last good dist/ untouched', (_name, breakIt, expected) => {
    breakIt(project);
    const result = project.build();
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(expected);
    expect(result.output).toContain('build failed: ');
    expect(result.output).not.toMatch(STACK_FRAME);
    expect(digestOf(project.dist)).toBe(lastGood);
  });

  it('escapes HTML and scripts in a speaker’s name and a claim, everywhere they are shown', () => {
    project.replace('speakers.yaml', 'name: Thomas Barrack\n', 'name: Thomas <script>alert(1)</script> Barrack\n');
    project.replace(INTRO, 'claim: Israel demands a demilitarized zone in southern Syria.', 'claim: "<img src=x onerror=alert(2)> Israel demands a zone."');
    const result = project.build();
    expect(result.status, result.output).toBe(0);
    const pages = ['speakers/thomas-barrack/index.html', 'quotes/index.html', 'claims/index.html', `articles/syria-israel-fifth-round/introduction/index.html`];
    for (const file of pages) {
      // Parsed as a browser parses it: no element the names or claims could have injected.
      const tree = fromHtml(readFileSync(join(project.dist, file), 'utf8'));
      const scripts = selectAll('script:not([type="application/ld+json"])', tree);
      expect(scripts.map((s) => text(s)).filter((code) => code.includes('alert')), file).toEqual([]);
      expect(selectAll('img', tree), file).toEqual([]);
    }
    expect(readFileSync(join(project.dist, 'speakers/thomas-barrack/index.html'), 'utf8')).toContain('Thomas &lt;script&gt;alert(1)&lt;/script&gt; Barrack');
    expect(readFileSync(join(project.dist, 'claims/index.html'), 'utf8')).toContain('&lt;img src=x onerror=alert(2)&gt; Israel demands a zone.');
    lastGood = digestOf(project.dist);
  });

  it('builds unbalanced quotation marks and an unknown annotated speaker, warning with file and line', () => {
    project.replace(FALTERING, 'Trump also urged Israel', 'Trump also “urged Israel');
    project.replace(`${SECTIONS}/agreement-or-normalization.mdx`, 'employing “technical stalling tactics” in the talks and urged', 'employing <Quote speaker="nobody">“technical stalling tactics”</Quote> in the talks and urged');
    const result = project.build();
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/a-faltering-track-amid-unrelenting-aggression\.mdx:\d+:\d+ {2}warning {2}.*never closed.* {2}unbalanced-quote/);
    expect(result.output).toMatch(/agreement-or-normalization\.mdx:\d+:\d+ {2}warning {2}The annotation names speaker "nobody", which is not in speakers\.yaml/);
    expect(result.output).not.toMatch(STACK_FRAME);
  });
});
