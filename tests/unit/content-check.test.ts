import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FRONTMATTER } from '../../src/model/content-layout.ts';
import { checkContent, formatProblems, type Problem } from '../../src/check/content-check.ts';
import { checkText } from '../../src/check/text-check.ts';
import { ParsedYamlCache } from '../../src/model/parsed-yaml.ts';
import { contentFolder, VALID_ARTICLE, VALID_SECTION, VALID_SPEAKERS } from '../helpers/content.ts';

const SECTION = 'articles/test-article/the-talks.mdx';

function errorsOf(files: Parameters<typeof contentFolder>[0]): Problem[] {
  return checkContent(contentFolder(files)).filter((p) => p.severity === 'error');
}

/** The one error a broken folder must give, checked for file, line, field and wording. */
function onlyError(files: Parameters<typeof contentFolder>[0]): Problem {
  const errors = errorsOf(files);
  expect(errors, formatProblems(errors)).toHaveLength(1);
  return errors[0]!;
}

describe('checkContent', () => {
  it('passes valid content without a problem', () => {
    expect(checkContent(contentFolder())).toEqual([]);
  });

  it('passes the seed content', () => {
    expect(formatProblems(checkContent('content'))).toBe('');
  });

  it('names the file, line, field and fix for an unknown speaker in a section', () => {
    const error = onlyError({ [SECTION]: VALID_SECTION.replace('speakers: [thomas-barrack, syrian-official]', 'speakers: [thomas-barack, syrian-official]') });
    expect(error).toMatchObject({ file: expect.stringMatching(/the-talks\.mdx$/), line: 5, field: 'speakers.0', rule: 'unknown-reference' });
    expect(error.message).toContain('no speaker "thomas-barack" in speakers.yaml');
    expect(error.message).toContain('did you mean "thomas-barrack"');
  });

  it('names the claim and field for an unknown claimant', () => {
    const error = onlyError({ [SECTION]: VALID_SECTION.replace('claimant: thomas-barrack', 'claimant: ken-gude') });
    expect(error).toMatchObject({ line: 8, field: 'claims.0.claimant', rule: 'unknown-reference' });
    expect(error.message).toContain('add a speaker with id "ken-gude" to speakers.yaml');
  });

  it('rejects a section whose article is not the folder it is in', () => {
    const error = onlyError({ [SECTION]: VALID_SECTION.replace('article: test-article', 'article: other-article') });
    expect(error).toMatchObject({ line: 4, field: 'article' });
    expect(error.message).toContain('set article: test-article');
  });

  it('rejects a duplicate speaker id at the second entry', () => {
    const errors = errorsOf({ 'speakers.yaml': VALID_SPEAKERS.replace('id: syrian-official', 'id: thomas-barrack') });
    expect(errors[0]).toMatchObject({ file: expect.stringMatching(/speakers\.yaml$/), line: 8, field: '1.id', rule: 'duplicate-id' });
  });

  it('rejects a claim id used twice across sections', () => {
    const error = onlyError({ 'articles/test-article/more.mdx': VALID_SECTION.replace('order: 1', 'order: 2') });
    expect(error).toMatchObject({ file: expect.stringMatching(/the-talks\.mdx$/), field: 'claims.0.id', rule: 'duplicate-id' });
    expect(error.message).toContain('already a claim in');
  });

  it('rejects two sections of one article with the same order', () => {
    const second = VALID_SECTION.replace('id: barrack-breakthrough', 'id: another-claim');
    expect(onlyError({ 'articles/test-article/more.mdx': second })).toMatchObject({ field: 'order', rule: 'duplicate-id' });
  });

  it.each([
    ['2025-13', 'months run from 01 to 12'],
    ['2025-02-30', '2025-02 has 28 days'],
    ['5 January 2026', 'not an ISO 8601 date'],
  ])('rejects the malformed date %s with its reason', (bad, reason) => {
    const error = onlyError({ [SECTION]: VALID_SECTION.replace('date: "2026-01-06"', `date: "${bad}"`) });
    expect(error).toMatchObject({ line: 11, field: 'claims.0.date', rule: 'schema' });
    expect(error.message).toContain(reason);
    expect(error.message).toContain(`got "${bad}"`);
  });

  it('reads unquoted YAML years and dates as ISO dates', () => {
    expect(errorsOf({ [SECTION]: VALID_SECTION.replace('date: "2026-01-06"', 'date: 2026') })).toEqual([]);
  });

  it('rejects a claim status outside the vocabulary, listing the allowed ones', () => {
    const error = onlyError({ [SECTION]: VALID_SECTION.replace('status: asserted', 'status: true') });
    expect(error.field).toBe('claims.0.status');
    expect(error.message).toMatch(/asserted.*reported.*denied.*disputed.*analysis/);
  });

  it('names an unknown field, which is most often a typo', () => {
    const error = onlyError({ [SECTION]: VALID_SECTION.replace('speakers:', 'speaker: []\nspeakers:') });
    expect(error.message).toContain('unknown field "speaker"');
    expect(error.line).toBe(5);
  });

  it('names a missing required field of an article', () => {
    const error = onlyError({ 'articles/test-article/article.yaml': VALID_ARTICLE.replace('title: A test article\n', '') });
    expect(error).toMatchObject({ field: 'title', rule: 'schema', file: expect.stringMatching(/article\.yaml$/) });
  });

  it('reports invalid YAML at its line', () => {
    const error = onlyError({ 'speakers.yaml': `${VALID_SPEAKERS}- id: [unclosed\n` });
    // The parser notices the unclosed list where the file ends.
    expect(error).toMatchObject({ rule: 'yaml-syntax', line: 16 });
  });

  it.each([
    ['no frontmatter', 'Just text.\n', 'frontmatter-missing'],
    ['an empty file', '', 'file-empty'],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'file-binary'],
  ])('rejects a section with %s', (_case, contents, rule) => {
    expect(onlyError({ [SECTION]: contents }).rule).toBe(rule);
  });

  it('rejects a file name that is not a slug', () => {
    expect(onlyError({ 'articles/test-article/The Talks.mdx': VALID_SECTION.replace('order: 1', 'order: 3') })).toMatchObject({ rule: 'slug' });
  });

  it('warns when one alias names two speakers', () => {
    const problems = checkContent(contentFolder({ 'speakers.yaml': VALID_SPEAKERS.replace('[a Syrian official]', '[a Syrian official, Barrack]') }));
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', rule: 'ambiguous-alias' })]);
  });

  it('formats problems as file:line:col, severity, message and rule', () => {
    const [error] = errorsOf({ [SECTION]: VALID_SECTION.replace('claimant: thomas-barrack', 'claimant: nobody') });
    expect(formatProblems([error!])).toMatch(/^\S+the-talks\.mdx:8:15 {2}error {2}claims\.0\.claimant: no speaker "nobody".* {2}unknown-reference$/);
  });
});

