"""The atlas: one self-contained HTML page of a corpus.

A timeline of events, a country-by-country matrix (who met whom, how often, about
what), a section per person listing their encounters, and the source documents each
links to; filters by date range, country and topic (also read from the address:
``atlas.html?country=MA&topic=terrorism&from=2025-01-01&to=2025-12-31``). The data travels as JSON inside the
page, escaped so that no text of a record can close its element; a small script draws
it with ``textContent`` only, never as markup. Nothing is fetched from anywhere.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from typing import Any

from communique.normalise import places

#: At most this many events and people are drawn at once, and this many encounters of a
#: person (the documents are those they cite); the filters narrow the rest.
SHOWN = 400
ENCOUNTERS = 25

_STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1d232b;background:#f6f7f9}
header{background:#1f3a5f;color:#fff;padding:12px 20px}header h1{margin:0;font-size:20px}
main{padding:12px 20px}section.panel{background:#fff;border:1px solid #d9dde3;border-radius:6px;padding:10px 14px;margin:12px 0}
form{display:flex;gap:12px;flex-wrap:wrap;align-items:end}label{display:flex;flex-direction:column;font-size:12px}
table.matrix{border-collapse:collapse;font-size:12px}table.matrix th,table.matrix td{border:1px solid #d9dde3;padding:3px 6px;text-align:center}
table.matrix td.n{background:#dbe8f7}table.matrix td.hot{background:#7aa7dc;color:#fff}
ol.events{list-style:none;padding:0;margin:0}ol.events li{border-left:3px solid #7aa7dc;margin:6px 0;padding:2px 8px}
li.announced{border-left-color:#e0a030!important}.conflict{color:#a3261b}.muted{color:#68707c}
.tag{display:inline-block;background:#eef1f5;border-radius:3px;padding:0 5px;margin:0 2px;font-size:12px}
h3.month{margin:14px 0 4px;font-size:15px}.person{border-top:1px solid #eef1f5;padding:6px 0}
"""

