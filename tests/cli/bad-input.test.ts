import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
  ['an article whose source is not a URL', (p) => p.replace(ARTICLE, 'source: https://www.noonpost.com/en/363213/', 'source: noonpost article 363213'), /article\.yaml:3:\d+ {2}error {2}source: must be the full http\(s\) URL of the original/],
  ['frontmatter that never closes', (p) => p.write(INTRO, p.read(INTRO).replace(/\n---\n/, '\n')), /introduction\.mdx:1:1 {2}error {2}has no frontmatter: start the file with a "---" line/],
  ['a former quotation page whose quotation is gone', (p) => p.replace('former-quotation-pages.yaml', '- id: q-breakthrough-78d85e\n', '- id: q-breakthrough-000000\n'), /former-quotation-pages\.yaml:7:7 {2}error {2}id: "q-breakthrough-000000" is not a quotation of the text any more, so its former page would redirect nowhere: did you mean "q-breakthrough-78d85e"\? Or remove the line {2}unknown-reference/],
  ['a former quotation page that is not a quotation id', (p) => p.append('former-quotation-pages.yaml', '- id: ../../etc\n'), /former-quotation-pages\.yaml:\d+:\d+ {2}error {2}\d+\.id: must be a quotation id, such as q-breakthrough-3fa2c1/],
  ['the speaker registry missing', (p) => p.write('speakers.yaml', '') , /speakers\.yaml {2}error {2}is empty/],
  ['a section file name that is not a slug', (p) => p.write(`${SECTIONS}/Extra Notes.mdx`, p.read(INTRO).replace('order: 1', 'order: 9')), /Extra Notes\.mdx {2}error {2}file name "Extra Notes\.mdx" is not a slug of at most 80 characters: rename it .*"extra-notes\.mdx"/],
];

/** A paragraph of the text, appended to the introduction. */
const addText = (text: string) => (p: BrokenProject) => p.append(INTRO, `\n${text}\n`);
/** A second section of the article, with valid frontmatter, holding `bytes` as its text. */
const otherSection = (bytes: Buffer | string) => (p: BrokenProject) =>
  p.write(`${SECTIONS}/extra.mdx`, Buffer.concat([Buffer.from('---\ntitle: Extra\norder: 9\narticle: syria-israel-fifth-round\n---\n\n'), Buffer.from(bytes)]));
const at = (file: string, rule: string, message: string) => new RegExp(`${file.replace(/\./g, '\\.')}:\\d+:\\d+ {2}error {2}${message}.* {2}${rule}$`, 'm');

