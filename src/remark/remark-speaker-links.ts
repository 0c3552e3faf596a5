/**
 * remark-speaker-links: links the first mention of each of a section's speakers to the speaker's page.
 *
 * In:  `speakers: [thomas-barrack]` in the frontmatter, and the text "US envoy Thomas Barrack hailed …"
 * Out: US envoy <a href="/speakers/thomas-barrack/" class="speaker-mention" data-speaker="thomas-barrack">Thomas Barrack</a> hailed …
 */
import type { Link, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import type { MentionableSpeaker } from '../model/schema.ts';
import { mentionFinder } from '../text/attribution/registry-match.ts';
import { sectionOfFile } from './section-of-file.ts';

export interface Options {
  /** The speaker registry, read when the first file is transformed. */
  speakers: () => readonly MentionableSpeaker[];
  /** The page of a speaker, with the site's base path. */
  speakerUrl: (id: string) => string;
}

export default function remarkSpeakerLinks(options: Options) {
  return (tree: Root, file: VFile) => {
    const ids = new Set(sectionOfFile(file).speakers);
    if (ids.size === 0) return;
    const findMentions = mentionFinder(options.speakers().filter((s) => ids.has(s.id)));
    const linked = new Set<string>();
    visit(tree, (node, index, parent) => {
      // Names inside someone's quoted words, or in a quotation's speaker note, are not the text's mentions.
      if (['link', 'linkReference', 'heading', 'quotation', 'quotationNote'].includes(node.type)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      // Only each speaker's first mention in the section is linked.
      const mentions = findMentions(node.value).filter((mention) => {
        if (linked.has(mention.speaker)) return false;
        linked.add(mention.speaker);
        return true;
      });
      if (mentions.length === 0) return;
      const pieces: (Text | Link)[] = [];
      let cursor = 0;
      for (const mention of mentions) {
        if (mention.start > cursor) pieces.push({ type: 'text', value: node.value.slice(cursor, mention.start) });
        pieces.push({
          type: 'link',
          url: options.speakerUrl(mention.speaker),
          children: [{ type: 'text', value: mention.text }],
          data: { hProperties: { className: ['speaker-mention'], dataSpeaker: mention.speaker } },
        });
        cursor = mention.end;
      }
      if (cursor < node.value.length) pieces.push({ type: 'text', value: node.value.slice(cursor) });
      parent.children.splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });
  };
}
