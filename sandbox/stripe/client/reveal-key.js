// API keys page: "Reveal … key" fetches the hidden key and shows it in place; "Copy" copies the publishable key.
import { cx } from './class-names.js';

for (const button of document.querySelectorAll('button[data-reveal]')) {
  button.addEventListener('click', async () => {
    button.disabled = true;
    const response = await fetch('/ajax/reveal_key', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: button.dataset.reveal, mode: button.dataset.mode }),
    });
    if (!response.ok) {
      button.disabled = false;
      return;
    }
    const { token } = await response.json();
    const text = document.createElement('span');
    text.className = cx('token');
    text.textContent = token;
    button.replaceWith(text);
  });
}

for (const button of document.querySelectorAll('button[data-copy]')) {
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.copy);
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Copy failed';
    }
    setTimeout(() => (button.textContent = 'Copy'), 1500);
  });
}
