// The task rows of a journey template's form: add, remove and move rows in place, and say when each task falls as its
// offset changes. Without this file the page offers empty rows, a button for more, a box to remove and a number to order.
(function () {
  var list = document.querySelector('[data-task-rows]');
  if (!list) return;
  var phrases = JSON.parse(list.getAttribute('data-phrases') || '{}');
  // Whether the language says "1 day" apart from "2 days" (Persian and Chinese keep one form).
  var singularForOne = list.getAttribute('data-singular-for-one') === 'true';
  var headingText = list.querySelector('[data-row-heading]').textContent.replace(/\d+/, '{0}');

  document.querySelectorAll('[data-no-script]').forEach(function (element) { element.hidden = true; });
  document.querySelectorAll('[data-row-actions], [data-add-row]').forEach(function (element) { element.hidden = false; });

  var rows = function () { return Array.prototype.slice.call(list.querySelectorAll('[data-task-row]')); };

  // Rows are posted as Tasks[0], Tasks[1]…: after a change every field takes its row's new number, so the server reads them in order.
  var renumber = function () {
    rows().forEach(function (row, index) {
      row.querySelectorAll('[name], [id], [for], [aria-describedby], [data-too-large], [data-valmsg-for]').forEach(function (element) {
        ['name', 'id', 'for', 'aria-describedby', 'data-too-large', 'data-valmsg-for'].forEach(function (attribute) {
          var value = element.getAttribute(attribute);
          if (value === null) return;
          element.setAttribute(attribute, value.replace(/Tasks\[\d+\]/g, 'Tasks[' + index + ']').replace(/Tasks_\d+__/g, 'Tasks_' + index + '__'));
        });
      });
      row.querySelector('[data-order-input]').value = index + 1;
      row.querySelector('[data-row-heading]').textContent = headingText.replace('{0}', index + 1);
    });
  };

  var preview = function (row) {
    var offset = parseInt(row.querySelector('[data-offset]').value, 10) || 0;
    var unit = row.querySelector('[data-unit]').value;
    var phrase = phrases[unit + ':' + (offset > 0 ? 1 : offset < 0 ? -1 : 0)];
    if (!phrase) return;
    var count = Math.abs(offset);
    row.querySelector('[data-offset-preview] span').textContent = (count === 1 && singularForOne ? phrase[0] : phrase[1]).replace('{0}', count);
  };

  var clear = function (row) {
    row.querySelectorAll('input, textarea, select').forEach(function (field) {
      if (field.type === 'checkbox') field.checked = false;
      else if (field.tagName === 'SELECT') field.selectedIndex = 0;
      else if (field.type !== 'hidden' || field.name.indexOf('DocumentKey') >= 0) field.value = '';
      field.removeAttribute('aria-invalid');
      field.classList.remove('is-invalid', 'input-validation-error');
    });
    row.querySelectorAll('[data-existing-document], .field-validation-error').forEach(function (element) { element.remove(); });
    row.querySelector('[data-offset]').value = '0';
    var unit = row.querySelector('[data-unit]');
    unit.value = 'WorkingDays';
    preview(row);
  };

  list.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (!button || !list.contains(button)) return;
    var row = button.closest('[data-task-row]');
    if (button.hasAttribute('data-remove-row')) {
      if (rows().length === 1) { clear(row); return; }
      var next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      renumber();
      next.querySelector('[data-remove-row]').focus();
    } else if (button.getAttribute('data-move') === 'up' && row.previousElementSibling) {
      list.insertBefore(row, row.previousElementSibling);
      renumber();
      button.focus();
    } else if (button.getAttribute('data-move') === 'down' && row.nextElementSibling) {
      list.insertBefore(row.nextElementSibling, row);
      renumber();
      button.focus();
    }
  });

  list.addEventListener('input', function (event) {
    if (event.target.matches('[data-offset], [data-unit]')) preview(event.target.closest('[data-task-row]'));
  });
  list.addEventListener('change', function (event) {
    if (event.target.matches('[data-unit]')) preview(event.target.closest('[data-task-row]'));
  });

  document.querySelector('[data-add-row]').addEventListener('click', function () {
    var all = rows();
    var row = all[all.length - 1].cloneNode(true);
    list.appendChild(row);
    clear(row);
    row.querySelector('details').open = false;
    renumber();
    row.querySelector('input[name$=".Title"]').focus();
  });
})();
