/**
 * A sorted search of a bundle in shards, in one order. Pagefind merges the results of the indexes it searches
 * together by score, and a sorted search's score is a result's place among its own shard's records, so the merged
 * list interleaves the shards' orders rather than following the sort. Each shard is searched alone instead, its
 * results in the sort's order, and the lists are merged here by each result's sort key, read from its data only
 * when it is next in its list: drawing a page of results reads about as many keys as it shows.
 */

export type SortDirection = 'asc' | 'desc';

/** The results drawn a page at a time, in order. */
export interface ResultsInOrder<Result> {
  readonly length: number;
  /** The next `count` results (fewer at the end). */
  take(count: number): Promise<Result[]>;
}

/** A list already in its order. */
export function inListOrder<Result>(results: readonly Result[]): ResultsInOrder<Result> {
  let drawn = 0;
  return {
    length: results.length,
    take: async (count) => results.slice(drawn, (drawn += count)),
  };
}

/**
 * Lists each in the sort's order, merged into one by `keyOf` (compared as strings, as Pagefind compares sort keys
 * that are not all numbers). A result without a key comes after every result with one, either way, as in its own
 * list; equal keys keep the order of the lists.
 */
export function mergedInOrder<Result>(lists: readonly (readonly Result[])[], keyOf: (result: Result) => Promise<string | undefined>, direction: SortDirection): ResultsInOrder<Result> {
  const next = lists.map(() => 0);
  const heads = new Map<number, Promise<string | undefined>>();
  const headKey = (list: number) => {
    if (!heads.has(list)) heads.set(list, keyOf(lists[list]![next[list]!]!));
    return heads.get(list)!;
  };
  const before = (a: string | undefined, b: string | undefined) => {
    if (a === undefined || b === undefined) return a !== undefined && b === undefined;
    return direction === 'asc' ? a < b : a > b;
  };
  /** The list whose next result comes next, or undefined when every list is drawn. */
  const nextList = async (): Promise<number | undefined> => {
    const open = lists.flatMap((list, index) => (next[index]! < list.length ? [index] : []));
    const keys = await Promise.all(open.map(headKey));
    let best = 0;
    for (let at = 1; at < open.length; at++) if (before(keys[at], keys[best])) best = at;
    return open[best];
  };
  const draw = async (count: number) => {
    const taken: Result[] = [];
    while (taken.length < count) {
      const list = await nextList();
      if (list === undefined) break;
      heads.delete(list);
      taken.push(lists[list]![next[list]!++]!);
    }
    return taken;
  };
  // One draw at a time: two asked for at once would take the same heads. A draw that fails fails its caller's take.
  let drawing: Promise<unknown> = Promise.resolve();
  return {
    length: lists.reduce((sum, list) => sum + list.length, 0),
    take: (count) => {
      const taken = drawing.then(() => draw(count));
      drawing = taken.catch(() => undefined);
      return taken;
    },
  };
}
