// Addresses of the UI's views, built in one place.
import { href } from './route.js';

export const links = Object.freeze({
  search: (params = {}) => href(['search'], params),
  article: (id, focus = null) => href(['article', id], { focus }),
  actor: (id) => href(['actor', id]),
  actors: (params = {}) => href(['actors'], params),
  quotes: (params = {}) => href(['quotes'], params),
  dyad: (params = {}) => href(['dyad'], params),
  network: (params = {}) => href(['network'], params),
});
