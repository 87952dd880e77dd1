// The behaviour of a kg graph page. Every string from the data is untrusted:
// it reaches the document only through textContent and element attributes set
// from code (never innerHTML), and vis-network draws labels on a canvas.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var container = document.getElementById("kg-graph");
  var status = document.getElementById("kg-status");
  var tooltip = document.getElementById("kg-tooltip");
  var detailsBody = document.getElementById("kg-details-body");

  // vis-network must not show its own tooltips: we keep the details off its items.
  var details = { nodes: {}, edges: {} };
  var visNodes = data.nodes.map(function (n) { details.nodes[n.id] = n.kg; var c = Object.assign({}, n); delete c.kg; return c; });
  var visEdges = data.edges.map(function (e) { details.edges[e.id] = e.kg; var c = Object.assign({}, e); delete c.kg; return c; });
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);

  // -- small DOM helpers: text only ------------------------------------------------------------
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }
  function plural(n, word) { return n.toLocaleString("en") + " " + word + (n === 1 ? "" : "s"); }
  function facts(pairs) {
    var dl = el("dl");
    pairs.forEach(function (p) {
      if (p[1] === null || p[1] === undefined || p[1] === "") return;
      dl.appendChild(el("dt", p[0]));
      dl.appendChild(el("dd", p[1]));
    });
    return dl;
  }
  function flags(edge) {
    var span = el("span");
    span.appendChild(el("span", plural(edge.mentions, "mention"), "kg-flag"));
    if (edge.negated) span.appendChild(el("span", "negated", "kg-flag kg-negated"));
    if (edge.hedged_mentions) span.appendChild(el("span", edge.hedged ? "hedged" : edge.hedged_mentions + " hedged", "kg-flag kg-hedged"));
    if (edge.confidence !== null) span.appendChild(el("span", "confidence " + edge.confidence.toFixed(2), "kg-flag"));
    return span;
  }
  function evidenceList(edge, limit) {
    var list = el("ul", null, "kg-evidence");
    edge.evidence.slice(0, limit).forEach(function (ev) {
      var item = el("li", null, ev.negated ? "kg-negated" : (ev.modality ? "kg-hedged" : ""));
      item.appendChild(el("q", ev.text || "(no sentence)"));
      var source = [ev.title || ev.article || "untitled article", ev.date || "undated"];
      if (ev.modality) source.push("hedged: " + ev.modality);
      if (ev.negated) source.push("negated");
      item.appendChild(el("cite", "— " + source.join(" · ")));
      list.appendChild(item);
    });
    var more = edge.evidence.length - limit + (edge.more || 0);
    if (more > 0) list.appendChild(el("li", "… and " + plural(more, "more sentence"), "kg-hint"));
    return list;
  }
  function edgeTitle(edge) { return edge.actor + "  —" + edge.label + "→  " + edge.target; }

  // -- details: the side panel and the hover tooltip ---------------------------------------------
  function describeNode(id, full) {
    var n = details.nodes[id];
    var box = el("div");
    box.appendChild(el("h3", n.label));
    box.appendChild(facts([
      ["type", n.type + (n.ner ? " (" + n.ner + ")" : "")],
      ["mentions", n.mentions],
      ["relations", n.out + " as actor, " + n["in"] + " as target"],
      ["also called", n.aliases.join("; ")],
      full ? ["IRI", n.iri] : [null, null]
    ]));
    if (full) {
      var links = el("ul", null, "kg-links");
      network.getConnectedEdges(id).slice(0, 40).forEach(function (edgeId) {
        var item = el("li");
        var button = el("button", edgeTitle(details.edges[edgeId]));
        button.type = "button";
        button.addEventListener("click", function () { showEdge(edgeId); });
        item.appendChild(button);
        links.appendChild(item);
      });
      if (links.firstChild) { box.appendChild(el("h2", "Relations")); box.appendChild(links); }
    }
    return box;
  }
  function describeEdge(id, full) {
    var e = details.edges[id];
    var box = el("div");
    box.appendChild(el("h3", edgeTitle(e)));
    box.appendChild(flags(e));
    if (e.dates.length) box.appendChild(facts([["dates", e.dates.join(", ")]]));
    box.appendChild(evidenceList(e, full ? e.evidence.length : 3));
    return box;
  }
  function showNode(id) {
    clear(detailsBody);
    detailsBody.appendChild(describeNode(id, true));
  }
  function showEdge(id) {
    clear(detailsBody);
    detailsBody.appendChild(describeEdge(id, true));
    network.selectEdges([id]);
  }
  function showTooltip(content, pointer) {
    clear(tooltip);
    tooltip.appendChild(content);
    tooltip.hidden = false;
    var box = container.getBoundingClientRect();
    var x = box.left + pointer.x + 14, y = box.top + pointer.y + 14;
    var width = tooltip.offsetWidth, height = tooltip.offsetHeight;
    if (x + width > window.innerWidth - 8) x = Math.max(8, box.left + pointer.x - width - 14);
    if (y + height > window.innerHeight - 8) y = Math.max(8, window.innerHeight - height - 8);
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }
  function hideTooltip() { tooltip.hidden = true; clear(tooltip); }

  network.on("hoverNode", function (p) { showTooltip(describeNode(p.node, false), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTooltip(describeEdge(p.edge, false), p.pointer.DOM); });
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);
  network.on("click", function (p) {
    hideTooltip();
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });

  // -- legend and type filters -------------------------------------------------------------------
  var shown = {};
  var typeList = document.getElementById("kg-types");
  data.types.forEach(function (t) {
    shown[t.name] = true;
    var item = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", function () { shown[t.name] = box.checked; applyTypeFilter(); });
    var swatch = el("span", null, "kg-swatch kg-" + t.shape);
    swatch.style.backgroundColor = t.color;
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(document.createTextNode(t.name + " "));
    label.appendChild(el("span", "(" + t.count.toLocaleString("en") + ")", "kg-count"));
    item.appendChild(label);
    typeList.appendChild(item);
  });
  function applyTypeFilter() {
    nodes.update(data.nodes.map(function (n) { return { id: n.id, hidden: !shown[n.kg.type] }; }));
  }

  // -- search -------------------------------------------------------------------------------------
  var search = document.getElementById("kg-search");
  var labels = document.getElementById("kg-labels");
  data.nodes.forEach(function (n) { var o = document.createElement("option"); o.value = n.label; labels.appendChild(o); });
  function find(text) {
    var wanted = text.trim().toLowerCase();
    if (!wanted) return null;
    var exact = null, partial = null;
    data.nodes.forEach(function (n) {
      var names = [n.kg.label].concat(n.kg.aliases).map(function (s) { return s.toLowerCase(); });
      if (exact === null && names.indexOf(wanted) >= 0) exact = n.id;
      if (partial === null && names.some(function (s) { return s.indexOf(wanted) >= 0; })) partial = n.id;
    });
    return exact !== null ? exact : partial;
  }
  function go(text) {
    var id = find(text);
    if (id === null) { status.textContent = "No entity matches “" + text + "”."; return null; }
    if (!shown[details.nodes[id].type]) { shown[details.nodes[id].type] = true; syncTypeBoxes(); applyTypeFilter(); }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 400 } });
    showNode(id);
    status.textContent = "";
    return id;
  }
  function syncTypeBoxes() {
    Array.prototype.forEach.call(typeList.querySelectorAll("input"), function (box, i) { box.checked = shown[data.types[i].name]; });
  }
  search.addEventListener("change", function () { go(search.value); });
  search.addEventListener("keydown", function (event) { if (event.key === "Enter") go(search.value); });

  // -- layout: stabilise, then stop the physics, then say so --------------------------------------
  function settled() {
    network.setOptions({ physics: { enabled: false } });
    status.textContent = "";
    window.kgSettled = true;
    document.documentElement.setAttribute("data-kg-settled", String(Math.round(performance.now())));
  }
  if (data.options.physics && data.options.physics.enabled) {
    network.on("stabilizationProgress", function (p) {
      status.textContent = "Laying out… " + Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () { network.fit(); settled(); });
  } else {
    network.once("afterDrawing", settled);
  }

  window.kgView = { network: network, nodes: nodes, edges: edges, details: details,
                    showNode: showNode, showEdge: showEdge, find: find, go: go,
                    describeNode: describeNode, describeEdge: describeEdge };
})();
