/** Finding highlights through the CSS Custom Highlight API: painted over the page's text, never changing it. */
import type { Category } from '../analysis/types.ts';

/** Adds a Range to its category's highlight; returns what removes it. */
export function highlight(category: Category, range: Range): () => void {
  const name = `gardefou-${category}`;
  let registered = CSS.highlights.get(name);
  if (!registered) {
    registered = new Highlight();
    CSS.highlights.set(name, registered);
  }
  registered.add(range);
  return () => {
    registered.delete(range);
  };
}
