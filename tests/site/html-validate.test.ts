import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';

const builds = inject('builds');
// The project's .htmlvalidate.json: the recommended rules, less long-title (article titles are the source's own).
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each(Object.entries(builds))('the HTML built for %s', (_name, { outDir }) => {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).sort();

  it('covers every page type', () => {
    for (const page of ['index.html', '404.html', 'search/index.html', 'claims/index.html', 'timeline/index.html', 'quotes/index.html', 'speakers/index.html']) {
      expect(files).toContain(page);
    }
    expect(files.filter((f) => /^quotes\/q-/.test(f)).length).toBeGreaterThan(10);
  });

  it('ends every page with </html>, nothing after it', () => {
    const trailing = files.filter((file) => !readFileSync(join(outDir, file), 'utf8').trimEnd().endsWith('</html>'));
    expect(trailing).toEqual([]);
  });

  it('is valid on every page', async () => {
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(join(outDir, file));
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column}  ${message.message}  ${message.ruleId}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
