/**
 * Content is data: a hostile section is refused by the check, with the place of each problem, and even when the
 * check is skipped (a direct `astro build`), nothing in it runs at build time and nothing executable reaches the
 * HTML.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECKED_ENV } from '../../src/check/check-all.ts';
import { astroBuild } from '../helpers/astro.ts';
import { STACK_FRAME } from '../helpers/bad-input.ts';
import { copyProject } from '../helpers/project-copy.ts';

const SECTION = 'content/articles/syria-israel-fifth-round/hostile.mdx';

describe('a hostile section', () => {
  const project = copyProject();
  const marker = join(project, 'written-at-build-time');
  const secret = `secret-${process.pid}-${Date.now()}`;
  const env = { VERBATIM_TEST_SECRET: secret };
  const hostile = [
    '---',
    'title: Hostile',
    'order: 9',
    'article: syria-israel-fifth-round',
    '---',
    '',
    "import { writeFileSync } from 'node:fs'",
    '',
    `export const written = writeFileSync(${JSON.stringify(marker)}, 'ran')`,
    '',
    'The home folder is {process.env.HOME} and the secret is {process.env.VERBATIM_TEST_SECRET}.',
    '',
    '<script>{"window.hostile = 1"}</script>',
    '',
    'A picture <img src="x" onError="alert(1)" /> and a <a href="javascript:alert(2)">link</a> and [another](javascript:alert(3)).',
    '',
    '<meta httpEquiv="refresh" content="0;url=https://example.com" />',
    '',
    '<iframe src="https://example.com"></iframe> <style>{"body { display: none }"}</style>',
    '',
    '<Figure credit="Wire" onClick="alert(4)">A caption.</Figure>',
    '',
    '<em onMouseOver="alert(5)">Emphasis</em> and ![a file](../../../../etc/hostname).',
    '',
  ].join('\n');
  writeFileSync(join(project, SECTION), hostile);
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('is refused by the build’s check, each problem at its line, and nothing runs', () => {
    const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: project, encoding: 'utf8', env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' } });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status).toBe(1);
    const problems = output.split('\n').filter((line) => line.includes('hostile.mdx:') && line.includes('  error  ')).map((line) => /hostile\.mdx:(\d+):\d+ {2}error {2}.* {2}([\w-]+)$/.exec(line)?.slice(1).join(' '));
    expect(problems).toEqual([
      '7 mdx-esm',
      '9 mdx-esm',
      '11 mdx-expression',
      '11 mdx-expression',
      '13 mdx-element',
      '13 mdx-expression',
      '15 mdx-element',
      '15 mdx-element',
      '15 url',
      '17 mdx-element',
      '19 mdx-element',
      '19 mdx-element',
      '19 mdx-expression',
      '21 mdx-attribute',
      '23 mdx-attribute',
      '23 url',
    ]);
    expect(output).toMatch(/build failed: content\/articles\/syria-israel-fifth-round\/hostile\.mdx:7:1 import and export statements are not allowed in a section.* \(and 15 more errors above\)\. /);
    expect(output).not.toMatch(STACK_FRAME);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(project, 'dist'))).toBe(false);
  });

  it('publishes nothing executable and runs nothing even when the check is skipped', () => {
    const dist = join(project, 'dist-unchecked');
    const run = astroBuild(project, { ...env, [CHECKED_ENV]: '1', OUT_DIR: dist });
    expect(run.status, run.output).toBe(0);
    expect(existsSync(marker)).toBe(false);
    const page = readFileSync(join(dist, 'articles/syria-israel-fifth-round/hostile/index.html'), 'utf8');
    for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(html|json|xml|csv|bib)$/.test(name))) {
      const text = readFileSync(join(dist, file), 'utf8');
      expect(text.includes(secret), file).toBe(false);
      expect(text.includes(process.env.HOME ?? '/root'), file).toBe(false);
    }
    // The inline scripts a hostile page runs are those every section page runs (the keyboard shortcut, the copy
    // buttons), word for word; any other is JSON-LD data, which does not run.
    const inlineScripts = (html: string) => {
      const scripts: { type: string; text: string }[] = [];
      visit(fromHtml(html), 'element', (node: Element) => {
        if (node.tagName === 'script' && node.properties.src === undefined) {
          scripts.push({ type: String(node.properties.type ?? ''), text: node.children.map((child) => ('value' in child ? child.value : '')).join('') });
        }
      });
      return scripts;
    };
    const isData = ({ type }: { type: string }) => type === 'application/ld+json';
    const running = (scripts: { type: string; text: string }[]) => scripts.filter((script) => !isData(script)).map(({ text }) => text);
    const hostileScripts = inlineScripts(page);
    const ordinary = inlineScripts(readFileSync(join(dist, 'articles/syria-israel-fifth-round/introduction/index.html'), 'utf8'));
    expect(running(hostileScripts)).toEqual(running(ordinary));
    for (const data of hostileScripts.filter(isData)) expect(() => JSON.parse(data.text)).not.toThrow();
    const offending: string[] = [];
    visit(fromHtml(page), 'element', (node: Element) => {
      if (['iframe', 'style', 'object', 'embed', 'img'].includes(node.tagName) || (node.tagName === 'meta' && node.properties.httpEquiv)) offending.push(node.tagName);
      for (const [name, value] of Object.entries(node.properties)) {
        if (/^on/i.test(name)) offending.push(`${node.tagName} ${name}`);
        if (typeof value === 'string' && /^\s*javascript:/i.test(value)) offending.push(`${node.tagName} ${name}=${value}`);
      }
    });
    expect(offending).toEqual([]);
    expect(page).not.toContain('window.hostile');
    expect(page).not.toContain('display: none');
    expect(page).toContain('Emphasis');
    expect(page).toContain('A caption.');
  });
});
