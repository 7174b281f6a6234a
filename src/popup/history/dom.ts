/**
 * The history view builds every node with DOM APIs: sender names, subjects and phrases come from other people's
 * email and are only ever set as text.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function button(text: string, className?: string): HTMLButtonElement {
  const node = element('button', text, className);
  node.type = 'button';
  return node;
}

/** A control with its visible label around it, so a click on the words focuses the control. */
export function labelled(text: string, control: HTMLElement, className?: string): HTMLLabelElement {
  const label = element('label', undefined, className);
  label.append(element('span', text, 'label-text'), control);
  return label;
}

export function option(value: string, text: string): HTMLOptionElement {
  const node = element('option', text);
  node.value = value;
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

/** A hidden page paints no frame: waiting for one stops there. */
const PAINT_WAIT_MS = 100;

/**
 * Resolves once the next frame is painted (a frame callback runs before the paint, a task queued there after
 * it), or after `PAINT_WAIT_MS` when the page paints nothing, hidden behind another tab.
 */
export const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, PAINT_WAIT_MS);
  });
