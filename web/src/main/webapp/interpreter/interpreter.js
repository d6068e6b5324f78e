// The interpreter's door, phone first: on call, offers live, accept in one tap.
import { boot } from '/shared/page.js';

const context = await boot({ door: 'interpreter', role: 'interpreter', languages: ['en', 'th', 'my'] });
if (context) {
  const main = document.querySelector('main');
  const heading = document.createElement('h1');
  heading.dataset.i18n = 'interpreter.heading';
  heading.textContent = context.t('interpreter.heading');
  main.replaceChildren(heading);
}
