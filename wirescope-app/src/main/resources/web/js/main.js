// The router: shows the view named by the address's fragment, and only the latest one.
import { replace } from './dom.js';
import { currentRoute } from './route.js';
import { empty } from './states.js';
import * as actor from './views/actor.js';
import * as actors from './views/actors.js';
import * as article from './views/article.js';
import * as dyad from './views/dyad.js';
import * as network from './views/network.js';
import * as quotes from './views/quotes.js';
import * as search from './views/search.js';

const VIEWS = Object.freeze({ search, article, actor, actors, quotes, dyad, network });
const NAV_OF = Object.freeze({ article: 'search', actor: 'actors' });

function router(main) {
  let current = null;
  return () => {
    if (location.hash && !location.hash.startsWith('#/')) return;
    current?.abort();
    current = new AbortController();
    const { segments, params } = currentRoute();
    const name = segments[0] ?? 'search';
    const section = NAV_OF[name] ?? name;
    for (const link of document.querySelectorAll('[data-nav]')) {
      if (link.dataset.nav === section) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    const view = VIEWS[name];
    if (!view) {
      document.title = 'Not found · Wirescope';
      replace(main, empty('There is no such page.', 'Use the menu above to search, or to browse quotes, actors, dyads and the network.'));
      return;
    }
    main.dataset.view = name;
    view.show({ main, segments: segments.slice(1), params, signal: current.signal });
  };
}

const main = document.getElementById('view');
const show = router(main);
// A button rather than a `#view` link: the fragment holds the route.
document.getElementById('skip-link').addEventListener('click', () => main.focus());
window.addEventListener('hashchange', () => {
  show();
  window.scrollTo(0, 0);
});
show();
