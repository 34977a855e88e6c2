// Suggests colleagues for a field of comma-separated work emails (data-suggest-from = the address that finds them):
// the word being typed is looked up, and each suggestion keeps what was typed before it. Without this file, people
// type the emails themselves.
document.querySelectorAll('input[data-suggest-from]').forEach(function (input) {
  var list = document.getElementById(input.getAttribute('list'));
  var timer = null;
  var asked = '';
  input.addEventListener('input', function () {
    var parts = input.value.split(',');
    var term = parts.pop().trim();
    var before = parts.map(function (p) { return p.trim(); }).filter(Boolean);
    var prefix = before.length ? before.join(', ') + ', ' : '';
    window.clearTimeout(timer);
    if (term.length < 2 || term.indexOf('@') >= 0 || term === asked) return;
    timer = window.setTimeout(function () {
      asked = term;
      fetch(input.getAttribute('data-suggest-from') + '?term=' + encodeURIComponent(term), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (people) {
          list.replaceChildren();
          people.forEach(function (person) {
            var option = document.createElement('option');
            option.value = prefix + person.email;
            option.label = person.name + (person.position ? ' · ' + person.position : '');
            list.appendChild(option);
          });
        })
        .catch(function () { list.replaceChildren(); });
    }, 250);
  });
});
