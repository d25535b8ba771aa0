// Stripe's account picker: Connect is enabled only once an account is chosen (also after back/forward restores).
const form = document.querySelector('form[action="/oauth/authorize"]');
const connect = form.querySelector('button[type="submit"]:not([form])');

function sync() {
  connect.disabled = !form.querySelector('input[name="account"]:checked');
}

form.addEventListener('change', sync);
window.addEventListener('pageshow', sync);
sync();
