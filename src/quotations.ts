/** Reads the quotation index in the shapes pages render. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getSectionsByArticle } from './collections.ts';
import { inReadingOrder } from './lib/quote-export.ts';
import type { Quotation } from './lib/schema.ts';

export type QuotationEntry = CollectionEntry<'quotations'>;

/** Every quotation, in reading order. */
export async function getQuotations(): Promise<Quotation[]> {
  const sectionsByArticle = await getSectionsByArticle();
  const order = new Map([...sectionsByArticle.values()].flat().map((section) => [section.id, section.data.order]));
  const quotations = (await getCollection('quotations')).map((entry) => entry.data);
  return inReadingOrder(quotations, (section) => order.get(section) ?? 0);
}
