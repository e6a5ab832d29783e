//! Who met whom: an undirected graph of actors, as an edge list (CSV) or
//! GEXF 1.3 for Gephi.
//!
//! Nodes are the participants of the selected events: the actor's id when
//! it was resolved, else `name:` followed by the name as written. A node
//! carries its name, kind, country and office (from the actors table when
//! the actor is there, else from the participant records; several offices
//! are joined with `"; "`). Two participants of the same event are joined
//! by an edge; an edge carries the number of events, the first start and
//! last end date, and the event ids.
//!
//! The CSV (RFC 4180, header `source,target,source_name,target_name,count,
//! first,last,event_ids`, event ids joined with `;`) has one row per edge,
//! `source < target`, sorted; a text that a spreadsheet would run as a
//! formula (`=`, `+`, `-`, `@` first) gets a leading `'`. The GEXF declares node attributes `kind`,
//! `country`, `office` and edge attributes `first`, `last`, `event_ids`;
//! the edge's `weight` is its count. All text is XML-escaped, and
//! characters XML 1.0 cannot hold (most control characters) become U+FFFD.
//!
//! ```text
//! source,target,source_name,target_name,count,first,last,event_ids
//! john-kerry,sergey-lavrov,John Kerry,Sergey Lavrov,1,2016-03-23,2016-03-24,ev-0001
//! ```

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::{end_or_start, Export};
use crate::dataset::{ActorRecord, Dataset, EventRecord, ParticipantRecord};

/// An actor in the graph.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Node {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
    pub offices: BTreeSet<String>,
}

/// Two actors who took part in the same events.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Edge {
    pub source: String,
    pub target: String,
    pub event_ids: BTreeSet<String>,
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
}

/// The graph of who met whom, nodes and edges sorted by id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Graph {
    pub nodes: BTreeMap<String, Node>,
    pub edges: BTreeMap<(String, String), Edge>,
}

fn node_id(p: &ParticipantRecord) -> String {
    match &p.actor_id {
        Some(id) if !id.is_empty() => id.clone(),
        _ => format!("name:{}", p.name),
    }
}

/// Builds the graph of `events`.
pub fn graph(ds: &Dataset, events: &[&EventRecord]) -> Graph {
    let actors: BTreeMap<&str, &ActorRecord> =
        ds.actors.iter().map(|a| (a.actor_id.as_str(), a)).collect();
    let mut g = Graph::default();
    for ev in events {
        let mut ids = BTreeSet::new();
        for p in &ev.participants {
            let id = node_id(p);
            let node = g
                .nodes
                .entry(id.clone())
                .or_insert_with(|| match actors.get(id.as_str()) {
                    Some(a) => Node {
                        id: id.clone(),
                        name: a.name.clone(),
                        kind: a.kind.clone(),
                        country: a.country.clone(),
                        offices: a.offices.iter().map(|o| o.office.clone()).collect(),
                    },
                    None => Node {
                        id: id.clone(),
                        name: p.name.clone(),
                        kind: p.kind.clone(),
                        ..Node::default()
                    },
                });
            if node.country.is_none() {
                node.country.clone_from(&p.country);
            }
            if let Some(o) = &p.office {
                if !actors.contains_key(id.as_str()) || node.offices.is_empty() {
                    node.offices.insert(o.clone());
                }
            }
            ids.insert(id);
        }
        let ids: Vec<String> = ids.into_iter().collect();
        for (i, a) in ids.iter().enumerate() {
            for b in &ids[i + 1..] {
                let e = g
                    .edges
                    .entry((a.clone(), b.clone()))
                    .or_insert_with(|| Edge {
                        source: a.clone(),
                        target: b.clone(),
                        ..Edge::default()
                    });
                e.event_ids.insert(ev.event_id.clone());
                if let Some(s) = ev.start_date {
                    e.first = Some(e.first.map_or(s, |f| f.min(s)));
                }
                if let Some(l) = end_or_start(ev) {
                    e.last = Some(e.last.map_or(l, |x| x.max(l)));
                }
            }
        }
    }
    g
}

/// One CSV field, quoted when it holds a comma, quote or line break. A
/// text starting with `=`, `+`, `-`, `@`, tab or carriage return gets a
/// leading `'`, so a spreadsheet shows it instead of running it as a
/// formula (CSV injection).
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// The edge list as CSV.
pub fn csv(ds: &Dataset, events: &[&EventRecord]) -> Export {
    let g = graph(ds, events);
    let mut out =
        String::from("source,target,source_name,target_name,count,first,last,event_ids\n");
    let name = |id: &str| g.nodes.get(id).map(|n| n.name.clone()).unwrap_or_default();
    for e in g.edges.values() {
        let ids: Vec<&str> = e.event_ids.iter().map(String::as_str).collect();
        let row = [
            csv_field(&e.source),
            csv_field(&e.target),
            csv_field(&name(&e.source)),
            csv_field(&name(&e.target)),
            e.event_ids.len().to_string(),
            date(e.first),
            date(e.last),
            csv_field(&ids.join(";")),
        ];
        out.push_str(&row.join(","));
        out.push('\n');
    }
    Export {
        bytes: out.into_bytes(),
        events: 0,
        notes: vec![format!("{} actors, {} edges", g.nodes.len(), g.edges.len())],
    }
}

