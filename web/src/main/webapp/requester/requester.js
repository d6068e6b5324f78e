// The requester's door: book an interpreter, follow the agency's bookings live.
import { boot } from '/shared/page.js';

const context = await boot({ door: 'requester', role: 'requester', languages: ['en', 'th'] });
if (context) {
  const main = document.querySelector('main');
  const heading = document.createElement('h1');
  heading.dataset.i18n = 'requester.heading';
  heading.textContent = context.t('requester.heading');
  main.replaceChildren(heading);
}
