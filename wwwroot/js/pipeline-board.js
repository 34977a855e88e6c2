// The pipeline board's drag and drop. Without this file every card still moves through its Move link, a page of its
// own; a drop posts to the same address, with the page's one antiforgery token and the version of the card as it was
// shown: if someone else moved the candidate meanwhile the server refuses, the message says so and the card goes back
// where it was. Dropping into Rejected asks why first, in the page's one dialog.
(function () {
  var board = document.getElementById('pipeline-board');
  if (!board || board.getAttribute('data-can-move') !== 'true' || typeof Sortable === 'undefined') return;
  var status = document.getElementById('board-status');
  var tokenInput = document.querySelector('input[name="__RequestVerificationToken"]');
  var dialogElement = document.getElementById('reject-dialog');
  var dialog = dialogElement && window.bootstrap ? bootstrap.Modal.getOrCreateInstance(dialogElement) : null;

  function say(message) {
    status.textContent = message;
    status.classList.remove('d-none');
    status.focus();
  }

  function recount() {
    board.querySelectorAll('.pipeline-column').forEach(function (column) {
      column.querySelector('[data-count]').textContent = column.querySelectorAll('.pipeline-card').length
        + Number(column.getAttribute('data-hidden') || 0);
    });
  }

  // Resolves with { template, reason } or null when the person cancels.
  function askReason() {
    return new Promise(function (resolve) {
      if (!dialog) { resolve(null); return; }
      var form = document.getElementById('reject-dialog-form');
      var error = document.getElementById('reject-dialog-error');
      var answered = false;
      form.reset();
      error.classList.add('d-none');
      function submit(event) {
        event.preventDefault();
        var template = form.elements.Template.value, reason = form.elements.Reason.value.trim();
        if (!template && !reason) { error.classList.remove('d-none'); return; }
        answered = true;
        dialog.hide();
        resolve({ template: template, reason: reason });
      }
      function hidden() {
        form.removeEventListener('submit', submit);
        dialogElement.removeEventListener('hidden.bs.modal', hidden);
        if (!answered) resolve(null);
      }
      form.addEventListener('submit', submit);
      dialogElement.addEventListener('hidden.bs.modal', hidden);
      dialog.show();
    });
  }

  function putBack(event) {
    var before = event.from.children[event.oldIndex] || null;
    event.from.insertBefore(event.item, before);
    recount();
  }

  function move(event) {
    var card = event.item, target = event.to;
    var rejected = target.getAttribute('data-stage-kind') === 'Rejected';
    (rejected ? askReason() : Promise.resolve({ template: '', reason: '' })).then(function (answer) {
      if (!answer) { putBack(event); return; }
      var body = new FormData();
      body.append('__RequestVerificationToken', tokenInput.value);
      body.append('StageId', target.getAttribute('data-stage-id'));
      body.append('Version', card.getAttribute('data-version'));
      body.append('Template', answer.template);
      body.append('Reason', answer.reason);
      return fetch(card.querySelector('a[data-move]').getAttribute('href'), {
        method: 'POST', body: body, credentials: 'same-origin', headers: { Accept: 'application/json' }
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (result) {
          if (!response.ok) { putBack(event); say(result.message || board.getAttribute('data-failed-message')); return; }
          // The card and its tick box now carry the new version, so the next move starts from it.
          card.setAttribute('data-version', result.version);
          card.querySelectorAll('input[type="checkbox"][form="bulk-reject"]').forEach(function (input) {
            input.value = result.version;
          });
          status.classList.add('d-none');
        });
      });
    }).catch(function () {
      putBack(event);
      say(board.getAttribute('data-failed-message'));
    });
  }

  board.querySelectorAll('.pipeline-cards').forEach(function (list) {
    var kind = list.getAttribute('data-stage-kind');
    Sortable.create(list, {
      group: { name: 'pipeline', pull: kind !== 'Hired' && kind !== 'Withdrawn', put: kind !== 'Hired' && kind !== 'Withdrawn' },
      sort: false,
      draggable: '.pipeline-card',
      filter: 'a, input, select, button, summary, details',
      preventOnFilter: false,
      animation: 150,
      // On a touch screen a swipe scrolls the board; a card moves after a short press.
      delay: 200, delayOnTouchOnly: true,
      onAdd: function (event) { recount(); move(event); }
    });
  });
})();
