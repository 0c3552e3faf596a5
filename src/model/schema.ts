/**
 * The content model as zod schemas, shared by Astro's content collections and by the content check.
 * References are schemas the caller supplies: Astro passes `reference()`, the check passes `plainReference`
 * and verifies that the ids exist itself, so both read one definition of every field.
 */
import { z } from 'zod';
import { aliasProblem } from './common-words.ts';
import { parseIsoDate } from './iso-date.ts';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CLAIM_STATUSES = ['asserted', 'reported', 'denied', 'disputed', 'analysis'] as const;
export const SPEAKER_KINDS = ['person', 'organization', 'document', 'anonymous'] as const;

export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** What each claim status says of a claim, as the method page explains it to readers. */
export const CLAIM_STATUS_MEANINGS: Readonly<Record<ClaimStatus, string>> = {
  asserted: 'the claimant says it in their own name, in the text (a statement, a speech, an interview)',
  reported: 'the text reports that the claimant said it, without quoting the claimant directly on this point',
  denied: 'the claimant rejects it: the text reports a denial',
  disputed: 'someone in the text contests it, or the sides give accounts that cannot both be true',
  analysis: 'the author’s own reading or judgement, not anyone’s statement',
};
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

const text = z.string().trim().min(1, 'must not be empty');

/** The longest id: ids name folders and files of the published site, which file systems limit. */
export const MAX_ID_LENGTH = 80;

/** Whether a name is an id: a slug no longer than MAX_ID_LENGTH. */
export const isId = (name: string) => SLUG.test(name) && name.length <= MAX_ID_LENGTH;

const slug = z
  .string()
  .regex(SLUG, 'must be a slug: lowercase letters, digits and single hyphens, such as "thomas-barrack"')
  .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters: shorten it`);

/** An ISO 8601 date of reduced precision (`2025`, `2025-11`, `2025-07-19`) or a `start/end` range. */
export const isoDate = z.preprocess(
  // Unquoted in YAML, `2025` reads as a number and (in Astro's parser) `2025-07-19` as a timestamp.
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
  z.string().superRefine((value, ctx) => {
    const parsed = parseIsoDate(value);
    if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
  }),
);

/** A whole day, YYYY-MM-DD, such as the day a text was read at its source. */
export const isoDay = isoDate.pipe(
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be the whole day it was read, YYYY-MM-DD, such as "2026-11-26"'),
);

/** A reference as the check reads it: an id whose existence is verified separately. */
export const plainReference = slug;

export const speakerSchema = z
  .object({
    id: slug,
    name: text,
    aliases: z
      .array(
        text.superRefine((alias, ctx) => {
          const problem = aliasProblem(alias);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
      )
      .default([]),
    role: text,
    affiliation: text,
    kind: z.enum(SPEAKER_KINDS),
    description: text,
  })
  .strict();

/** An entry of the former quotation pages: the id of a quotation once published at /quotes/<id>/. */
export const formerQuotationPageSchema = z.object({ id: z.string().regex(/^q-[a-z0-9-]+$/, 'must be a quotation id, such as q-breakthrough-3fa2c1') }).strict();

export const articleSchema = z
  .object({
    title: text,
    publisher: text,
    source: z.url({ protocol: /^https?$/, hostname: z.regexes.domain, message: 'must be the full http(s) URL of the original, such as "https://example.org/story"' }),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language tag such as "en" or "en-GB"'),
    published: isoDate.optional(),
    authors: z.array(text).optional(),
    /** The day the text was taken from its source: the access date that MLA and reference managers give. */
    accessed: isoDay.optional(),
    summary: text,
    attribution: text,
  })
  .strict();

export function claimSchema<S extends z.ZodType>(speakerReference: S) {
  return z
    .object({
      id: slug,
      claimant: speakerReference,
      claim: text,
      /** Words of the sentence that carries the claim, as written; found from the claim's own words when absent. */
      sentence: text.optional(),
      status: z.enum(CLAIM_STATUSES),
      date: isoDate.optional(),
    })
    .strict();
}

export const datedEventSchema = z
  .object({
    date: isoDate,
    event: text,
    actors: z.array(text).default([]),
    place: text.optional(),
  })
  .strict();

export function sectionSchema<A extends z.ZodType, S extends z.ZodType>(articleReference: A, speakerReference: S) {
  return z
    .object({
      title: text,
      order: z.number().int().positive(),
      article: articleReference,
      speakers: z.array(speakerReference).default([]),
      claims: z.array(claimSchema(speakerReference)).default([]),
      dates: z.array(datedEventSchema).default([]),
    })
    .strict();
}

/** A section's frontmatter read straight from its file, outside Astro: references as plain ids. */
export const plainSectionSchema = sectionSchema(plainReference, plainReference);

export type Speaker = z.infer<typeof speakerSchema>;
/** What the attribution needs of a registry entry (its role is optional: text outside content/ may lack one). */
export type RegistrySpeaker = Pick<Speaker, 'id' | 'name' | 'aliases' | 'kind' | 'affiliation'> & Partial<Pick<Speaker, 'role'>>;
/** What finding a speaker's mentions in the text needs. */
export type MentionableSpeaker = Pick<Speaker, 'id' | 'name' | 'aliases'>;
export type Article = z.infer<typeof articleSchema>;
export type DatedEvent = z.infer<typeof datedEventSchema>;

export const QUOTATION_KINDS = ['full', 'partial'] as const;

/** Who said a quotation: a registry speaker (with id), or a name as the text writes it (id null). */
const quotedSpeakerSchema = z.object({ id: z.string().nullable(), name: z.string() });
export type QuotedSpeaker = z.infer<typeof quotedSpeakerSchema>;
/** A quoted speaker as the attribution resolves it, with the registry's kind when it knows one. */
export type SpeakerRef = QuotedSpeaker & { kind?: SpeakerKind };

/** An entry of the quotation index, as remark-quotations records it (without its paragraph, which its section holds). */
export const quotationSchema = z.object({
  id: z.string(),
  text: z.string(),
  kind: z.enum(QUOTATION_KINDS),
  speaker: quotedSpeakerSchema,
  article: z.string(),
  section: z.string(),
  url: z.string(),
  said: z.string().nullable(),
  context: z.string(),
  line: z.number(),
  column: z.number(),
  /** Whether the quotation once had a page of its own at /quotes/<id>/, which still answers with a redirect. */
  formerPage: z.boolean().optional(),
});

export type Quotation = z.infer<typeof quotationSchema>;