describe('checkContent with the YAML an earlier check parsed', () => {
  const broken = { [SECTION]: VALID_SECTION.replace('claimant: thomas-barrack', 'claimant: ken-gude') };

  it('gives the same problems, at the same lines, from the kept documents as from parsing', () => {
    const folder = contentFolder(broken);
    const file = join(mkdtempSync(join(tmpdir(), 'verbatim-yaml-')), 'parsed.bin');
    const first = new ParsedYamlCache(file);
    const parsedOnce = checkContent(folder, first);
    first.save();
    expect(parsedOnce).toContainEqual(expect.objectContaining({ line: 8, field: 'claims.0.claimant', rule: 'unknown-reference' }));
    expect(checkContent(folder, new ParsedYamlCache(file))).toEqual(parsedOnce);
  });

  it('takes a kept document instead of parsing its text', () => {
    const folder = contentFolder(broken);
    const file = join(mkdtempSync(join(tmpdir(), 'verbatim-yaml-')), 'parsed.bin');
    const frontmatter = (text: string) => FRONTMATTER.exec(text)![1]!;
    // The broken text kept with the value of the valid one: the check that takes it finds nothing wrong.
    const cache = new ParsedYamlCache(file);
    cache.set(frontmatter(readFileSync(join(folder, SECTION), 'utf8')), parse(frontmatter(VALID_SECTION)));
    cache.save();
    expect(checkContent(folder, new ParsedYamlCache(file))).toEqual([]);
  });

  it('parses a file again once it changes, and ignores a kept file it cannot read', () => {
    const folder = contentFolder(broken);
    const file = join(mkdtempSync(join(tmpdir(), 'verbatim-yaml-')), 'parsed.bin');
    const cache = new ParsedYamlCache(file);
    checkContent(folder, cache);
    cache.save();
    writeFileSync(join(folder, SECTION), VALID_SECTION);
    expect(checkContent(folder, new ParsedYamlCache(file))).toEqual([]);
    writeFileSync(file, 'not what V8 writes');
    expect(checkContent(folder, new ParsedYamlCache(file))).toEqual([]);
  });
});

describe('checkText: attributions a maintainer should review', () => {
  it('warns at file:line:col about a speaker found by a weak rule, and names the rule’s reasoning', async () => {
    const section = VALID_SECTION.replace(
      'US envoy Thomas Barrack hailed the outcome as a “breakthrough.”',
      ['US envoy Thomas Barrack hailed the outcome as a “breakthrough.”', '', 'Several ministers met later. The mood was upbeat, with an aide describing a “new season of trust between the parties.”'].join('\n'),
    );
    const dir = contentFolder({ 'articles/test-article/the-talks.mdx': section });
    const problems = await checkText(dir);
    const weak = problems.filter((p) => p.rule === 'weak-attribution');
    expect(weak).toEqual([]);
    // The same sentence with no speech verb and an unregistered subject is a guess: a warning on its line.
    const guessed = section.replace('Several ministers met later. The mood was upbeat, with an aide describing a “new season', 'Lena Marsh was upbeat about a “new season');
    const dir2 = contentFolder({ 'articles/test-article/the-talks.mdx': guessed });
    const line = guessed.split('\n').findIndex((l) => l.includes('Lena Marsh')) + 1;
    expect((await checkText(dir2)).filter((p) => p.rule === 'weak-attribution')).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/the-talks\.mdx$/),
        line,
        column: guessed.split('\n')[line - 1]!.indexOf('“') + 1,
        severity: 'warning',
        message: expect.stringMatching(/^Quotation “new season of trust between the parties” is attributed to Lena Marsh by a weak rule \(no speech verb: .*\): check it, and confirm or correct it with <Quote speaker="id">$/),
      }),
    ]);
  });
});
