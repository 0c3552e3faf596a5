/** Schema.org JSON-LD graphs in which a thing many items share (an article, a person) is written once. */

/** The nodes written once, each made the first time an item refers to it by its `@id`. */
export class SharedNodes {
  readonly #nodes = new Map<string, object>();
  readonly #amongItems = new Set<string>();

  /** A reference to the node `id`, made by `make` the first time, unless it is one of the items. */
  ref(id: string, make: () => object): { '@id': string } {
    if (!this.#nodes.has(id) && !this.#amongItems.has(id)) this.#nodes.set(id, { '@id': id, ...make() });
    return { '@id': id };
  }

  /** Says that the node `id` is written among the items: references to it are not made into a node of their own. */
  item<T extends { '@id': string }>(node: T): T {
    this.#amongItems.add(node['@id']);
    return node;
  }

  /** A schema.org graph of `items`, then the nodes they refer to. */
  graph(items: readonly object[]): object {
    return { '@context': 'https://schema.org', '@graph': [...items, ...this.#nodes.values()] };
  }
}
