/** A Pagefind bundle trimmed as it is written: its scripts minified, what the site never loads removed (src/outputs/search-bundle-trim.ts). */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { LOADED_SCRIPTS, loadedFiles, minifiedScript, trimBundle } from '../../src/outputs/search-bundle-trim.ts';

const moduleScript = `const multiplierOfTheAnswer = 2;
function halfOfTheAnswer(value) { return value * multiplierOfTheAnswer; }
export function answer() { return halfOfTheAnswer(21); }
`;
const workerScript = `function replyWithTheAnswer(question) { let incremented = question + 1; return incremented; }
self.addEventListener('message', (event) => self.postMessage(replyWithTheAnswer(event.data)));
`;

describe('minifiedScript', () => {
  it('renames what is local to an ES module and keeps its exports, which still answer the same', async () => {
    const minified = minifiedScript(moduleScript, 'pagefind.js');
    expect(minified.length).toBeLessThan(moduleScript.length / 2);
    expect(minified).not.toContain('multiplierOfTheAnswer');
    const { answer } = (await import(`data:text/javascript,${encodeURIComponent(minified)}`)) as { answer: () => number };
    expect(answer()).toBe(42);
  });

  it('keeps a classic worker script classic: its top-level names stay, its locals are renamed, it replies the same', () => {
    const minified = minifiedScript(workerScript, 'pagefind-worker.js');
    expect(minified).not.toContain('incremented');
    expect(minified).not.toMatch(/\bexport\b|\bimport\b/);
    const replies: unknown[] = [];
    let listener: (event: { data: number }) => void = () => {};
    const self = { addEventListener: (_type: string, handler: typeof listener) => (listener = handler), postMessage: (reply: unknown) => replies.push(reply) };
    runInNewContext(minified, { self });
    listener({ data: 41 });
    expect(replies).toEqual([42]);
  });

  it('names the script and the fix when it cannot be read as JavaScript', () => {
    expect(() => minifiedScript('function (', 'pagefind.js')).toThrow(/^Pagefind's pagefind\.js could not be minified \(.+\): reinstall Pagefind \(npm ci\) and build again$/);
  });

  it('minifies to the same bytes every time', () => {
    expect(minifiedScript(moduleScript, 'pagefind.js')).toBe(minifiedScript(moduleScript, 'pagefind.js'));
  });
});

/** A bundle as Pagefind writes it, with its entry's `languages`, in a new folder. */
function writtenBundle(languages: Record<string, { hash: string; wasm?: string | null }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-bundle-'));
  const [moduleFile, workerFile] = LOADED_SCRIPTS;
  writeFileSync(join(dir, moduleFile), moduleScript);
  writeFileSync(join(dir, workerFile), workerScript);
  writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages }));
  for (const { hash } of Object.values(languages)) writeFileSync(join(dir, `pagefind.${hash}.pf_meta`), 'meta');
  for (const file of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-highlight.js', 'pagefind-component-ui.js', 'wasm.en.pagefind', 'wasm.unknown.pagefind']) writeFileSync(join(dir, file), 'written');
  mkdirSync(join(dir, 'fragment'));
  writeFileSync(join(dir, 'fragment', 'en_1.pf_fragment'), 'fragment');
  return dir;
}

describe('trimBundle', () => {
  it('minifies the scripts the search page loads, keeps the entry, metadata, wasm and folders, and removes Pagefind’s own interfaces', () => {
    const dir = writtenBundle({ en: { hash: 'en_1a2b', wasm: 'en' } });
    try {
      trimBundle(dir);
      const [moduleFile, workerFile] = LOADED_SCRIPTS;
      expect(readFileSync(join(dir, moduleFile), 'utf8')).toBe(minifiedScript(moduleScript, moduleFile));
      expect(readFileSync(join(dir, workerFile), 'utf8')).toBe(minifiedScript(workerScript, workerFile));
      expect(readdirSync(dir).sort()).toEqual(['fragment', 'pagefind-entry.json', 'pagefind-worker.js', 'pagefind.en_1a2b.pf_meta', 'pagefind.js', 'wasm.en.pagefind']);
      expect(readdirSync(join(dir, 'fragment'))).toEqual(['en_1.pf_fragment']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the wasm for pages of no known language when a language has no wasm of its own', () => {
    expect([...loadedFiles({ languages: { en: { hash: 'en_1', wasm: 'en' }, xx: { hash: 'xx_2', wasm: null } } })].sort()).toEqual(
      ['pagefind-entry.json', 'pagefind-worker.js', 'pagefind.en_1.pf_meta', 'pagefind.js', 'pagefind.xx_2.pf_meta', 'wasm.en.pagefind', 'wasm.unknown.pagefind'],
    );
  });
});
