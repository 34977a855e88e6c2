// Suggests people for the opening form's email fields as HR types a name, from a small search on the server: the
// organisation is far too large for a list in the page. Without this file the fields take typed work emails.
(function () {
  var inputs = document.querySelectorAll('input[data-people-search]');
  if (inputs.length === 0) return;
  var timer = null;
  var asked = '';

  var suggest = function (input) {
    var typed = input.value.trim();
    if (typed.length < 2 || typed === asked || typed.indexOf('@') >= 0) return;
    asked = typed;
    fetch(input.getAttribute('data-people-search') + '?q=' + encodeURIComponent(typed), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (people) {
        var list = input.list;
        if (!list || asked !== typed) return;
        list.replaceChildren.apply(list, people.map(function (person) {
          var option = document.createElement('option');
          option.value = person.email;
          option.label = person.name + ' · ' + person.title;
          return option;
        }));
      })
      .catch(function () { /* suggestions are a convenience: typing the email still works */ });
  };

  var listen = function (input) {
    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { suggest(input); }, 200);
    });
  };
  inputs.forEach(listen);

  // One more interviewer field, numbered after the last, for a team larger than the empty fields the page offers.
  var add = document.querySelector('[data-add-interviewer]');
  var slots = document.querySelector('[data-interviewer-slots]');
  if (!add || !slots) return;
  add.hidden = false;
  add.addEventListener('click', function () {
    var all = slots.querySelectorAll('[data-interviewer-slot]');
    var slot = all[all.length - 1].cloneNode(true);
    var index = all.length;
    var input = slot.querySelector('input');
    input.name = 'InterviewerEmails[' + index + ']';
    input.id = 'InterviewerEmails_' + index + '_';
    input.value = '';
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', 'interviewers-hint');
    slot.querySelectorAll('span').forEach(function (message) { message.remove(); });
    slots.appendChild(slot);
    listen(input);
    input.focus();
  });
})();
