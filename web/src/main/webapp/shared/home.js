// The front page: signs the person in and sends it to its door (requester, interpreter, coordinator).
import { boot, doorOf } from './page.js';
import { t } from './i18n.js';

const context = await boot({ door: null, role: null, languages: ['en', 'th', 'my'] });
if (context) {
  const door = doorOf(context.me);
  if (door) {
    window.location.replace(door.path);
  } else {
    const main = document.querySelector('main');
    const note = document.createElement('p');
    note.setAttribute('role', 'alert');
    note.textContent = t('wrong-door.no-role');
    main.replaceChildren(note);
  }
}
