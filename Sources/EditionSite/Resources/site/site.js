// tei-edition site: progressive enhancement only. Every page is complete without it.
(function () {
  'use strict';

  // Reading text / diplomatic view: a class on the text, remembered between pages.
  function setUpViewSwitch() {
    var switcher = document.querySelector('.view-switch');
    if (!switcher) return;
    var text = document.getElementById(switcher.getAttribute('data-target'));
    if (!text) return;
    var buttons = switcher.querySelectorAll('button[data-view]');
    function show(view) {
      text.classList.toggle('view-reading', view === 'reading');
      text.classList.toggle('view-diplomatic', view === 'diplomatic');
      for (var i = 0; i < buttons.length; i++) {
        buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute('data-view') === view));
      }
      try { localStorage.setItem('tei-edition-view', view); } catch (e) { /* file:// or private mode */ }
    }
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener('click', function (event) { show(event.currentTarget.getAttribute('data-view')); });
    }
    var saved = null;
    try { saved = localStorage.getItem('tei-edition-view'); } catch (e) { saved = null; }
    if (saved === 'diplomatic') show('diplomatic');
    switcher.hidden = false;
  }

  // The index: sort by date, filter by person, place, organisation and year.
  function setUpIndex() {
    var table = document.getElementById('documents');
    var form = document.getElementById('document-filters');
    if (!table || !form) return;
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var header = table.querySelector('th[data-sort="date"]');
    var ascending = true;

    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = header.textContent;
    header.textContent = '';
    header.appendChild(button);
    button.addEventListener('click', function () {
      ascending = !ascending;
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var sorted = rows.slice().sort(function (a, b) {
        var x = a.getAttribute('data-date') || '9999', y = b.getAttribute('data-date') || '9999';
        var order = x < y ? -1 : x > y ? 1 : rows.indexOf(a) - rows.indexOf(b);
        return ascending ? order : -order;
      });
      sorted.forEach(function (row) { body.appendChild(row); });
    });

    var selects = form.querySelectorAll('select[data-filter]');
    var status = form.querySelector('.filter-status');
    function apply() {
      var shown = 0;
      rows.forEach(function (row) {
        var visible = true;
        for (var i = 0; i < selects.length; i++) {
          var wanted = selects[i].value;
          if (!wanted) continue;
          var have = (row.getAttribute('data-' + selects[i].getAttribute('data-filter')) || '').split(' ');
          if (have.indexOf(wanted) < 0) visible = false;
        }
        row.hidden = !visible;
        if (visible) shown++;
      });
      status.textContent = shown === rows.length ? '' : shown + ' of ' + rows.length + ' documents shown';
    }
    form.addEventListener('change', apply);
    form.addEventListener('reset', function () { setTimeout(apply, 0); });
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    form.hidden = false;
  }

  function start() {
    setUpViewSwitch();
    setUpIndex();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