_SCRIPT = r"""
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("corpus-data").textContent);
  const SHOWN = data.shown, ENCOUNTERS = data.encounters;
  const $ = (id) => document.getElementById(id);
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    return node;
  }
  const country = (code) => data.countries[code] || code;
  const link = (prefix, id, text) => el("a", {href: "#" + prefix + id}, text);
  function fill(select, values, label) {
    for (const v of values) select.append(el("option", {value: v}, label(v)));
  }
  const allParties = [...new Set(data.events.flatMap((e) => e.parties))].sort();
  const allTopics = [...new Set(data.events.flatMap((e) => e.topics))].sort();
  fill($("f-country"), allParties, (c) => country(c) + " (" + c + ")");
  fill($("f-topic"), allTopics, (t) => t.replace(/_/g, " "));
  function chosen() {
    const from = $("f-from").value, to = $("f-to").value, c = $("f-country").value, t = $("f-topic").value;
    return data.events.filter((e) =>
      (!from || (e.date && e.date >= from)) && (!to || (e.date && e.date <= to)) &&
      (!c || e.parties.includes(c)) && (!t || e.topics.includes(t)));
  }
  function more(list, total) {
    if (total > SHOWN) list.append(el("p", {class: "muted"}, "showing " + SHOWN + " of " + total + "; narrow the filters to see the rest"));
  }
  function timeline(events) {
    const box = $("timeline"); box.replaceChildren();
    let month = null, list = null;
    for (const e of events.slice(0, SHOWN)) {
      const m = e.date ? e.date.slice(0, 7) : "undated";
      if (m !== month) { month = m; box.append(el("h3", {class: "month"}, m)); list = el("ol", {class: "events"}); box.append(list); }
      const item = el("li", {id: "event-" + e.id, class: "event " + e.status},
        el("strong", {}, e.date || "undated"), " · ", e.parties.map(country).join(" – "),
        e.cities.length ? " · " + e.cities.join(" / ") : "", " · " + e.kinds.join(", ") + " (" + e.status + ") ");
      for (const t of e.topics) item.append(el("span", {class: "tag"}, t.replace(/_/g, " ")));
      const who = el("div", {}, "people: ");
      e.people.forEach((p, i) => { if (i) who.append(", "); who.append(link("person-", p, data.people[p][0])); });
      const src = el("div", {class: "muted"}, "sources: ");
      e.documents.forEach((d, i) => { if (i) src.append(", "); src.append(link("doc-", d, d)); });
      item.append(who, src);
      for (const c of e.conflicts) item.append(el("div", {class: "conflict"}, c));
      list.append(item);
    }
    more(box, events.length);
  }
  function matrix(events) {
    const counts = new Map(), topics = new Map(), seen = new Map();
    for (const e of events) for (const a of e.parties) {
      seen.set(a, (seen.get(a) || 0) + 1);
      for (const b of e.parties) if (a !== b) {
        const k = a + "|" + b; counts.set(k, (counts.get(k) || 0) + 1);
        const tally = topics.get(k) || new Map(); topics.set(k, tally);
        for (const t of e.topics) tally.set(t, (tally.get(t) || 0) + 1);
      }
    }
    const axis = [...seen.keys()].sort((a, b) => seen.get(b) - seen.get(a) || (a < b ? -1 : 1)).slice(0, 30);
    const peak = Math.max(1, ...counts.values());
    const table = el("table", {class: "matrix"});
    const head = el("tr", {}, el("th", {}, ""));
    for (const b of axis) head.append(el("th", {title: country(b)}, b));
    table.append(head);
    for (const a of axis) {
      const row = el("tr", {}, el("th", {title: country(a)}, a));
      for (const b of axis) {
        const n = counts.get(a + "|" + b) || 0;
        const about = [...(topics.get(a + "|" + b) || new Map()).entries()].sort((x, y) => y[1] - x[1]).slice(0, 4)
          .map(([t, k]) => t.replace(/_/g, " ") + " " + k).join(", ");
        row.append(el("td", {class: n ? (n * 2 > peak ? "hot" : "n") : "", title: n ? country(a) + " – " + country(b) + ": " + n + " events; " + about : ""}, n || ""));
      }
      table.append(row);
    }
    const pairs = [...counts.keys()].filter((k) => k.split("|")[0] < k.split("|")[1])
      .sort((x, y) => counts.get(y) - counts.get(x) || (x < y ? -1 : 1)).slice(0, 15);
    const top = el("ol", {class: "pairs"});
    for (const k of pairs) {
      const [a, b] = k.split("|");
      const about = [...topics.get(k).entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 5);
      const item = el("li", {}, el("strong", {}, country(a) + " – " + country(b)), " · " + counts.get(k) + " events ");
      for (const [t, n] of about) item.append(el("span", {class: "tag"}, t.replace(/_/g, " ") + " " + n));
      top.append(item);
    }
    $("matrix").replaceChildren(table, el("h3", {}, "Most frequent pairs, and about what"), top);
  }
  function people(events, drawn, cited) {
    const of = new Map();
    for (const e of events) for (const p of e.people) { if (!of.has(p)) of.set(p, []); of.get(p).push(e); }
    const ids = [...of.keys()].sort((a, b) => of.get(b).length - of.get(a).length || (a < b ? -1 : 1));
    const box = $("people"); box.replaceChildren();
    for (const p of ids.slice(0, SHOWN)) {
      const [name, countries, spellings] = data.people[p];
      const met = of.get(p), list = el("ul", {});
      for (const e of met.slice(0, ENCOUNTERS)) {
        const when = e.date || "undated";
        const item = el("li", {}, drawn.has(e.id) ? link("event-", e.id, when) : when, " · " + e.parties.map(country).join(" – ") + (e.cities.length ? " · " + e.cities.join(" / ") : "") + " · sources: ");
        e.documents.forEach((d, i) => { if (i) item.append(", "); item.append(link("doc-", d, d)); cited.set(d, e); });
        list.append(item);
      }
      if (met.length > ENCOUNTERS) list.append(el("li", {class: "muted"}, "and " + (met.length - ENCOUNTERS) + " more: narrow the dates or the country"));
      box.append(el("div", {class: "person", id: "person-" + p}, el("h3", {}, name + " (" + met.length + ")"),
        el("div", {class: "muted"}, countries.map(country).join(", ") + (spellings.length > 1 ? " · also spelt " + spellings.filter((s) => s !== name).join(", ") : "")),
        list));
    }
    more(box, ids.length);
  }
  function documents(cited, drawn) {
    const box = $("documents"); box.replaceChildren();
    const list = el("ul", {});
    for (const [d, e] of cited) {
      const [published, source, language, title] = data.documents[d] || [null, null, null, null];
      list.append(el("li", {id: "doc-" + d}, el("code", {}, d), " · " + [published, source, language, title].filter(Boolean).join(" · ") + " · ",
        drawn.has(e.id) ? link("event-", e.id, "event " + e.id) : "event " + e.id));
    }
    box.append(list);
  }
  function draw() {
    const events = chosen();
    $("count").textContent = events.length + " events";
    const drawn = new Set(events.slice(0, SHOWN).map((e) => e.id)), cited = new Map();
    for (const e of events.slice(0, SHOWN)) for (const d of e.documents) cited.set(d, e);
    timeline(events); matrix(events); people(events, drawn, cited); documents(cited, drawn);
  }
  const asked = new URLSearchParams(location.search);  // atlas.html?country=MA&topic=terrorism&from=2025-01-01
  for (const [name, id] of [["from", "f-from"], ["to", "f-to"], ["country", "f-country"], ["topic", "f-topic"]]) {
    if (asked.has(name)) $(id).value = asked.get(name);
  }
  $("filters").addEventListener("input", draw);
  $("filters").addEventListener("submit", (ev) => ev.preventDefault());
  draw();
})();
"""