/** Code, unknown markup and unsafe URLs in a section: refused at their place, with the fix. */
const HOSTILE: [string, (p: BrokenProject) => void, RegExp][] = [
  ['an import statement', addText("import { readFileSync } from 'node:fs'"), at('introduction.mdx', 'mdx-esm', 'import and export statements are not allowed in a section: its text is data, not code; remove this statement')],
  ['an export statement', addText('export const leak = 1'), at('introduction.mdx', 'mdx-esm', 'import and export statements are not allowed')],
  ['an expression reading the environment', addText('Home is {process.env.HOME}.'), at('introduction.mdx', 'mdx-expression', '\\{process\\.env\\.HOME\\} is a JavaScript expression, which a section may not hold: to write braces in the text, write \\\\\\{ and \\\\\\}')],
  ['an expression reading a file', addText("{readFileSync('/etc/passwd', 'utf8')}"), at('introduction.mdx', 'mdx-expression', "\\{readFileSync\\('/etc/passwd', 'utf8'\\)\\} is a JavaScript expression")],
  ['{sic} in the text', addText('The envoy {sic} spoke.'), at('introduction.mdx', 'mdx-expression', '\\{sic\\} is a JavaScript expression')],
  ['{2} in the text, which would render as 2', addText('Round {2} ended.'), at('introduction.mdx', 'mdx-expression', '\\{2\\} is a JavaScript expression')],
  ['a script element', addText('<script>alert(1)</script>'), at('introduction.mdx', 'mdx-element', '<script> is not an element a section may use: use <Quote>, <Figure>, or inline <em>.*; to write a < in the text, write \\\\<')],
  ['an image with an onerror handler', addText('<img src="x" onError="alert(1)" />'), at('introduction.mdx', 'mdx-element', '<img> is not an element a section may use')],
  ['an HTML link', addText('<a href="https://example.com">here</a>'), at('introduction.mdx', 'mdx-element', '<a> is not an element a section may use')],
  ['a meta refresh', addText('<meta httpEquiv="refresh" content="0;url=https://example.com" />'), at('introduction.mdx', 'mdx-element', '<meta> is not an element')],
  ['an iframe', addText('<iframe src="https://example.com"></iframe>'), at('introduction.mdx', 'mdx-element', '<iframe> is not an element')],
  ['a style element', addText('<style>body</style>'), at('introduction.mdx', 'mdx-element', '<style> is not an element')],
  ['an unknown component', addText('The <Redacted>name</Redacted> was withheld.'), at('introduction.mdx', 'mdx-element', '<Redacted> is not an element a section may use')],
  ['a JSX fragment', addText('<>Loose</>'), at('introduction.mdx', 'mdx-element', '<> is not an element')],
  ['an event handler on allowed HTML', addText('<em onClick="alert(1)">Words</em>'), at('introduction.mdx', 'mdx-attribute', '<em> may not have onClick: event handlers and styles are not allowed in a section; remove it')],
  ['a style attribute', addText('<strong style="color: red">Words</strong>'), at('introduction.mdx', 'mdx-attribute', '<strong> may not have style')],
  ['an attribute the element does not take', addText('<abbr href="https://example.com">UN</abbr>'), at('introduction.mdx', 'mdx-attribute', '<abbr> takes no attribute "href": it takes title="…", lang="…"; remove it')],
  ['an attribute expression on a component', addText('<Figure credit={process.env.HOME}>A caption.</Figure>'), at('introduction.mdx', 'mdx-attribute', '<Figure>’s credit is a JavaScript expression: write it as credit="…", a plain string')],
  ['a spread attribute', addText('<Quote {...props}>“Words”</Quote>'), at('introduction.mdx', 'mdx-attribute', '<Quote> has a spread expression')],
  ['a quotation said on a date that does not exist', addText('<Quote said="2026-13-45">“Words”</Quote> he said.'), at('introduction.mdx', 'mdx-attribute', '<Quote>’s said: "2026-13-45" has month 13')],
  ['a quotation of an unknown kind', addText('<Quote kind="maybe">“Words”</Quote> he said.'), at('introduction.mdx', 'mdx-attribute', '<Quote>’s kind: "maybe" must be one of full, partial, none')],
  ['a javascript: link', addText('[Read more](javascript:alert(1))'), at('introduction.mdx', 'url', 'a "javascript:" URL is not allowed: links and images take http\\(s\\) URLs or paths within the site; got "javascript:alert\\(1\\)"')],
  ['a data: link in a definition', addText('[more][d]\n\n[d]: data:text/html,hello'), at('introduction.mdx', 'url', 'a "data:" URL is not allowed')],
  ['a protocol-relative link', addText('[elsewhere](//example.com/page)'), at('introduction.mdx', 'url', 'a URL starting with // leaves the site without saying how')],
  ['an image from outside the article’s folder', addText('![A file](../../../../etc/hostname.png)'), at('introduction.mdx', 'url', 'an image path must stay inside the article’s folder: put the image beside the section and link it as \\./name\\.jpg')],
  ['1,000 nested block quotations', addText(`${'> '.repeat(1000)}Deep.`), at('introduction.mdx', 'nesting', 'is nested more than 32 levels deep here \\(block quotations, lists or elements inside each other\\): flatten it')],
  ['an access date that is not a whole day', (p) => p.replace(ARTICLE, 'accessed: 2026-11-26', 'accessed: 2026-11'), /article\.yaml:6:\d+ {2}error {2}accessed: must be the whole day it was read, YYYY-MM-DD, such as "2026-11-26"/],
  ['an article source that is a javascript: URL', (p) => p.replace(ARTICLE, 'source: https://www.noonpost.com/en/363213/', 'source: "javascript:alert(1)"'), /article\.yaml:3:\d+ {2}error {2}source: must be the full http\(s\) URL of the original/],
];

