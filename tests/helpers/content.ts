/** A small valid content folder in a temporary directory, for tests to break one thing at a time. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

export const VALID_SPEAKERS = `- id: thomas-barrack
  name: Thomas Barrack
  aliases: [Barrack, US envoy Thomas Barrack]
  role: US Special Envoy to Syria
  affiliation: United States
  kind: person
  description: The US special envoy to Syria.
- id: syrian-official
  name: Unnamed Syrian official
  aliases: [a Syrian official]
  role: Syrian official
  affiliation: Syria
  kind: anonymous
  description: A Syrian official who spoke to Reuters.
`;

export const VALID_ARTICLE = `title: A test article
publisher: Test Post
source: https://example.org/story
language: en
published: 2026-01
summary: A short article for tests.
attribution: Reproduced for tests.
`;

export const VALID_SECTION = `---
title: The talks
order: 1
article: test-article
speakers: [thomas-barrack, syrian-official]
claims:
  - id: barrack-breakthrough
    claimant: thomas-barrack
    claim: The outcome is a breakthrough.
    status: asserted
    date: "2026-01-06"
dates:
  - date: "2026-01-05/2026-01-06"
    event: Talks in Paris
    actors: [Syria, Israel]
---

US envoy Thomas Barrack hailed the outcome as a “breakthrough.”
`;

/** The folders written by the test file, removed after its tests (each test file loads this module afresh). */
const written: string[] = [];
afterAll(() => {
  for (const dir of written.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes a content folder: the valid files, with any path replaced or added by `files` (null deletes). */
export function contentFolder(files: Record<string, string | Buffer | null> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-content-'));
  written.push(dir);
  const all: Record<string, string | Buffer | null> = {
    'speakers.yaml': VALID_SPEAKERS,
    'articles/test-article/article.yaml': VALID_ARTICLE,
    'articles/test-article/the-talks.mdx': VALID_SECTION,
    ...files,
  };
  for (const [path, contents] of Object.entries(all)) {
    if (contents === null) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), contents);
  }
  return dir;
}
