// The filter forms above the list views: labelled fields whose values go into the address.
import { el } from './dom.js';
import { submitTo } from './route.js';

/**
 * A form of labelled fields (`{name, label, value, type, placeholder, wide, narrow, options}`) that,
 * when sent, navigates to `segments` with the fields as parameters. `kept` parameters are sent along
 * as they are, each shown as a filter the reader can drop.
 */
export function filterForm(segments, fields, submitLabel = 'Show', kept = {}) {
  const form = el('form', { class: 'query-form panel', onsubmit: (event) => {
    event.preventDefault();
    submitTo(form, segments);
  } },
  el('div', { class: 'form-row' },
    fields.map((field) => el('label', { class: ['field', field.wide && 'field-wide', field.narrow && 'field-narrow'] },
      el('span', { text: field.label }),
      field.options
        ? el('select', { name: field.name, id: `filter-${field.name}` }, field.options.map(([value, name]) =>
          el('option', { value, selected: value === field.value, text: name })))
        : el('input', { type: field.type ?? 'text', name: field.name, id: `filter-${field.name}`, value: field.value ?? '',
          placeholder: field.placeholder, autocomplete: 'off' }))),
    el('button', { class: 'button', type: 'submit', text: submitLabel })),
  Object.entries(kept).filter(([, value]) => value).map(([name, value]) => {
    const hidden = el('input', { type: 'hidden', name, value });
    return el('p', { class: 'kept-filter' }, hidden, `Only ${name} `, el('code', { text: value }), ' ',
      el('button', { type: 'button', class: 'link-button', text: 'remove this filter', onclick: () => {
        hidden.remove();
        form.requestSubmit();
      } }));
  }));
  return form;
}
