// The account switcher at the top left of the dashboard: opens a menu of accounts; choosing one is a plain link.
const button = document.querySelector('button[aria-haspopup="menu"]');
const menu = button?.nextElementSibling;

function setOpen(open) {
  menu.hidden = !open;
  button.setAttribute('aria-expanded', String(open));
  if (open) menu.querySelector('[aria-checked="true"]')?.focus();
}

if (button && menu) {
  button.addEventListener('click', () => setOpen(menu.hidden));
  document.addEventListener('click', (event) => {
    if (!menu.hidden && !button.contains(event.target) && !menu.contains(event.target)) setOpen(false);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !menu.hidden) {
      setOpen(false);
      button.focus();
    }
  });
}
