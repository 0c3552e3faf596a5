/** Searching lists kept in order. */

/** The first index where `before` stops holding, in a list where it holds for a prefix: a binary search. */
export function firstNotBefore<T>(list: readonly T[], before: (item: T) => boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(list[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
}
