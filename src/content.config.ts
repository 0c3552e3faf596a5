import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { articleSchema, quotationSchema, sectionSchema, speakerSchema } from './model/schema.ts';
import { analysisDigestLoader, dateMentionLoader, quotationLoader } from './astro/quotation-loader.ts';
import { sectionLoader } from './astro/section-loader.ts';

/** Content lives outside src/: one folder per article, and one speaker registry for all of them. */
const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: '*/article.yaml', generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: articleSchema,
});

const sections = defineCollection({
  loader: sectionLoader('content'),
  schema: sectionSchema(reference('articles'), reference('speakers')),
});

const speakers = defineCollection({
  loader: file('./content/speakers.yaml'),
  schema: speakerSchema,
});

const quotations = defineCollection({
  loader: quotationLoader('content'),
  schema: quotationSchema,
});

const dateMentions = defineCollection({
  loader: dateMentionLoader('content'),
  schema: z.object({ section: z.string(), anchor: z.string(), value: z.string() }),
});

/** Each section's analysis digest, for its page's cache key. */
const analysisDigests = defineCollection({
  loader: analysisDigestLoader('content'),
  schema: z.object({ id: z.string(), digest: z.string() }),
});

export const collections = { articles, sections, speakers, quotations, dateMentions, analysisDigests };
