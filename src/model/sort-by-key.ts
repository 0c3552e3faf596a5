/**
 * The items in the order of a key computed once for each: a comparator that parses (a date, say) would parse
 * each item at every comparison. Items of equal keys keep their order.
 */
export function sortedByKey<T, K>(items: readonly T[], key: (item: T) => K, compare: (a: K, b: K) => number): T[] {
  return items
    .map((item) => ({ item, key: key(item) }))
    .sort((a, b) => compare(a.key, b.key))
    .map(({ item }) => item);
}
