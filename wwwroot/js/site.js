// Progressive touches; every page works without this file.
document.documentElement.classList.add('js');

// Back from a change of language the selector keeps the focus, even on a page whose own field asks for it
// (autofocus goes to the first such field, and the selector is the last).
var language = document.getElementById('culture');
if (language && language.hasAttribute('autofocus')) language.focus();

// Destructive actions ask first: <form data-confirm="Disable this account?">.
document.querySelectorAll('form[data-confirm]').forEach(function (form) {
  form.addEventListener('submit', function (event) {
    if (!window.confirm(form.getAttribute('data-confirm'))) event.preventDefault();
  });
});

// A decision between buttons asks about the one pressed: <button data-confirm="Reject this request?">.
document.querySelectorAll('button[data-confirm]').forEach(function (button) {
  button.addEventListener('click', function (event) {
    if (!window.confirm(button.getAttribute('data-confirm'))) event.preventDefault();
  });
});

// A file input with data-max-bytes refuses a larger file before uploading it: the server would refuse it too, but one
// far over its limit is cut off before the server can say why. The message is the element named by data-too-large.
document.querySelectorAll('input[type="file"][data-max-bytes]').forEach(function (input) {
  var message = document.getElementById(input.getAttribute('data-too-large'));
  var tooLarge = function () {
    var max = Number(input.getAttribute('data-max-bytes'));
    return Array.prototype.some.call(input.files || [], function (file) { return file.size > max; });
  };
  input.addEventListener('change', function () { message.hidden = !tooLarge(); });
  input.form.addEventListener('submit', function (event) {
    if (!tooLarge()) return;
    event.preventDefault();
    message.hidden = false;
    input.focus();
  });
});

// Forms that start long work (an import) submit once: a second click would only queue the same work again.
// Coming back to the page (browser back) makes them usable again.
document.querySelectorAll('form[data-submit-once]').forEach(function (form) {
  var buttons = form.querySelectorAll('button[type="submit"]');
  form.addEventListener('submit', function (event) {
    if (event.defaultPrevented) return;
    buttons.forEach(function (button) { button.disabled = true; });
  });
  window.addEventListener('pageshow', function () {
    buttons.forEach(function (button) { button.disabled = false; });
  });
});
