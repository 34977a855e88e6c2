// Progressive touches; every page works without this file.
document.documentElement.classList.add('js');

// The language picker submits as soon as a language is chosen.
document.querySelectorAll('form[data-auto-submit] select').forEach(function (select) {
  select.addEventListener('change', function () { select.form.submit(); });
});

// Destructive actions ask first: <form data-confirm="Disable this account?">.
document.querySelectorAll('form[data-confirm]').forEach(function (form) {
  form.addEventListener('submit', function (event) {
    if (!window.confirm(form.getAttribute('data-confirm'))) event.preventDefault();
  });
});
