// The pay review page: as a manager types a raise, each row shows the new salary and whether the raise is outside the
// guideline (asking why), and the team's remaining budget is worked out again: the budget, less the raises of the rows
// on other pages (as saved), less the raises typed here. The server repeats every sum when the form is saved.
(function () {
  var budgetCard = document.getElementById('team-budget');
  if (!budgetCard) return;
  var budget = Number(budgetCard.getAttribute('data-budget'));
  var offPage = Number(budgetCard.getAttribute('data-off-page'));
  var currency = budgetCard.getAttribute('data-currency');
  var locale = document.documentElement.lang + '-u-nu-latn';
  var whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  var cents = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  // As the server writes amounts, so a figure does not change when the page is saved: cents only when there are some, both digits.
  var money = function (minor) { return (minor % 100 === 0 ? whole : cents).format(minor / 100) + ' ' + currency; };
  var rows = Array.prototype.slice.call(document.querySelectorAll('[data-proposal]'));

  function raiseOf(row) {
    var input = row.querySelector('[data-raise]');
    if (input.value === '') return { percent: null, annual: Number(row.getAttribute('data-saved-raise')) };
    var percent = Number(input.value);
    var current = Number(row.getAttribute('data-current'));
    var proposed = Math.round(current * (1 + percent / 100));
    return { percent: percent, proposed: proposed, annual: proposed * Number(row.getAttribute('data-factor')) - Number(row.getAttribute('data-current-annual')) };
  }

  function refresh() {
    var typed = 0;
    rows.forEach(function (row) {
      var raise = raiseOf(row);
      typed += raise.annual;
      if (raise.percent === null) return;
      row.querySelector('[data-new-amount]').textContent = money(raise.proposed);
      var min = row.getAttribute('data-guideline-min'), max = row.getAttribute('data-guideline-max');
      var outside = min !== null && min !== '' && (raise.percent < Number(min) || raise.percent > Number(max));
      var why = row.querySelector('[data-justification]');
      if (outside) why.classList.remove('d-none');
    });
    var proposed = offPage + typed;
    var remaining = budget - proposed;
    document.getElementById('proposed-total').textContent = money(proposed);
    var left = document.getElementById('remaining');
    left.textContent = money(remaining);
    left.classList.toggle('text-danger', remaining < 0);
    left.classList.toggle('text-success', remaining >= 0);
    document.getElementById('over-budget').classList.toggle('d-none', remaining >= 0);
  }

  rows.forEach(function (row) { row.querySelector('[data-raise]').addEventListener('input', refresh); });
})();
