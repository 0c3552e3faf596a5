/** Schema.org JSON-LD graphs in which a thing many items share (an article, a person) is written once. */

/** The nodes written once, each made the first time an item refers to it by its `@id`. */
export class SharedNodes {
  readonly #nodes = new Map<string, object>();

  /** A reference to the node `id`, made by `make` the first time. */
  ref(id: string, make: () => object): { '@id': string } {
    if (!this.#nodes.has(id)) this.#nodes.set(id, { '@id': id, ...make() });
    return { '@id': id };
  }

  /** A schema.org graph of `items`, then the nodes they refer to. */
  graph(items: readonly object[]): object {
    return { '@context': 'https://schema.org', '@graph': [...items, ...this.#nodes.values()] };
  }
}
