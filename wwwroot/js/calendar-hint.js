// Under a date field, the chosen date in the page's own calendar (Persian pages: the Persian calendar). The server
// writes it for the value the page opens with; this keeps it in step as the date changes.
(function () {
  var format = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'full', timeZone: 'UTC' });
  document.querySelectorAll('[data-calendar-of]').forEach(function (hint) {
    var input = document.getElementById(hint.getAttribute('data-calendar-of'));
    if (!input) return;
    var show = function () {
      var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.value);
      hint.textContent = parts ? format.format(new Date(Date.UTC(+parts[1], +parts[2] - 1, +parts[3]))) : '';
    };
    input.addEventListener('change', show);
    input.addEventListener('input', show);
  });
})();