/// Escapes text for XML content and double-quoted attributes; characters
/// XML 1.0 forbids become U+FFFD.
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

fn attvalue(out: &mut String, key: &str, value: &str) {
    out.push_str(&format!(
        "          <attvalue for=\"{key}\" value=\"{}\"/>\n",
        escape_xml(value)
    ));
}

/// The graph as GEXF 1.3.
pub fn gexf(ds: &Dataset, events: &[&EventRecord]) -> Export {
    let g = graph(ds, events);
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<gexf xmlns=\"http://gexf.net/1.3\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" \
         version=\"1.3\">\n",
    );
    let version = ds.dataset_version.as_deref().unwrap_or("unversioned");
    out.push_str(&format!(
        "  <meta>\n    <creator>diplo {}</creator>\n    <description>who met whom, dataset {}</description>\n  </meta>\n",
        env!("CARGO_PKG_VERSION"),
        escape_xml(version)
    ));
    out.push_str("  <graph mode=\"static\" defaultedgetype=\"undirected\">\n");
    out.push_str("    <attributes class=\"node\">\n");
    for a in ["kind", "country", "office"] {
        out.push_str(&format!(
            "      <attribute id=\"{a}\" title=\"{a}\" type=\"string\"/>\n"
        ));
    }
    out.push_str("    </attributes>\n    <attributes class=\"edge\">\n");
    for a in ["first", "last", "event_ids"] {
        out.push_str(&format!(
            "      <attribute id=\"{a}\" title=\"{a}\" type=\"string\"/>\n"
        ));
    }
    out.push_str("    </attributes>\n    <nodes>\n");
    for n in g.nodes.values() {
        out.push_str(&format!(
            "      <node id=\"{}\" label=\"{}\">\n        <attvalues>\n",
            escape_xml(&n.id),
            escape_xml(&n.name)
        ));
        attvalue(&mut out, "kind", &n.kind);
        attvalue(&mut out, "country", n.country.as_deref().unwrap_or(""));
        let offices: Vec<&str> = n.offices.iter().map(String::as_str).collect();
        attvalue(&mut out, "office", &offices.join("; "));
        out.push_str("        </attvalues>\n      </node>\n");
    }
    out.push_str("    </nodes>\n    <edges>\n");
    for (i, e) in g.edges.values().enumerate() {
        out.push_str(&format!(
            "      <edge id=\"e{i}\" source=\"{}\" target=\"{}\" weight=\"{}\">\n        <attvalues>\n",
            escape_xml(&e.source),
            escape_xml(&e.target),
            e.event_ids.len()
        ));
        attvalue(&mut out, "first", &date(e.first));
        attvalue(&mut out, "last", &date(e.last));
        let ids: Vec<&str> = e.event_ids.iter().map(String::as_str).collect();
        attvalue(&mut out, "event_ids", &ids.join(";"));
        out.push_str("        </attvalues>\n      </edge>\n");
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    Export {
        bytes: out.into_bytes(),
        events: 0,
        notes: vec![format!("{} actors, {} edges", g.nodes.len(), g.edges.len())],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::testdata::sample;

    #[test]
    fn participants_of_one_event_are_linked_once_per_event() {
        let mut ds = sample();
        let mut again = ds.events[0].clone();
        again.event_id = "ev-0003".into();
        again.start_date = NaiveDate::from_ymd_opt(2017, 1, 2);
        again.end_date = None;
        ds.events.push(again);
        let evs: Vec<&EventRecord> = ds.events.iter().collect();
        let g = graph(&ds, &evs);
        assert_eq!(g.nodes.len(), 3, "{:?}", g.nodes.keys());
        assert!(g.nodes.contains_key("name:Russia"));
        assert_eq!(g.edges.len(), 1);
        let e = &g.edges[&("john-kerry".to_string(), "sergey-lavrov".to_string())];
        assert_eq!(e.event_ids.len(), 2);
        assert_eq!(e.first, NaiveDate::from_ymd_opt(2016, 3, 23));
        assert_eq!(e.last, NaiveDate::from_ymd_opt(2017, 1, 2));
        let kerry = &g.nodes["john-kerry"];
        assert_eq!(kerry.country.as_deref(), Some("USA"));
        assert!(kerry.offices.contains("Secretary of State"));
        let text = String::from_utf8(csv(&ds, &evs).bytes).unwrap_or_default();
        assert_eq!(
            text.lines().nth(1),
            Some("john-kerry,sergey-lavrov,John Kerry,Sergey Lavrov,2,2016-03-23,2017-01-02,ev-0001;ev-0003")
        );
    }

    #[test]
    fn csv_and_xml_escape_their_specials() {
        assert_eq!(csv_field("a,\"b\""), "\"a,\"\"b\"\"\"");
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(
            escape_xml("<a b=\"c\">'&'\u{1}\n"),
            "&lt;a b=&quot;c&quot;&gt;&apos;&amp;&apos;\u{FFFD}&#10;"
        );
    }
}