def render(events: Sequence[dict[str, Any]], people: Sequence[dict[str, Any]],
           documents: Sequence[dict[str, Any]], *, title: str = "communique atlas") -> str:  # fmt: skip
    """The page for a corpus's events, people and documents (as :mod:`~communique.corpora.build` makes them)."""
    codes = sorted({p for e in events for p in e["parties"]})
    data = {
        "shown": SHOWN,
        "encounters": ENCOUNTERS,
        "events": [
            {
                k: e[k]
                for k in (
                    "id",
                    "date",
                    "status",
                    "parties",
                    "cities",
                    "topics",
                    "people",
                    "documents",
                    "conflicts",
                )
            }
            | {"kinds": sorted({s["kind"] for s in e["sources"]})}
            for e in events
        ],
        "people": {p["id"]: [p["name"], p["countries"], [s["name"] for s in p["spellings"]]] for p in people},
        "documents": {d["id"]: [d["published"], d["source"], d["language"], d["title"]] for d in documents},
        "countries": {c: places.country_name(c) or c for c in codes},
    }
    payload = (
        json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
    dated = sorted(e["date"] for e in events if e["date"])
    span = f"{dated[0]} to {dated[-1]}" if dated else "no dates"
    heading = html.escape(title)
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{heading}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{_STYLE}</style></head>\n'
        f"<body><header><h1>{heading}</h1><div>{len(events)} events from {len(documents)} documents, "
        f"{len(people)} people, {span}</div></header><main>\n"
        '<section class="panel"><form id="filters"><label>from<input type="date" id="f-from"></label>'
        '<label>to<input type="date" id="f-to"></label><label>country<select id="f-country">'
        '<option value="">all</option></select></label><label>topic<select id="f-topic"><option value="">all'
        '</option></select></label><strong id="count"></strong></form></section>\n'
        '<section class="panel"><h2>Who met whom</h2><div id="matrix"></div></section>\n'
        '<section class="panel"><h2>Timeline</h2><div id="timeline"></div></section>\n'
        '<section class="panel"><h2>People</h2><div id="people"></div></section>\n'
        '<section class="panel"><h2>Source documents</h2><div id="documents"></div></section>\n'
        f'</main><script type="application/json" id="corpus-data">{payload}</script>\n'
        f"<script>{_SCRIPT}</script></body></html>\n"
    )
