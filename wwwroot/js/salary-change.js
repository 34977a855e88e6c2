// The salary form says how far the typed amount is from the current salary, over a year, as it is typed.
(function () {
    var current = document.getElementById('current-salary');
    var row = document.getElementById('salary-amount');
    if (!current || !row || !current.dataset.annual) return;
    var amount = document.getElementById('Amount');
    var currency = document.getElementById('Currency');
    var frequency = document.getElementById('Frequency');
    var output = document.getElementById('salary-change');
    var format = new Intl.NumberFormat((document.documentElement.lang || 'en') + '-u-nu-latn',
        { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    function update() {
        var annualBefore = Number(current.dataset.annual);
        var typed = Number(amount.value);
        var factor = Number(frequency.selectedOptions[0].dataset.factor);
        var sameCurrency = currency.value.trim().toUpperCase() === current.dataset.currency;
        if (!amount.value || !(typed > 0) || !sameCurrency || !(annualBefore > 0)) { output.textContent = ''; return; }
        var change = (Math.round(typed * 100) * factor - annualBefore) / annualBefore;
        output.textContent = row.dataset.changeTemplate.replace('{0}', format.format(change));
    }
    [amount, currency, frequency].forEach(function (input) { input.addEventListener('input', update); });
    update();
})();