/** Files the build could not read as the check does: refused by name or at their place. */
const UNREADABLE: [string, (p: BrokenProject) => void, RegExp][] = [
  ['a byte-order mark in speakers.yaml', (p) => p.write('speakers.yaml', `\uFEFF${p.read('speakers.yaml')}`), /content\/speakers\.yaml:1:1 {2}error {2}starts with a byte-order mark \(U\+FEFF\): save the file as UTF-8 without BOM {2}file-encoding/],
  ['a byte-order mark in a section', (p) => p.write(INTRO, `\uFEFF${p.read(INTRO)}`), /introduction\.mdx:1:1 {2}error {2}starts with a byte-order mark/],
  ['a Windows-1252 section', otherSection(Buffer.from([0x54, 0x68, 0x65, 0x20, 0x93, 0x74, 0x61, 0x6c, 0x6b, 0x73, 0x94, 0x20, 0x65, 0x6e, 0x64, 0x65, 0x64, 0x2e, 0x0a])), /extra\.mdx:7:5 {2}error {2}is not valid UTF-8 \(byte 0x93 here\): save the file as UTF-8; it may be in Windows-1252 or Latin-1 {2}file-encoding/],
  ['invalid UTF-8 in an article entry', (p) => p.write(ARTICLE, Buffer.concat([Buffer.from(p.read(ARTICLE)), Buffer.from([0x23, 0x20, 0xff, 0x0a])])), /article\.yaml:\d+:3 {2}error {2}is not valid UTF-8 \(byte 0xFF here\)/],
  ['a raw escape byte in a section', addText('Colour \u001b[31mred.'), /introduction\.mdx:\d+:8 {2}error {2}has the control character U\+001B here: remove it {2}control-character/],
  ['a NUL given as a YAML escape', (p) => p.replace('speakers.yaml', 'name: Thomas Barrack\n', 'name: "Thomas\\0Barrack"\n'), /speakers\.yaml:\d+:\d+ {2}error {2}\d+\.name: holds the control character U\+0000: remove it {2}control-character/],
  ['an escape character given as a YAML escape', (p) => p.replace(INTRO, 'title: Introduction\n', 'title: "Intro\\e[31mduction"\n'), /introduction\.mdx:2:\d+ {2}error {2}title: holds the control character U\+001B/],
  ['a lone surrogate given as a YAML escape', (p) => p.replace('speakers.yaml', 'name: Thomas Barrack\n', 'name: "Thomas \\uD800 Barrack"\n'), /speakers\.yaml:\d+:\d+ {2}error {2}\d+\.name: holds a lone surrogate/],
  ['a bidirectional override in a name', (p) => p.replace('speakers.yaml', 'name: Thomas Barrack\n', 'name: "Thomas \\u202EkcarraB"\n'), /speakers\.yaml:\d+:\d+ {2}error {2}\d+\.name: holds the bidirectional control U\+202E/],
  ['a YAML alias bomb', (p) => p.append('speakers.yaml', `- id: bomb\n  name: &a Bomb\n  role: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n  affiliation: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n  kind: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n  description: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n`), /speakers\.yaml:1:1 {2}error {2}uses YAML aliases \(\*name\) more than 100 times: write the values out instead {2}yaml-aliases/],
  ['a speaker id of 319 characters', (p) => p.replace('speakers.yaml', 'id: noon-post\n', `id: ${'a'.repeat(319)}\n`), /speakers\.yaml:1:\d+ {2}error {2}0\.id: must be at most 80 characters: shorten it/],
  ['a section file name of 120 characters', (p) => p.write(`${SECTIONS}/${'b'.repeat(120)}.mdx`, p.read(INTRO).replace('order: 1', 'order: 9')), /b{120}\.mdx {2}error {2}file name "b{120}\.mdx" is not a slug of at most 80 characters/],
  ['a dangling symlink named like a section', (p) => symlinkSync('/no/such/file', p.path(`${SECTIONS}/linked.mdx`)), /linked\.mdx {2}error {2}is a symbolic link: content must be regular files inside content\/; copy the file here instead {2}file-type/],
  ['a symlink to /dev/zero named like a section', (p) => symlinkSync('/dev/zero', p.path(`${SECTIONS}/zero.mdx`)), /zero\.mdx {2}error {2}is a symbolic link/],
  ['a folder named like a section', (p) => mkdirSync(p.path(`${SECTIONS}/folder.mdx`)), /folder\.mdx {2}error {2}is a folder, not a file/],
  ['a FIFO named like a section', (p) => execFileSync('mkfifo', [p.path(`${SECTIONS}/pipe.mdx`)]), /pipe\.mdx {2}error {2}is not a regular file \(a device, pipe or socket\): replace it with a text file/],
  ['a symlinked article folder', (p) => symlinkSync(p.path(SECTIONS), p.path('articles/linked-article')), /articles\/linked-article {2}error {2}is a symbolic link: an article must be a folder inside articles\/; copy it here instead/],
  ['a symlinked speaker registry', (p) => (renameSync(p.path('speakers.yaml'), p.path('registry.yaml')), symlinkSync(p.path('registry.yaml'), p.path('speakers.yaml'))), /speakers\.yaml {2}error {2}is a symbolic link/],
  ['a one-letter alias', (p) => p.replace('speakers.yaml', '    - Noon Post\n', '    - Noon Post\n    - A\n'), /speakers\.yaml:\d+:\d+ {2}error {2}0\.aliases\.1: must be at least 2 characters: a single letter would match everywhere/],
  ['an alias that is a common word', (p) => p.replace('speakers.yaml', '    - Noon Post\n', '    - Noon Post\n    - the\n'), /speakers\.yaml:\d+:\d+ {2}error {2}0\.aliases\.1: "the" is a common word, which would match everywhere in the text and re-attribute quotations/],
];

