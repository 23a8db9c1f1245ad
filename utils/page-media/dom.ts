/**
 * DOM methods taken from the prototype of the document's own realm. A page may shadow them on its
 * document object; the collector must not trip over that.
 */
export function pristine(doc: Document) {
  const proto = (doc.defaultView?.Document ?? Document).prototype;
  return {
    querySelectorAll: (selector: string) => proto.querySelectorAll.call(doc, selector),
    createTreeWalker: (root: Node, whatToShow: number) => proto.createTreeWalker.call(doc, root, whatToShow),
    byTag: <K extends keyof HTMLElementTagNameMap>(tag: K) =>
      proto.getElementsByTagName.call(doc, tag) as HTMLCollectionOf<HTMLElementTagNameMap[K]>,
  };
}
