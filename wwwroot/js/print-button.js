// A button that prints the page: <button data-print>. The page's print stylesheet leaves only the document.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