describe('bad input', () => {
  const project = new BrokenProject();
  let lastGood: string;
  let firstOutput: string;
  beforeAll(() => {
    // As most builds are made: nothing gives the site's address.
    const first = project.build({ SITE_URL: '' });
    expect(first.status, first.output).toBe(0);
    firstOutput = first.output;
    lastGood = digestOf(project.dist);
  });
  beforeEach(() => project.restore());
  afterAll(() => project.remove());

  it.each([...CASES, ...HOSTILE, ...UNREADABLE])('%s: a clear error, and the last good dist/ untouched', (_name, breakIt, expected) => {
    breakIt(project);
    const result = project.build();
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(expected);
    expect(result.output).toContain('build failed: ');
    expect(result.output).not.toMatch(STACK_FRAME);
    // Astro, started beside the checks, was stopped with them: nothing it printed or would print is shown.
    expect(result.output).not.toMatch(/\[(content|build)\]/);
    expect(digestOf(project.dist)).toBe(lastGood);
  });

  it.each([
    ['SITE_URL', 'javascript:alert(1)', /build failed: SITE_URL must be the site's http\(s\) origin, such as https:\/\/example\.org \(a sub-path goes in BASE_PATH\); got "javascript:alert\(1\)"/],
    ['SITE_URL', 'not a url', /build failed: SITE_URL must be the site's http\(s\) origin.*; got "not a url"/],
    ['SITE_URL', 'https://example.org/verbatim/', /build failed: SITE_URL must be the site's http\(s\) origin.*a sub-path goes in BASE_PATH/],
    ['BASE_PATH', '/x"><script>alert(1)</script>', /build failed: BASE_PATH must be a path of plain segments \(letters, digits, "-", "_", "\." and "~"\), such as \/verbatim\/ or \/docs\/v2\/; "x"><script>alert\(1\)<" is not one/],
    ['BASE_PATH', '/../etc/', /build failed: BASE_PATH must be a path of plain segments.*"\.\." is not one/],
  ])('%s=%s: refused up front, naming the variable, and dist/ untouched', (name, value, expected) => {
    const result = project.build({ [name]: value });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(expected);
    expect(result.output).not.toMatch(STACK_FRAME);
    expect(result.output).not.toContain('analysed');
    expect(digestOf(project.dist)).toBe(lastGood);
  });

  it('warns when nothing gives the site’s address, and with --strict refuses to build for localhost', () => {
    expect(firstOutput).toMatch(/warning: SITE_URL is not set and no host gave the site's address, so canonical URLs, og:url, the sitemap, the JSON-LD and the feeds point at http:\/\/localhost:4321: set SITE_URL=https:\/\/your\.site/);
    const strict = project.build({ SITE_URL: '' }, ['--strict']);
    expect(strict.status).toBe(1);
    expect(strict.output).toMatch(/build failed: SITE_URL is not set and no host gave the site's address, .*: set SITE_URL=https:\/\/your\.site \(Netlify, Cloudflare Pages and Vercel are read on their own\)\. /);
    expect(strict.output).not.toContain('analysed');
    expect(digestOf(project.dist)).toBe(lastGood);
  });

  it('refuses a dist/ that is a file, touching nothing', () => {
    renameSync(project.dist, `${project.dist}.kept`);
    writeFileSync(project.dist, 'not a site');
    try {
      const result = project.build();
      expect(result.status).toBe(1);
      expect(result.output).toContain(`build failed: ${project.dist}: OUT_DIR is a file, not a folder: remove it or set OUT_DIR to a folder`);
      expect(result.output).not.toMatch(STACK_FRAME);
      expect(readFileSync(project.dist, 'utf8')).toBe('not a site');
    } finally {
      rmSync(project.dist, { force: true });
      renameSync(`${project.dist}.kept`, project.dist);
    }
  });

  it('publishes through a dist/ symlink and removes the folders an interrupted build left', () => {
    const target = join(project.dir, 'published-site');
    renameSync(project.dist, target);
    symlinkSync(target, project.dist);
    // What a build killed mid-way leaves: a staging folder and a previous output, named for a pid no longer running.
    const stale = [`${target}.staging-4194304`, `${target}.previous-4194304`];
    for (const folder of stale) mkdirSync(folder);
    try {
      const result = project.build();
      expect(result.status, result.output).toBe(0);
      expect(lstatSync(project.dist).isSymbolicLink()).toBe(true);
      expect(readlinkSync(project.dist)).toBe(target);
      expect(existsSync(join(target, 'index.html'))).toBe(true);
      expect(stale.filter((folder) => existsSync(folder))).toEqual([]);
      expect(readdirSync(project.dir).filter((name) => /\.(staging|previous)-/.test(name))).toEqual([]);
    } finally {
      rmSync(project.dist, { force: true });
      renameSync(target, project.dist);
    }
    lastGood = digestOf(project.dist);
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
    // A quotation left open at the end of its paragraph, the next not continuing it: marked, not indexed, and the page renders.
    project.append(INTRO, '\n“We will stay the course. We will win, said Dana Holt.\n\nThe talks ended on Friday.\n');
    project.replace(`${SECTIONS}/agreement-or-normalization.mdx`, 'employing “technical stalling tactics” in the talks and urged', 'employing <Quote speaker="nobody">“technical stalling tactics”</Quote> in the talks and urged');
    const result = project.build();
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/a-faltering-track-amid-unrelenting-aggression\.mdx:\d+:\d+ {2}warning {2}.*never closed.* {2}unbalanced-quote/);
    expect(result.output).toMatch(/agreement-or-normalization\.mdx:\d+:\d+ {2}warning {2}The annotation names speaker "nobody", which is not in speakers\.yaml/);
    expect(result.output).not.toMatch(STACK_FRAME);
  });
});
