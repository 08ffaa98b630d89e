// Text with annotations laid over it from character offsets, built from text nodes and spans only.
import { el } from './dom.js';

/**
 * Cuts [from, to) of a text at every start and end of the annotations that overlap it. Each piece
 * lists the annotations that cover it whole, in the order given. Annotations outside the range, or
 * empty, are ignored; those that cross its bounds are cut there.
 */
export function pieces(from, to, annotations) {
  const inside = annotations.filter((a) => a.end > a.start && a.start < to && a.end > from);
  const cuts = new Set([from, to]);
  for (const a of inside) {
    cuts.add(Math.max(from, a.start));
    cuts.add(Math.min(to, a.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const result = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    result.push({ start, end, marks: inside.filter((a) => a.start <= start && a.end >= end) });
  }
  return result;
}

/**
 * Paragraph elements for `text`, one per `{start, end}` paragraph, where every piece covered by an
 * annotation is a span carrying the annotations' classes. `marksOf` receives span → annotations;
 * `spansOf` receives annotation → spans. A piece where an annotation begins can take the focus.
 */
export function highlighted(text, paragraphs, annotations, marksOf, spansOf) {
  const valid = annotations.filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end)
    && a.start >= 0 && a.end <= text.length && a.start < a.end);
  const blocks = paragraphs.length ? paragraphs : [{ start: 0, end: text.length }];
  return blocks.map(({ start, end }) => {
    const paragraph = el('p');
    for (const piece of pieces(start, end, valid)) {
      const words = text.slice(piece.start, piece.end);
      if (piece.marks.length === 0) {
        paragraph.append(words);
        continue;
      }
      const classes = new Set(['hl']);
      for (const mark of piece.marks) for (const name of mark.classes) classes.add(name);
      const begins = piece.marks.some((mark) => mark.start === piece.start);
      const span = el('span', { class: [...classes], tabindex: begins ? '0' : null, text: words });
      marksOf.set(span, piece.marks);
      for (const mark of piece.marks) {
        if (!spansOf.has(mark)) spansOf.set(mark, []);
        spansOf.get(mark).push(span);
      }
      paragraph.append(span);
    }
    return paragraph;
  });
}
