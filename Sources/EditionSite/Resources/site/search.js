// tei-edition search: full text and entities, in the browser, over window.SEARCH_INDEX
// (assets/search-index.js, loaded by a script tag so that it works from file://).
// Results are built with DOM nodes and textContent only: no text of the edition is parsed as HTML.
(function () {
  'use strict';

  var MAX_RESULTS = 100;
  var MAX_MENTIONS = 12;

  // Lower case without diacritics, with a map from each folded character to the original.
  function fold(text) {
    var folded = '', map = [];
    for (var i = 0; i < text.length; i++) {
      var part = text[i].normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      for (var j = 0; j < part.length; j++) { folded += part[j]; map.push(i); }
    }
    return { text: folded, map: map };
  }
  function foldText(text) { return fold(text || '').text; }

  function terms(query) {
    return foldText(query).split(/\s+/).filter(function (t) { return t.length > 0; });
  }

  function containsAll(haystack, words) {
    for (var i = 0; i < words.length; i++) if (haystack.indexOf(words[i]) < 0) return false;
    return true;
  }

  function count(haystack, word) {
    var n = 0, at = haystack.indexOf(word);
    while (at >= 0) { n++; at = haystack.indexOf(word, at + word.length); }
    return n;
  }

  function element(name, attributes, text) {
    var node = document.createElement(name);
    for (var key in attributes) if (Object.prototype.hasOwnProperty.call(attributes, key)) node.setAttribute(key, attributes[key]);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // A stretch of text around the first match, the matches in <mark>.
  function snippet(text, words) {
    var f = fold(text);
    var first = f.text.indexOf(words[0]);
    if (first < 0) return element('p', { 'class': 'result-snippet' }, text.slice(0, 200));
    var start = Math.max(0, f.map[first] - 90), end = Math.min(text.length, f.map[first] + 160);
    var piece = text.slice(start, end), fp = fold(piece);
    var marks = [];
    words.forEach(function (w) {
      var at = fp.text.indexOf(w);
      while (at >= 0) {
        marks.push([fp.map[at], fp.map[at + w.length - 1] + 1]);
        at = fp.text.indexOf(w, at + w.length);
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var p = element('p', { 'class': 'result-snippet' });
    var cursor = 0;
    if (start > 0) p.appendChild(document.createTextNode('… '));
    marks.forEach(function (m) {
      if (m[0] < cursor) return;
      p.appendChild(document.createTextNode(piece.slice(cursor, m[0])));
      p.appendChild(element('mark', {}, piece.slice(m[0], m[1])));
      cursor = m[1];
    });
    p.appendChild(document.createTextNode(piece.slice(cursor)));
    if (end < text.length) p.appendChild(document.createTextNode(' …'));
    return p;
  }

  function prepare(index) {
    index.documents.forEach(function (d) {
      d.folded = foldText(d.title + ' ' + (d.author || '') + ' ' + d.text);
      d.mentions.forEach(function (m) { m.folded = foldText(m.text + ' ' + (m.value || '')); });
    });
    index.entities.forEach(function (e) {
      e.folded = foldText([e.name, e.id].concat(e.variants, e.pseudonyms).join(' '));
    });
    return index;
  }

  function searchEntities(index, words) {
    return index.entities.filter(function (e) { return containsAll(e.folded, words); })
      .sort(function (a, b) { return b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : 1); });
  }

  function searchDocuments(index, words) {
    return index.documents.filter(function (d) { return containsAll(d.folded, words); })
      .map(function (d) {
        var score = words.reduce(function (s, w) { return s + count(d.folded, w); }, 0);
        return { document: d, score: score };
      })
      .sort(function (a, b) { return b.score - a.score || ((a.document.date || '') < (b.document.date || '') ? -1 : 1); });
  }

  function renderEntity(entity) {
    var li = element('li', { 'class': 'result' });
    var title = element('p', { 'class': 'result-title' });
    title.appendChild(element('a', { href: entity.href }, entity.name));
    li.appendChild(title);
    var kinds = { person: 'Person', place: 'Place', org: 'Organisation' };
    var names = entity.variants.concat(entity.pseudonyms);
    li.appendChild(element('p', { 'class': 'result-meta' },
      kinds[entity.kind] + (names.length ? ' · also ' + names.join(', ') : '') + ' · ' + entity.mentions.length + ' mentions'));
    li.appendChild(mentionList(entity.mentions.map(function (m) { return { href: m.href, text: m.text }; })));
    return li;
  }

  function renderDocument(result, words) {
    var d = result.document;
    var li = element('li', { 'class': 'result' });
    var title = element('p', { 'class': 'result-title' });
    title.appendChild(element('a', { href: d.href }, d.title));
    li.appendChild(title);
    li.appendChild(element('p', { 'class': 'result-meta' }, [d.date, d.author].filter(Boolean).join(' · ')));
    li.appendChild(snippet(d.text, words));
    var hits = d.mentions.filter(function (m) {
      return words.some(function (w) { return m.folded.indexOf(w) >= 0; });
    }).map(function (m) { return { href: d.href + '#' + encodeURIComponent(m.anchor), text: m.text }; });
    if (hits.length) li.appendChild(mentionList(hits));
    return li;
  }

  function mentionList(mentions) {
    var ul = element('ul', { 'class': 'result-mentions', 'aria-label': 'Mentions' });
    mentions.slice(0, MAX_MENTIONS).forEach(function (m) {
      var item = element('li');
      item.appendChild(element('a', { href: m.href }, m.text));
      ul.appendChild(item);
    });
    if (mentions.length > MAX_MENTIONS) ul.appendChild(element('li', {}, '+ ' + (mentions.length - MAX_MENTIONS) + ' more'));
    return ul;
  }

  function section(heading, items) {
    var s = element('section');
    s.appendChild(element('h2', {}, heading));
    var list = element('ol', { 'class': 'results' });
    items.forEach(function (item) { list.appendChild(item); });
    s.appendChild(list);
    return s;
  }

  function run(index, form, status, results) {
    var query = form.elements.q.value;
    var scopes = Array.prototype.filter.call(form.querySelectorAll('input[name="scope"]'), function (c) { return c.checked; })
      .map(function (c) { return c.value; });
    var words = terms(query);
    results.textContent = '';
    if (!words.length) { status.textContent = 'Type a word, a name or a number.'; return; }
    var entities = scopes.indexOf('entities') >= 0 ? searchEntities(index, words) : [];
    var documents = scopes.indexOf('text') >= 0 ? searchDocuments(index, words) : [];
    status.textContent = entities.length + ' entities and ' + documents.length + ' documents match “' + query + '”.';
    if (entities.length) results.appendChild(section('Persons, places, organisations', entities.slice(0, MAX_RESULTS).map(renderEntity)));
    if (documents.length) results.appendChild(section('Documents', documents.slice(0, MAX_RESULTS).map(function (r) { return renderDocument(r, words); })));
  }

  function start() {
    var form = document.getElementById('search-form');
    var status = document.getElementById('search-status');
    var results = document.getElementById('search-results');
    if (!form) return;
    if (!window.SEARCH_INDEX) { status.textContent = 'The search index (assets/search-index.js) could not be loaded.'; return; }
    var index = prepare(window.SEARCH_INDEX);
    var params = new URLSearchParams(window.location.search);
    if (params.get('q')) form.elements.q.value = params.get('q');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      run(index, form, status, results);
      try {
        var url = new URL(window.location.href);
        url.searchParams.set('q', form.elements.q.value);
        window.history.replaceState(null, '', url.toString());
      } catch (e) { /* some browsers refuse history changes on file:// */ }
    });
    form.addEventListener('change', function () { if (form.elements.q.value) run(index, form, status, results); });
    if (form.elements.q.value) run(index, form, status, results); else status.textContent = '';
    form.elements.q.focus();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
