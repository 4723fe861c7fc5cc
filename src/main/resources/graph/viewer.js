/*
 * newsgraph viewer. Everything from the articles (names, titles, sentences) reaches the page as text nodes
 * (textContent, createTextNode) or as Cytoscape labels drawn on a canvas, never as markup: no innerHTML here.
 * window.newsgraphViewer exposes the same search and select the search box and clicks use, for scripted checks;
 * ?selftest=TEXT runs a search for TEXT, clicks the first match and writes what the panel shows into #selftest;
 * each &hide=TYPE unticks that type's filter first.
 */
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('newsgraph-data').textContent);
  var nodeData = {};
  data.elements.nodes.forEach(function (node) { nodeData[node.data.id] = node.data; });
  var hiddenTypes = {};

  function el(tag, className, text) {
    var element = document.createElement(tag);
    if (className) { element.className = className; }
    if (text !== undefined && text !== null) { element.textContent = String(text); }
    return element;
  }

  function plural(count, word) {
    return count + ' ' + word + (count === 1 ? '' : 's');
  }

  function dateRange(first, last) {
    if (!first) { return ''; }
    return first === last ? first : first + ' to ' + last;
  }

  function normalise(text) {
    return String(text).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  var cy = cytoscape({
    container: document.getElementById('graph'),
    elements: data.elements,
    minZoom: 0.1,
    maxZoom: 4,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', 'shape': 'data(shape)', 'label': 'data(label)',
        'font-size': 10, 'color': '#222', 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-wrap': 'ellipsis', 'text-max-width': 140, 'border-width': 1, 'border-color': '#555', 'border-opacity': 0.6,
        'width': 'mapData(degree, 0, 12, 18, 54)', 'height': 'mapData(degree, 0, 12, 18, 54)'
      } },
      { selector: 'edge', style: {
        'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', 'arrow-scale': 0.8, 'opacity': 0.8,
        'width': 'mapData(evidence, 0, 6, 1, 5)'
      } },
      { selector: 'edge.near, edge:selected', style: {
        'label': 'data(label)', 'font-size': 9, 'color': 'data(colour)', 'text-rotation': 'autorotate',
        'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 1
      } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111' } },
      { selector: 'node.match', style: { 'border-width': 3, 'border-color': '#6a3d9a' } },
      { selector: '.faded', style: { 'opacity': 0.15 } },
      { selector: '.type-hidden', style: { 'display': 'none' } }
    ],
    layout: { name: 'preset' }
  });

  function layoutOptions(name) {
    if (name === 'concentric') {
      return { name: 'concentric', animate: false, fit: true, padding: 30, minNodeSpacing: 12,
        concentric: function (node) { return node.degree(); },
        levelWidth: function () { return 2; } };
    }
    return { name: 'cose', animate: false, fit: true, padding: 30, randomize: true,
      nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 90; },
      nodeOverlap: 12, componentSpacing: 60, numIter: 1500 };
  }

  function runLayout(name) {
    var shown = cy.nodes().not('.type-hidden');
    shown.union(shown.edgesWith(shown)).layout(layoutOptions(name)).run();
  }

  // Header: counts and the date range of the cited articles.
  var documentIds = Object.keys(data.documents);
  var dates = documentIds.map(function (id) { return data.documents[id].date; }).filter(Boolean).sort();
  document.getElementById('summary').textContent =
    plural(cy.nodes().length, 'node') + ' \u00b7 ' + plural(cy.edges().length, 'edge') + ' \u00b7 ' +
    plural(documentIds.length, 'article') + (dates.length ? ' (' + dateRange(dates[0], dates[dates.length - 1]) + ')' : '');

  // Type filters: one checkbox per type present in the graph.
  var typesBox = document.getElementById('types');
  data.types.forEach(function (type) {
    var count = cy.nodes().filter(function (node) { return node.data('type') === type.name; }).length;
    if (count === 0) { return; }
    var label = el('label');
    var box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = type.name;
    box.addEventListener('change', function () { setTypeVisible(type.name, box.checked); });
    var swatch = el('span', 'swatch');
    swatch.style.backgroundColor = type.colour;
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(document.createTextNode(type.name + ' (' + count + ')'));
    typesBox.appendChild(label);
  });

  // Counted from the style the graph draws with; Cytoscape's :visible selector lags behind a class change.
  function shownNodeCount() {
    return cy.nodes().filter(function (node) { return node.style('display') !== 'none'; }).length;
  }

  function setTypeVisible(typeName, visible) {
    hiddenTypes[typeName] = !visible;
    cy.nodes().filter(function (node) { return node.data('type') === typeName; })
      .toggleClass('type-hidden', !visible);
    document.body.dataset.visibleNodeCount = String(shownNodeCount());
  }

  // Search: label and every other name the articles used, accents and case ignored.
  var resultsList = document.getElementById('results');

  function search(text) {
    var wanted = normalise(text || '').trim();
    cy.nodes().removeClass('match');
    cy.elements().removeClass('faded');
    while (resultsList.firstChild) { resultsList.removeChild(resultsList.firstChild); }
    if (!wanted) {
      resultsList.hidden = true;
      document.body.dataset.sentenceMatchCount = '0';
      return [];
    }
    var matches = cy.nodes().filter(function (node) {
      if (hiddenTypes[node.data('type')]) { return false; }
      var names = [node.data('label')].concat(node.data('altLabels') || []);
      return names.some(function (name) { return normalise(name).indexOf(wanted) >= 0; });
    }).sort(function (a, b) {
      var exactA = normalise(a.data('label')) === wanted ? 0 : 1;
      var exactB = normalise(b.data('label')) === wanted ? 0 : 1;
      return exactA - exactB || b.degree() - a.degree() || a.data('label').localeCompare(b.data('label'));
    });
    matches.addClass('match');
    if (matches.length) {
      cy.elements().difference(matches.closedNeighborhood()).addClass('faded');
    }
    resultsList.hidden = false;
    if (!matches.length) {
      resultsList.appendChild(el('li', 'empty', 'No name matches \u201c' + text + '\u201d.'));
    }
    matches.forEach(function (node) {
      var item = el('li');
      var button = el('button', null, node.data('label'));
      button.type = 'button';
      button.dataset.node = node.id();
      button.addEventListener('click', function () { select(node.id()); });
      item.appendChild(button);
      item.appendChild(document.createTextNode(' \u2014 ' + node.data('type')));
      resultsList.appendChild(item);
    });
    document.body.dataset.matchCount = String(matches.length);
    searchSentences(text, wanted);
    return matches.map(function (node) { return node.id(); });
  }

  // Sentence search: every evidence sentence embedded in the page that holds all the words typed, accents and case
  // ignored, with the fact it proves; a click shows the fact's entity. Words of fewer than three letters alone match
  // too much to list.
  var SENTENCE_HITS_SHOWN = 50;

  function searchSentences(text, wanted) {
    var words = wanted.split(/\s+/).filter(function (word) { return word.length > 0; });
    var hits = [];
    if (wanted.length >= 3) {
      var seen = {};
      Object.keys(data.evidence).forEach(function (edgeId) {
        var edge = cy.getElementById(edgeId);
        if (edge.empty() || edge.source().hasClass('type-hidden') || edge.target().hasClass('type-hidden')) { return; }
        data.evidence[edgeId].forEach(function (evidence) {
          var sentence = normalise(evidence.sentence);
          if (!words.every(function (word) { return sentence.indexOf(word) >= 0; })) { return; }
          var key = evidence.document + '\u0000' + evidence.sentence;
          if (!seen[key]) {
            seen[key] = { evidence: evidence, edges: [] };
            hits.push(seen[key]);
          }
          seen[key].edges.push(edge);
        });
      });
    }
    document.body.dataset.sentenceMatchCount = String(hits.length);
    if (!hits.length) { return; }
    resultsList.appendChild(el('li', 'heading', plural(hits.length, 'sentence') + ' with \u201c' + text.trim() +
      '\u201d'));
    hits.slice(0, SENTENCE_HITS_SHOWN).forEach(function (hit, index) {
      var item = el('li', 'sentence-hit');
      item.value = index + 1;
      var edge = hit.edges[0];
      var button = el('button', null, hit.evidence.sentence);
      button.type = 'button';
      button.dataset.node = edge.source().id();
      button.addEventListener('click', function () { select(edge.source().id()); });
      item.appendChild(button);
      var source = data.documents[hit.evidence.document] || {};
      var facts = hit.edges.map(function (e) {
        return e.source().data('label') + ' ' + e.data('predicate') + ' ' + e.target().data('label');
      });
      item.appendChild(el('div', 'meta', facts.join('; ') + ' \u00b7 ' + hit.evidence.document +
        (source.date ? ', ' + source.date : '')));
      resultsList.appendChild(item);
    });
    if (hits.length > SENTENCE_HITS_SHOWN) {
      resultsList.appendChild(el('li', 'empty', (hits.length - SENTENCE_HITS_SHOWN) + ' more; type more words'));
    }
  }

  var searchBox = document.getElementById('search');
  searchBox.addEventListener('input', function () { search(searchBox.value); });
  searchBox.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') {
      var ids = search(searchBox.value);
      if (ids.length) { select(ids[0]); }
    }
  });

  // Details: the node, then every fact it takes part in with the evidence behind it.
  var factsPanel = document.getElementById('facts');

  function nodeLink(id) {
    var button = el('button', 'node-link', nodeData[id].label);
    button.type = 'button';
    button.addEventListener('click', function () { select(id); });
    return button;
  }

  function select(id) {
    var node = cy.getElementById(id);
    if (!node || node.empty() || !node.isNode()) { return null; }
    var info = nodeData[id];
    cy.elements().unselect();
    cy.elements().removeClass('faded near');
    node.select();
    var neighbourhood = node.closedNeighborhood();
    cy.elements().difference(neighbourhood).addClass('faded');
    node.connectedEdges().addClass('near');
    cy.fit(neighbourhood, 50);
    if (cy.zoom() > 1.2) {
      cy.zoom(1.2);
      cy.center(neighbourhood);
    }

    while (factsPanel.firstChild) { factsPanel.removeChild(factsPanel.firstChild); }
    factsPanel.appendChild(el('h2', null, info.label));
    var meta = el('p', 'meta');
    var badge = el('span', 'badge', info.type);
    badge.style.backgroundColor = info.colour;
    meta.appendChild(badge);
    // several articles may report several states: the latest report's is the state now known
    var reports = (data.timelines || {})[id] || [];
    if (reports.length) {
      meta.appendChild(document.createTextNode(' status: ' + reports[reports.length - 1].status + ' (latest report)'));
    } else if (info.status) {
      meta.appendChild(document.createTextNode(' status: ' + info.status));
    }
    if (info.wikidata && /^Q[0-9]+$/.test(info.wikidata)) {
      meta.appendChild(document.createTextNode(' \u00b7 '));
      var link = el('a', null, 'Wikidata ' + info.wikidata);
      link.href = 'https://www.wikidata.org/wiki/' + info.wikidata;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      meta.appendChild(link);
    }
    factsPanel.appendChild(meta);
    if (info.altLabels && info.altLabels.length) {
      factsPanel.appendChild(el('p', 'meta', 'Also called: ' + info.altLabels.join('; ')));
    }
    factsPanel.appendChild(el('p', 'meta', 'IRI: ' + info.iri));

    // An evacuation reported by several articles: the status each one gave, in date order, with its sentence.
    var timeline = (data.timelines || {})[id] || [];
    if (timeline.length) {
      factsPanel.appendChild(el('h3', null, 'Status by report'));
      var steps = el('ol', 'timeline');
      steps.id = 'timeline';
      timeline.forEach(function (entry) {
        var source = data.documents[entry.document] || {};
        var step = el('li');
        var heading = el('div', 'step');
        heading.appendChild(el('span', 'when', entry.date || 'undated'));
        heading.appendChild(el('span', 'state', entry.status));
        step.appendChild(heading);
        step.appendChild(el('blockquote', null, entry.sentence));
        step.appendChild(el('cite', null, (source.title || entry.document) + ' \u00b7 ' + entry.document));
        steps.appendChild(step);
      });
      factsPanel.appendChild(steps);
    }

    // Stances (for, against, abstained) first: they are what a reader clicks a country for.
    var edges = node.connectedEdges().sort(function (a, b) {
      return (a.data('tone') === 'neutral') - (b.data('tone') === 'neutral') ||
        String(a.data('firstDate') || '').localeCompare(String(b.data('firstDate') || '')) ||
        a.data('predicate').localeCompare(b.data('predicate'));
    });
    factsPanel.appendChild(el('h3', null, plural(edges.length, 'fact')));
    var facts = el('div', 'fact-list');
    facts.id = 'fact-list';
    edges.forEach(function (edge) {
      var e = edge.data();
      var fact = el('div', 'fact tone-' + e.tone);
      fact.dataset.edge = e.id;
      var relation = el('div', 'relation');
      relation.appendChild(e.source === id ? el('span', null, info.label) : nodeLink(e.source));
      relation.appendChild(el('span', 'predicate', ' ' + e.predicate + ' '));
      relation.appendChild(e.target === id ? el('span', null, info.label) : nodeLink(e.target));
      fact.appendChild(relation);
      fact.appendChild(el('div', 'counts', plural(e.evidence, 'evidence sentence') + ' in ' +
        plural(e.documents, 'article') + (e.firstDate ? ', ' + dateRange(e.firstDate, e.lastDate) : '')));
      // A sentence that backs the same fact twice (a headline repeated in the text) is shown once, with its count.
      var shown = [];
      (data.evidence[e.id] || []).forEach(function (evidence) {
        var previous = shown.filter(function (item) {
          return item.evidence.sentence === evidence.sentence && item.evidence.document === evidence.document;
        })[0];
        if (previous) {
          previous.times += 1;
        } else {
          shown.push({ evidence: evidence, times: 1 });
        }
      });
      shown.forEach(function (item) {
        var evidence = item.evidence;
        fact.appendChild(el('blockquote', null, evidence.sentence));
        var source = data.documents[evidence.document] || {};
        var cite = el('cite', null, (source.title || evidence.document) + ' \u2014 ' + (source.date || 'undated') +
          ' \u00b7 ' + evidence.document + (evidence.rule ? ' \u00b7 rule ' + evidence.rule : '') +
          (typeof evidence.confidence === 'number' ? ' \u00b7 confidence ' + evidence.confidence : '') +
          (item.times > 1 ? ' \u00b7 ' + item.times + ' times' : ''));
        fact.appendChild(cite);
      });
      if (!(data.evidence[e.id] || []).length) {
        e.documentIds.forEach(function (documentId) {
          var source = data.documents[documentId] || {};
          fact.appendChild(el('cite', null, 'stated in ' + (source.title || documentId) + ' \u2014 ' +
            (source.date || 'undated') + ' \u00b7 ' + documentId));
        });
      }
      facts.appendChild(fact);
    });
    factsPanel.appendChild(facts);

    factsPanel.appendChild(el('h3', null, 'Mentioned in ' + plural(info.documentIds.length, 'article')));
    var list = el('ul');
    list.id = 'documents';
    info.documentIds.forEach(function (documentId) {
      var source = data.documents[documentId] || {};
      list.appendChild(el('li', null, (source.title || documentId) + ' \u2014 ' + (source.date || 'undated')));
    });
    factsPanel.appendChild(list);
    document.body.dataset.selected = id;
    return info;
  }

  cy.on('tap', 'node', function (event) { select(event.target.id()); });
  cy.on('tap', function (event) {
    if (event.target === cy) {
      cy.elements().removeClass('faded near');
    }
  });

  // The header grows when the type filters are added, and the window may be resized: the canvas must follow its
  // container, or part of the graph is drawn outside it.
  cy.resize();
  if (typeof ResizeObserver === 'function') {
    new ResizeObserver(function () { cy.resize(); }).observe(document.getElementById('graph'));
  }

  var layoutSelect = document.getElementById('layout');
  layoutSelect.addEventListener('change', function () { runLayout(layoutSelect.value); });

  window.newsgraphViewer = {
    search: search,
    select: select,
    nodeCount: function () { return cy.nodes().length; },
    edgeCount: function () { return cy.edges().length; },
    layout: runLayout
  };

  cy.one('layoutstop', function () {
    document.body.dataset.nodeCount = String(cy.nodes().length);
    document.body.dataset.edgeCount = String(cy.edges().length);
    document.body.dataset.visibleNodeCount = String(shownNodeCount());
    document.body.dataset.ready = 'true';
    var parameters = new URLSearchParams(window.location.search);
    if (parameters.get('selftest') !== null) { selfTest(parameters.get('selftest'), parameters.getAll('hide')); }
  });
  var initialLayout = new URLSearchParams(window.location.search).get('layout');
  if (initialLayout === 'concentric') { layoutSelect.value = 'concentric'; }
  runLayout(layoutSelect.value);

  // Drives the page as a user would: unticks type filters, types into the search box, then clicks the first match
  // in the graph (a tap on the node, handled by the same listener as a mouse click) and copies what the panel shows.
  function selfTest(query, hide) {
    Array.prototype.forEach.call(typesBox.querySelectorAll('input'), function (box) {
      if (hide.indexOf(box.value) >= 0) {
        box.checked = false;
        box.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    searchBox.value = query;
    searchBox.dispatchEvent(new Event('input', { bubbles: true }));
    var buttons = Array.prototype.slice.call(resultsList.querySelectorAll('button'));
    var report = { query: query, matches: buttons.map(function (button) { return button.textContent; }) };
    if (buttons.length) {
      cy.getElementById(buttons[0].dataset.node).emit('tap');
      report.selected = document.querySelector('#facts h2').textContent;
      report.timeline = Array.prototype.map.call(document.querySelectorAll('#timeline li'), function (step) {
        return {
          date: step.querySelector('.when').textContent,
          status: step.querySelector('.state').textContent,
          sentence: step.querySelector('blockquote').textContent,
          source: step.querySelector('cite').textContent
        };
      });
      report.facts = Array.prototype.map.call(document.querySelectorAll('#fact-list .fact'), function (fact) {
        return {
          relation: fact.querySelector('.relation').textContent,
          sentences: Array.prototype.map.call(fact.querySelectorAll('blockquote'), function (q) { return q.textContent; }),
          sources: Array.prototype.map.call(fact.querySelectorAll('cite'), function (c) { return c.textContent; })
        };
      });
    }
    var output = el('pre', null, JSON.stringify(report, null, 1));
    output.id = 'selftest';
    document.getElementById('details').appendChild(output);
    document.body.dataset.selftest = 'done';
  }
}());
