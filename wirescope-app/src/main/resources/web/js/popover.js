// One popover for the whole page: shown next to a highlight while it is hovered or focused.
import { replace } from './dom.js';

const GAP = 6;
const MARGIN = 8;

/**
 * Shows `render(span)` in the page's popover while a `.hl` span of `container` that `marksOf` knows
 * is hovered or focused; Escape or leaving hides it. Hidden for good when `signal` aborts.
 */
export function popoverOn(container, marksOf, render, signal) {
  const popover = document.getElementById('popover');
  let anchor = null;
  const hide = () => {
    anchor?.removeAttribute('aria-describedby');
    anchor = null;
    popover.hidden = true;
  };
  const show = (span) => {
    if (span === anchor) return;
    hide();
    anchor = span;
    replace(popover, render(span));
    popover.hidden = false;
    span.setAttribute('aria-describedby', popover.id);
    place(popover, span);
  };
  const target = (event) => {
    const span = event.target instanceof Element ? event.target.closest('.hl') : null;
    return span && marksOf.has(span) ? span : null;
  };
  container.addEventListener('mouseover', (event) => { const span = target(event); if (span) show(span); });
  container.addEventListener('mouseout', (event) => {
    const next = event.relatedTarget instanceof Element ? event.relatedTarget.closest('.hl') : null;
    if (anchor && next !== anchor) hide();
  });
  container.addEventListener('focusin', (event) => { const span = target(event); if (span) show(span); });
  container.addEventListener('focusout', hide);
  container.addEventListener('keydown', (event) => { if (event.key === 'Escape') hide(); });
  signal.addEventListener('abort', hide, { once: true });
}

/** Below the span, or above it when there is no room below; kept inside the viewport's width. */
function place(popover, span) {
  const box = span.getBoundingClientRect();
  const width = popover.offsetWidth;
  const height = popover.offsetHeight;
  const left = Math.min(Math.max(MARGIN, box.left), document.documentElement.clientWidth - width - MARGIN);
  const below = box.bottom + GAP + height <= window.innerHeight;
  const top = below ? box.bottom + GAP : box.top - GAP - height;
  popover.style.left = `${Math.max(MARGIN, left) + window.scrollX}px`;
  popover.style.top = `${Math.max(MARGIN, top + window.scrollY)}px`;
}
