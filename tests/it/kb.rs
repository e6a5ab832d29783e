//! Integration tests: kb. The reference tables, role phrases by date, names
//! in their variants, coreference, places, and `diplo actors lookup`.

use chrono::NaiveDate;
use diplo::kb::{Entity, Kb};

use crate::common;

fn kb() -> Kb {
    Kb::builtin().expect("built-in tables load")
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

/// The first actor a phrase resolves to on a date.
fn first(kb: &Kb, phrase: &str, date: &str) -> Option<String> {
    kb.lookup(phrase, Some(d(date)))
        .into_iter()
        .next()
        .map(|r| r.actor_id)
}

/// Asserts that each (phrase, date) resolves first to the wanted actor,
/// listing every miss at once.
fn assert_first(kb: &Kb, cases: &[(&str, &str, &str)]) {
    let mut wrong = vec![];
    for &(phrase, date, want) in cases {
        let got = first(kb, phrase, date);
        if got.as_deref() != Some(want) {
            wrong.push(format!("{phrase} on {date}: want {want}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn every_reference_file_is_built_in() {
    let dir = common::root().join("data/reference");
    let mut files = vec![];
    for f in [
        "countries.tsv",
        "places.tsv",
        "organizations.tsv",
        "titles.tsv",
        "sovereignty.tsv",
    ] {
        if dir.join(f).is_file() {
            files.push(f.to_string());
        }
    }
    for e in std::fs::read_dir(dir.join("offices")).expect("offices dir") {
        let name = e.expect("entry").file_name().to_string_lossy().into_owned();
        if name.ends_with(".tsv") {
            files.push(format!("offices/{name}"));
        }
    }
    let listed: Vec<&str> = diplo::kb::tables::BUILTIN.iter().map(|b| b.0).collect();
    for f in &files {
        assert!(
            listed.contains(&f.as_str()),
            "{f} is not listed in src/kb/tables.rs BUILTIN"
        );
    }
}

#[test]
fn builtin_tables_are_consistent_and_sizeable() {
    let kb = kb();
    let problems = kb.integrity();
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(kb.countries().len() >= 200, "{}", kb.countries().len());
    assert!(kb.places().len() >= 300, "{}", kb.places().len());
    assert!(kb.all_tenures().len() >= 4000, "{}", kb.all_tenures().len());
    // Ids unique across actors (states, organizations, people).
    let mut ids: Vec<&str> = kb.actors().iter().map(|a| a.id.as_str()).collect();
    ids.sort();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate actor ids");
}

#[test]
fn role_phrases_by_office_and_date() {
    let kb = kb();
    let table = [
        (
            "the Soviet foreign minister",
            "1987-04-13",
            "eduard-shevardnadze",
        ),
        ("Japan's prime minister", "1987-04-29", "yasuhiro-nakasone"),
        ("the US Secretary of State", "2016-03-22", "john-kerry"),
        ("US State Secretary", "1987-04-13", "george-shultz"),
        (
            "the Russian Foreign Minister",
            "2016-03-22",
            "sergey-lavrov",
        ),
        (
            "the Russian foreign minister",
            "1987-04-13",
            "eduard-shevardnadze",
        ),
        ("the Kremlin leader", "1987-04-13", "mikhail-gorbachev"),
        ("the Kremlin leader", "2001-11-13", "vladimir-putin"),
        ("the Soviet leader", "1983-01-01", "yuri-andropov"),
        (
            "President of the Russian Federation",
            "1995-01-01",
            "boris-yeltsin",
        ),
        (
            "the British prime minister",
            "1984-01-01",
            "margaret-thatcher",
        ),
        ("the British Foreign Secretary", "2003-01-01", "jack-straw"),
        ("the German chancellor", "1990-10-03", "helmut-kohl"),
        (
            "the West German foreign minister",
            "1987-06-01",
            "hans-dietrich-genscher",
        ),
        ("the French president", "1995-06-01", "jacques-chirac"),
        ("China's premier", "1987-04-13", "zhao-ziyang"),
        ("the Chinese leader", "1987-04-13", "deng-xiaoping"),
        // parliamentary states: the leader is the head of government
        ("the Estonian leader", "2022-06-01", "kaja-kallas"),
        ("the Singaporean leader", "2022-06-01", "lee-hsien-loong"),
        ("Iran's supreme leader", "2016-01-01", "ali-khamenei"),
        (
            "the Israeli prime minister",
            "1996-07-01",
            "benjamin-netanyahu",
        ),
        (
            "the Turkish president",
            "2016-03-22",
            "recep-tayyip-erdogan",
        ),
        ("the Indian prime minister", "2016-03-22", "narendra-modi"),
        (
            "the UN Secretary-General",
            "1987-04-13",
            "javier-perez-de-cuellar",
        ),
        ("NATO Secretary General", "2016-03-22", "jens-stoltenberg"),
        ("the US Treasury Secretary", "1987-04-13", "james-baker"),
        ("the Egyptian president", "1987-04-13", "hosni-mubarak"),
        ("the South Korean president", "2016-03-22", "park-geun-hye"),
        ("the Italian prime minister", "2019-10-01", "giuseppe-conte"),
        (
            "the European Commission president",
            "2016-01-01",
            "jean-claude-juncker",
        ),
        ("the US President", "2009-06-01", "barack-obama"),
        ("the US President", "2001-11-13", "george-w-bush"),
        (
            "the Emir of Qatar",
            "2016-01-01",
            "tamim-bin-hamad-al-thani",
        ),
        ("Saudi Crown Prince", "2019-01-01", "mohammed-bin-salman"),
        (
            "the Iranian top diplomat",
            "2016-01-01",
            "mohammad-javad-zarif",
        ),
    ];
    assert_first(&kb, &table);
}

#[test]
fn a_former_or_deputy_minister_is_not_the_holder() {
    let kb = kb();
    let text = "The former US Secretary of State spoke. The Deputy Foreign Minister of \
                Russia came. President Putin thanked the president of the company.";
    let ms = kb.resolve(text, Some(d("2016-03-22")));
    let resolved: Vec<&str> = ms
        .iter()
        .filter(|m| !m.entity.person_ids().is_empty())
        .map(|m| &text[m.start..m.end])
        .collect();
    assert_eq!(resolved, vec!["President Putin"], "{ms:?}");
}

#[test]
fn names_in_their_variants() {
    let kb = kb();
    let cases = [
        ("John Kerry", "2016-03-22", "john-kerry"),
        ("John F. Kerry", "2016-03-22", "john-kerry"),
        ("Mr. Kerry", "2016-03-22", "john-kerry"),
        ("Sergei Lavrov", "2016-03-22", "sergey-lavrov"),
        ("Sergey Lavrov", "2016-03-22", "sergey-lavrov"),
        ("Erdoğan", "2016-03-22", "recep-tayyip-erdogan"),
        ("Erdogan", "2016-03-22", "recep-tayyip-erdogan"),
        ("Amirabdollahian", "2022-06-01", "hossein-amir-abdollahian"),
        (
            "Hossein Amir-Abdollahian",
            "2022-06-01",
            "hossein-amir-abdollahian",
        ),
        ("SHULTZ ARRIVES IN MOSCOW", "1987-04-13", "george-shultz"),
        // The surname alone: the one Bush in office on the date.
        ("Bush", "2001-11-13", "george-w-bush"),
        ("Bush", "1990-06-01", "george-h-w-bush"),
        // A title before the surname: the one who held it by then.
        ("President Bush", "1998-02-15", "george-h-w-bush"),
        ("President Carter", "1987-04-13", "jimmy-carter"),
        ("Mikhail Gorbachov", "1987-04-13", "mikhail-gorbachev"),
        ("Zelensky", "2022-03-01", "volodymyr-zelenskyy"),
        ("Sisi", "2016-01-01", "abdel-fattah-el-sisi"),
    ];
    assert_first(&kb, &cases);
}

#[test]
fn title_and_name_make_one_person_mention() {
    let kb = kb();
    let text = "Iranian Foreign Minister, Hossein Amir-Abdollahian, met \
                Foreign Minister of Russia Sergey Lavrov and Russian President Vladimir Putin.";
    let ms = kb.resolve(text, Some(d("2022-06-01")));
    let people: Vec<(&str, String)> = ms
        .iter()
        .filter_map(|m| match &m.entity {
            Entity::Person { actor_id } => Some((&text[m.start..m.end], actor_id.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(
        people,
        vec![
            (
                "Iranian Foreign Minister, Hossein Amir-Abdollahian",
                "hossein-amir-abdollahian".to_string()
            ),
            (
                "Foreign Minister of Russia Sergey Lavrov",
                "sergey-lavrov".to_string()
            ),
            (
                "Russian President Vladimir Putin",
                "vladimir-putin".to_string()
            ),
        ]
    );
    // Mentions are in text order and do not overlap.
    for w in ms.windows(2) {
        assert!(w[0].end <= w[1].start, "{:?} overlaps {:?}", w[0], w[1]);
    }
}

#[test]
fn coreference_in_a_short_text() {
    let kb = kb();
    let text = "US Secretary of State John Kerry arrived in Moscow on Wednesday. \
                The top diplomat met his Russian counterpart at the Kremlin. \
                Mr Kerry and Lavrov talked for four hours; later the minister held \
                a press conference, and the State Secretary left. The two ministers smiled.";
    let ms = kb.resolve(text, Some(d("2016-03-23")));
    let at = |needle: &str| {
        let i = text.find(needle).expect("needle");
        ms.iter()
            .find(|m| m.start <= i && i < m.end)
            .map(|m| m.entity.clone())
    };
    let holder = |e: Option<Entity>| {
        e.map(|e| {
            e.person_ids()
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
        })
    };
    assert_eq!(holder(at("top diplomat")), Some(vec!["john-kerry".into()]));
    assert_eq!(
        holder(at("Russian counterpart")),
        Some(vec!["sergey-lavrov".into()])
    );
    assert_eq!(holder(at("Mr Kerry")), Some(vec!["john-kerry".into()]));
    assert_eq!(
        holder(at("Lavrov talked")),
        Some(vec!["sergey-lavrov".into()])
    );
    assert_eq!(
        holder(at("State Secretary")),
        Some(vec!["john-kerry".into()])
    );
    assert_eq!(
        holder(at("minister held")),
        Some(vec!["sergey-lavrov".into()])
    );
    assert_eq!(
        at("two ministers"),
        Some(Entity::Group {
            actor_ids: vec!["john-kerry".into(), "sergey-lavrov".into()]
        })
    );
    assert_eq!(
        at("Moscow"),
        Some(Entity::Place {
            place_id: "moscow".into()
        })
    );
    assert_eq!(
        at("Kremlin"),
        Some(Entity::Place {
            place_id: "kremlin".into()
        })
    );
}

#[test]
fn the_presidents_of_the_two_countries_by_office() {
    let kb = kb();
    let text = "Relations between the United States and Russia improved. \
                The presidents of the two countries will meet in Ljubljana.";
    let ms = kb.resolve(text, Some(d("2001-06-10")));
    let g = ms.iter().find_map(|m| match &m.entity {
        Entity::Group { actor_ids } => Some(actor_ids.clone()),
        _ => None,
    });
    assert_eq!(
        g,
        Some(vec![
            "george-w-bush".to_string(),
            "vladimir-putin".to_string()
        ])
    );
}

#[test]
fn unknown_people_keep_their_text_and_get_no_id() {
    let kb = kb();
    let text = "Foreign Minister Jan Novakovsky of Ruritania met Chelsea Clinton.";
    let ms = kb.resolve(text, Some(d("2016-03-22")));
    let unknown: Vec<String> = ms
        .iter()
        .filter_map(|m| match &m.entity {
            Entity::UnknownPerson { name } => Some(name.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(unknown, vec!["Jan Novakovsky", "Chelsea Clinton"]);
    assert!(ms.iter().all(|m| m.entity.person_ids().is_empty()));
}

#[test]
fn places_countries_and_adjectives() {
    let kb = kb();
    let text = "The U.S. delegation flew from Washington to Geneva; Russian and \
                Soviet officials, NATO and the Elysee were mentioned, and Turkey too.";
    let ms = kb.resolve(text, Some(d("1987-04-13")));
    let got: Vec<(&str, Entity)> = ms
        .iter()
        .map(|m| (&text[m.start..m.end], m.entity.clone()))
        .collect();
    let has = |s: &str, e: Entity| {
        assert!(
            got.iter().any(|(t, x)| *t == s && *x == e),
            "{s}: {e:?} not in {got:#?}"
        )
    };
    has("U.S.", Entity::Country { code: "USA".into() });
    has(
        "Washington",
        Entity::Place {
            place_id: "washington".into(),
        },
    );
    has(
        "Geneva",
        Entity::Place {
            place_id: "geneva".into(),
        },
    );
    has("Russian", Entity::Adjective { code: "RUS".into() });
    has("Soviet", Entity::Adjective { code: "SUN".into() });
    has("Turkey", Entity::Country { code: "TUR".into() });
    let kremlin = kb.place("kremlin").expect("kremlin");
    assert_eq!(kremlin.city.as_deref(), Some("moscow"));
    assert!(kb.place("moscow").is_some());
    // A lower-case common noun is not a country.
    let ms = kb.resolve("we ate turkey and china plates", None);
    assert!(ms.is_empty(), "{ms:?}");
}

#[test]
fn offices_and_holders_by_date() {
    let kb = kb();
    let on = kb.offices_on("john-kerry", d("2016-03-22"));
    assert!(on
        .iter()
        .any(|t| t.office == "foreign_minister" && t.of == "USA"));
    assert!(kb.offices_on("john-kerry", d("1990-01-01")).is_empty());
    let h = kb.holders("foreign_minister", "SUN", d("1987-04-13"));
    assert_eq!(
        h.first().map(|t| t.actor_id.as_str()),
        Some("eduard-shevardnadze")
    );
    assert_eq!(kb.display_name("sergey-lavrov"), Some("Sergey Lavrov"));
    assert_eq!(
        kb.actor("RUS").map(|a| a.kind),
        Some(diplo::kb::ActorKind::State)
    );
}

#[test]
fn resolves_a_year_of_text_without_panicking_on_odd_input() {
    let kb = kb();
    for s in [
        "",
        "the",
        "Mr",
        "Mr.",
        "President",
        "ÉÉÉ Erdoğan’s",
        "the two",
        "the presidents of the two countries",
        "Foreign Minister, ",
        "\u{0301}\u{0301}Kerry\u{0301}",
    ] {
        let ms = kb.resolve(s, Some(d("2016-03-22")));
        for m in ms {
            assert!(m.start <= m.end && m.end <= s.len() && s.is_char_boundary(m.start));
        }
    }
}

#[test]
fn lookup_cli_prints_json_lines_and_exit_codes() {
    let out = common::diplo(&[
        "actors",
        "lookup",
        "the Soviet foreign minister",
        "--on",
        "1987-04-13",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let line = String::from_utf8_lossy(&out.stdout);
    let v: serde_json::Value =
        serde_json::from_str(line.lines().next().unwrap_or("")).expect("json");
    assert_eq!(v["actor_id"], "eduard-shevardnadze");
    assert_eq!(v["name"], "Eduard Shevardnadze");
    assert_eq!(v["office"], "foreign_minister");
    assert_eq!(v["country"], "SUN");

    let out = common::diplo(&[
        "actors",
        "lookup",
        "Japan's prime minister",
        "--on",
        "1987-04-29",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"yasuhiro-nakasone\""));

    let out = common::diplo(&[
        "actors",
        "lookup",
        "the grand vizier of nowhere",
        "--on",
        "1987-04-29",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());

    let out = common::diplo(&["actors", "lookup", "Kerry", "--on", "not-a-date"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not-a-date"));

    let out = common::diplo(&["actors", "lookup", "--help"]);
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("Examples:") && help.contains("--reference"));
}

#[test]
fn lookup_cli_reads_user_tables() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("offices")).expect("mkdir");
    std::fs::write(
        dir.path().join("offices/RUT.tsv"),
        "actor_id\tname\toffice\trank\tstart\tend\taliases\twikidata\n\
         rudolf-rassendyll\tRudolf Rassendyll\tforeign_minister\t\t2010-01-01\t\tRassendyll\t\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("countries.tsv"),
        "code3\tcode2\tname\taliases\tadjectives\tcapital\tlatitude\tlongitude\tfrom\tto\n\
         RUT\t\tRuritania\t\tRuritanian\t\t50\t14\t\t\n",
    )
    .expect("write");
    let d = dir.path().to_string_lossy().to_string();
    let out = common::diplo(&[
        "actors",
        "lookup",
        "the Ruritanian foreign minister",
        "--on",
        "2016-03-22",
        "--reference",
        &d,
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("rudolf-rassendyll"));

    // A bad user table names its file and line.
    std::fs::write(
        dir.path().join("offices/BAD.tsv"),
        "actor_id\tname\toffice\trank\tstart\tend\n x\tX\tpresident\t\t2020-02-30\t\n",
    )
    .expect("write");
    let out = common::diplo(&["actors", "lookup", "Rassendyll", "--reference", &d]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("BAD.tsv:2"), "{err}");
}

#[test]
fn common_words_and_other_peoples_names_are_not_office_holders() {
    let kb = kb();
    // "I" is not Juan Carlos I; "Wall Street" is no one; "May 5" is a date;
    // "Rice" alone is the grain.
    let text = "I think Wall Street fell on May 5 as Rice prices rose.";
    let ms = kb.resolve(text, Some(d("2007-05-10")));
    assert!(
        ms.iter().all(|m| m.entity.person_ids().is_empty()
            && !matches!(m.entity, Entity::UnknownPerson { .. })),
        "{ms:?}"
    );
    // After a full mention, the surname alone is that person.
    let text = "Condoleezza Rice flew to Cairo. Rice met Mubarak.";
    let ms = kb.resolve(text, Some(d("2007-05-10")));
    let ids: Vec<&str> = ms.iter().flat_map(|m| m.entity.person_ids()).collect();
    assert_eq!(
        ids,
        vec!["condoleezza-rice", "condoleezza-rice", "hosni-mubarak"]
    );
}

#[test]
fn a_region_after_a_city_of_its_country() {
    let kb = kb();
    let text = "From Atlanta, Georgia he flew to Tbilisi, Georgia.";
    let ms = kb.resolve(text, Some(d("2016-03-22")));
    let georgias: Vec<Entity> = ms
        .iter()
        .filter(|m| &text[m.start..m.end] == "Georgia")
        .map(|m| m.entity.clone())
        .collect();
    assert_eq!(
        georgias,
        vec![
            Entity::Place {
                place_id: "georgia-us".into()
            },
            Entity::Country { code: "GEO".into() }
        ]
    );
}

#[test]
fn a_group_takes_the_year_the_passage_speaks_of() {
    let kb = kb();
    // A 2021 article recalling 2001: the presidents then were Bush and Putin.
    let text = "Relations between the United States and Russia were tense. \
                The presidents of the two countries met without delay. \
                The meeting took place in Ljubljana on June 16, 2001.";
    let ms = kb.resolve(text, Some(d("2021-10-01")));
    let g = ms.iter().find_map(|m| match &m.entity {
        Entity::Group { actor_ids } => Some(actor_ids.clone()),
        _ => None,
    });
    let mut g = g.expect("a group");
    g.sort();
    assert_eq!(g, vec!["george-w-bush", "vladimir-putin"]);
}

/// The whole Reuters-21578 corpus (27 MB): every mention is a valid span, in
/// order, not overlapping. Ignored by default (a few seconds in release);
/// run with `cargo test kb::reuters -- --ignored`.
#[test]
#[ignore]
fn reuters_corpus_resolves_to_valid_spans() {
    use rayon::prelude::*;
    let kb = kb();
    let dir = common::shared().join("data/reuters21578");
    let mut docs = vec![];
    for i in 0..22 {
        let b = std::fs::read(dir.join(format!("reut2-{i:03}.sgm"))).expect("read sgm");
        let t = String::from_utf8_lossy(&b).into_owned();
        docs.extend(t.split("<REUTERS").map(String::from));
    }
    let date = Some(d("1987-03-15"));
    let people: usize = docs
        .par_iter()
        .map(|doc| {
            let ms = kb.resolve(doc, date);
            for w in ms.windows(2) {
                assert!(w[0].end <= w[1].start);
            }
            for m in &ms {
                assert!(
                    m.start < m.end && doc.is_char_boundary(m.start) && doc.is_char_boundary(m.end)
                );
            }
            ms.iter()
                .filter(|m| !m.entity.person_ids().is_empty())
                .count()
        })
        .sum();
    assert!(people > 1000, "{people} person mentions");
}

#[test]
fn never_panics_on_scrambled_text() {
    // Deterministic pseudo-random strings over names, titles, punctuation and
    // multi-byte characters.
    let kb = kb();
    let parts = [
        "the ",
        "Mr. ",
        "Kerry",
        " ",
        ", ",
        "Foreign Minister",
        "Lavrov",
        "ğ",
        "’s",
        "\n",
        "two ",
        "presidents",
        " of the two countries",
        "Erdoğan",
        "U.S.",
        "Georgia",
        "é",
        "Sergei",
        "F.",
        "Moscow",
        "former ",
        "counterpart",
        "2001",
        "—",
        "\u{0301}",
        "Ä",
    ];
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..400 {
        let mut s = String::new();
        for _ in 0..12 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            s.push_str(parts[(x % parts.len() as u64) as usize]);
        }
        for date in [None, Some(d("2001-06-16"))] {
            let ms = kb.resolve(&s, date);
            let mut last = 0;
            for m in &ms {
                assert!(
                    m.start >= last && m.start < m.end && m.end <= s.len(),
                    "{s:?}"
                );
                assert!(
                    s.is_char_boundary(m.start) && s.is_char_boundary(m.end),
                    "{s:?}"
                );
                last = m.end;
            }
        }
    }
}

/// The mentions of a text as (surface, entity).
fn mentions(kb: &Kb, text: &str, date: &str) -> Vec<(String, Entity)> {
    kb.resolve(text, Some(d(date)))
        .into_iter()
        .map(|m| (text[m.start..m.end].to_string(), m.entity))
        .collect()
}

/// The country a place mention stands for on the date, as the extractor
/// reads it (a stand-in is a venue of the city, with the earlier state).
fn place_country_of(kb: &Kb, text: &str, date: &str) -> Vec<(String, String, String)> {
    mentions(kb, text, date)
        .into_iter()
        .filter_map(|(s, e)| match e {
            Entity::Place { place_id } => {
                let p = kb.place(&place_id)?;
                let city = p.city.clone().unwrap_or_else(|| p.id.clone());
                Some((s, city, p.country.clone()))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn a_place_belongs_to_the_state_that_held_it_on_the_date() {
    let kb = kb();
    let cases = [
        ("moscow", "1987-03-30", "SUN"),
        ("moscow", "1991-12-25", "SUN"),
        ("moscow", "1991-12-26", "RUS"),
        ("moscow", "1992-01-10", "RUS"),
        ("saint-petersburg", "1987-03-30", "SUN"),
        ("kyiv", "1990-01-01", "SUN"),
        ("riga", "1991-10-01", "LVA"),
        ("leipzig", "1989-11-09", "DDR"),
        ("leipzig", "1990-10-03", "DEU"),
        ("east-berlin", "1987-06-12", "DDR"),
        ("bonn", "1987-06-12", "DEU"),
        ("zagreb", "1990-05-01", "YUG"),
        ("zagreb", "1992-01-01", "HRV"),
        ("belgrade", "1999-04-01", "YUG"),
        ("belgrade", "2004-01-01", "SCG"),
        ("belgrade", "2010-01-01", "SRB"),
        ("prague", "1992-12-31", "CSK"),
        ("prague", "1993-01-01", "CZE"),
        ("bratislava", "1989-11-20", "CSK"),
        ("aden", "1989-01-01", "YMD"),
        ("aden", "1991-01-01", "YEM"),
        ("kremlin", "1987-03-30", "SUN"),
    ];
    let mut wrong = vec![];
    for (id, date, want) in cases {
        let got = kb.place_country(id, Some(d(date)));
        if got != Some(want) {
            wrong.push(format!("{id} on {date}: want {want}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    // Without a date: today's country.
    assert_eq!(kb.place_country("moscow", None), Some("RUS"));
    // A whole country named in the text: the state of the date.
    assert_eq!(kb.country_on("RUS", Some(d("1987-03-30"))), "SUN");
    assert_eq!(kb.country_on("RUS", Some(d("1992-03-30"))), "RUS");
    assert_eq!(kb.country_on("DEU", Some(d("1987-03-30"))), "DEU");
    assert_eq!(kb.country_on("CZE", Some(d("1990-03-30"))), "CSK");
    let ms = mentions(
        &kb,
        "Shultz will visit Russia and Czechoslovakia.",
        "1987-03-30",
    );
    assert_eq!(ms[1].1, Entity::Country { code: "SUN".into() });
    assert_eq!(ms[2].1, Entity::Country { code: "CSK".into() });

    // In a document: the city keeps its id, the country is the date's.
    let text = "Thatcher flew to Moscow, then Leningrad and the Kremlin; later Bonn and Prague.";
    let got = place_country_of(&kb, text, "1987-03-30");
    let want: Vec<(String, String, String)> = [
        ("Moscow", "moscow", "SUN"),
        ("Leningrad", "saint-petersburg", "SUN"),
        ("the Kremlin", "moscow", "SUN"),
        ("Bonn", "bonn", "DEU"),
        ("Prague", "prague", "CSK"),
    ]
    .iter()
    .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
    .collect();
    assert_eq!(got, want);
    let got = place_country_of(&kb, "Yeltsin in Moscow", "1992-01-10");
    assert_eq!(got[0].1, "moscow");
    assert_eq!(got[0].2, "RUS");
    assert!(
        matches!(&mentions(&kb, "Yeltsin in Moscow", "1992-01-10")[1].1,
        Entity::Place { place_id } if place_id == "moscow")
    );
}

#[test]
fn user_sovereignty_rows_come_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("sovereignty.tsv"),
        "country\tplaces\theld_by\tfrom\tto\nRUS\tsochi\tGEO\t1987-01-01\t1987-12-31\n",
    )
    .expect("write");
    let kb = Kb::with_reference(dir.path()).expect("user tables load");
    assert_eq!(
        kb.place_country("sochi", Some(d("1987-06-01"))),
        Some("GEO")
    );
    assert_eq!(
        kb.place_country("moscow", Some(d("1987-06-01"))),
        Some("SUN")
    );
    assert!(kb.integrity().is_empty(), "{:?}", kb.integrity());

    std::fs::write(
        dir.path().join("sovereignty.tsv"),
        "country\tplaces\theld_by\tfrom\tto\nRUS\t\tSUN\t1987-01-01\t1986-12-31\n",
    )
    .expect("write");
    let e = Kb::with_reference(dir.path()).expect_err("an interval ending before it starts");
    assert!(e.to_string().contains("sovereignty.tsv:2"), "{e}");
}

#[test]
fn spelling_variants_resolve_to_one_known_person() {
    let kb = kb();
    let people = |text: &str, date: &str| -> Vec<(String, String)> {
        mentions(&kb, text, date)
            .into_iter()
            .filter_map(|(s, e)| match e {
                Entity::Person { actor_id } => Some((s, actor_id)),
                _ => None,
            })
            .collect()
    };
    let got = people("Saudi Oil Minister Hisham Nazir said.", "1987-03-30");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "hisham-nazer");
    let got = people(
        "Iran's Oil Minister Gholamreza Aqazadeh arrived.",
        "1987-03-30",
    );
    assert_eq!(got[0].1, "gholam-reza-aghazadeh");
    let got = people(
        "He met Sheikh Zaid bin Sultan al-Nahayan and Colonel Kadhafi.",
        "1987-03-30",
    );
    let ids: Vec<&str> = got.iter().map(|p| p.1.as_str()).collect();
    assert_eq!(ids, ["zayed-bin-sultan-al-nahyan", "muammar-gaddafi"]);
    // A variant surname alone needs a title or an honorific: "Korea's ban"
    // is not Giovanni Goria, prime minister on that date.
    assert!(people("Korea's ban on beef stays.", "1987-09-30").is_empty());
    // Another name is not a variant: Nasser is not Nazer.
    let got = mentions(&kb, "Saudi Oil Minister Hisham Nasser said.", "1987-03-30");
    assert!(
        got.iter().all(|(_, e)| e.person_ids().is_empty()),
        "{got:?}"
    );
}

#[test]
fn two_people_with_the_same_spelling_key_are_not_merged() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("offices")).expect("mkdir");
    std::fs::write(
        dir.path().join("offices/RUT.tsv"),
        "actor_id\tname\toffice\trank\tstart\tend\n\
         hashem-nazeer\tHashem Nazeer\toil_minister\t\t1980-01-01\t\n\
         hashim-nazir\tHashim Nazir\tfinance_minister\t\t1980-01-01\t\n",
    )
    .expect("write");
    let kb = Kb::with_reference(dir.path()).expect("user tables load");
    // Both spellings are exact names: each is its own person.
    let ms = mentions(&kb, "Hashem Nazeer met Hashim Nazir.", "1987-03-30");
    let ids: Vec<Vec<&str>> = ms.iter().map(|(_, e)| e.person_ids()).collect();
    assert_eq!(ids, vec![vec!["hashem-nazeer"], vec!["hashim-nazir"]]);
    // A third spelling has both their spelling keys: no one is picked.
    let ms = mentions(&kb, "Hashim Nazeir spoke.", "1987-03-30");
    assert!(ms.iter().all(|(_, e)| e.person_ids().is_empty()), "{ms:?}");
}

#[test]
fn an_ambassador_or_official_of_a_country_is_not_its_leader() {
    let kb = kb();
    // An ambassador the tables lack (a made-up name): the country, then an
    // unknown person over the title and name, never Turkey's leader.
    let ms = mentions(
        &kb,
        "Turkish Ambassador to Athens Kemal Yurtseven said Ankara wants talks.",
        "1987-03-30",
    );
    assert!(ms.iter().all(|(_, e)| e.person_ids().is_empty()), "{ms:?}");
    assert_eq!(
        ms[0],
        ("Turkish".into(), Entity::Adjective { code: "TUR".into() })
    );
    assert_eq!(
        ms[1],
        (
            "Ambassador to Athens Kemal Yurtseven".into(),
            Entity::UnknownPerson {
                name: "Kemal Yurtseven".into()
            }
        )
    );
    // One the tables know (round 6) is himself, not the leader either.
    let ms = mentions(
        &kb,
        "Turkish Ambassador to Athens Nazmi Akiman said Ankara wants talks.",
        "1987-03-30",
    );
    let ids: Vec<&str> = ms.iter().flat_map(|(_, e)| e.person_ids()).collect();
    assert_eq!(ids, vec!["nazmi-akiman"], "{ms:?}");
    for text in [
        "A Turkish official said so.",
        "The Soviet ambassador said so.",
        "The Turkish deputy prime minister said so.",
        "A spokesman for the Turkish foreign minister said so.",
        "Soviet Deputy Foreign Minister Vladimir Petrovsky said so.",
    ] {
        let ms = mentions(&kb, text, "1987-03-30");
        let ids: Vec<&str> = ms.iter().flat_map(|(_, e)| e.person_ids()).collect();
        assert!(
            ids.iter().all(|id| *id != "turgut-ozal"
                && *id != "mikhail-gorbachev"
                && *id != "kenan-evren"
                && *id != "andrei-gromyko"),
            "{text}: {ms:?}"
        );
    }
    // The post's place stays a place when no name follows.
    let ms = mentions(
        &kb,
        "Reagan invited the ambassador to Moscow.",
        "1987-03-30",
    );
    assert!(ms
        .iter()
        .any(|(s, e)| s == "Moscow" && matches!(e, Entity::Place { .. })));
}

#[test]
fn officials_missing_from_the_tables_keep_name_and_country() {
    let kb = kb();
    let ms = mentions(
        &kb,
        "Japanese Vice Trade Minister Taro Yamamura and World Bank official Kenneth Smith met.",
        "1987-03-30",
    );
    assert_eq!(
        ms[0],
        ("Japanese".into(), Entity::Adjective { code: "JPN".into() })
    );
    assert_eq!(
        ms[1],
        (
            "Trade Minister Taro Yamamura".into(),
            Entity::UnknownPerson {
                name: "Taro Yamamura".into()
            }
        )
    );
    assert_eq!(
        ms[2],
        (
            "World Bank official Kenneth Smith".into(),
            Entity::UnknownPerson {
                name: "Kenneth Smith".into()
            }
        )
    );
    // A sentence opener is no given name; a company is no person.
    let ms = mentions(&kb, "Although Shultz said so.", "1987-03-30");
    assert_eq!(
        ms[0].1,
        Entity::Person {
            actor_id: "george-shultz".into()
        }
    );
    let ms = mentions(
        &kb,
        "said Smith, PRESIDENT\nNorthgate Exploration Ltd.",
        "1987-03-30",
    );
    assert!(
        !ms.iter()
            .any(|(_, e)| matches!(e, Entity::UnknownPerson { .. })),
        "{ms:?}"
    );
    // A news agency is no person.
    let ms = mentions(&kb, "The official Tass news agency said.", "1987-03-30");
    assert!(
        !ms.iter()
            .any(|(_, e)| matches!(e, Entity::UnknownPerson { .. })),
        "{ms:?}"
    );
}

#[test]
fn officials_of_the_eighties_resolve_by_title_and_date() {
    let kb = kb();
    let cases = [
        (
            "U.S. Undersecretary of State Michael Armacost",
            "1987-03-30",
            "michael-armacost",
        ),
        (
            "Undersecretary of State for Economic Affairs Allen Wallis",
            "1987-03-30",
            "w-allen-wallis",
        ),
        (
            "Commerce Secretary Malcolm Baldrige",
            "1987-03-30",
            "malcolm-baldrige",
        ),
        (
            "the U.S. agriculture secretary",
            "1987-03-30",
            "richard-lyng",
        ),
        (
            "Energy Secretary John Herrington",
            "1987-03-30",
            "john-herrington",
        ),
        (
            "the IMF managing director",
            "1987-05-01",
            "michel-camdessus",
        ),
        (
            "the IMF managing director",
            "1986-05-01",
            "jacques-de-larosiere",
        ),
        (
            "World Bank President Barber Conable",
            "1987-03-30",
            "barber-conable",
        ),
        ("the GATT director-general", "1987-03-30", "arthur-dunkel"),
        (
            "the OECD secretary-general",
            "1987-03-30",
            "jean-claude-paye",
        ),
        ("Bundesbank president", "1987-03-30", "karl-otto-pohl"),
        (
            "Kuwaiti Oil Minister Sheikh Ali al-Khalifa al-Sabah",
            "1987-03-30",
            "ali-khalifa-al-sabah",
        ),
        (
            "Nigerian Oil Minister Rilwanu Lukman",
            "1987-03-30",
            "rilwanu-lukman",
        ),
        (
            "the Venezuelan energy minister",
            "1987-03-30",
            "arturo-hernandez-grisanti",
        ),
        ("the PLO leader", "1987-03-30", "yasser-arafat"),
        ("the Palestinian leader", "1990-03-30", "yasser-arafat"),
        ("the Chinese leader", "1987-03-30", "deng-xiaoping"),
    ];
    assert_first(&kb, &cases);
}

#[test]
fn a_woman_honorific_never_names_a_man() {
    let kb = kb();
    let ms = mentions(
        &kb,
        "Mrs Thatcher met Mrs Reagan; Mr Thatcher stayed home.",
        "1987-03-30",
    );
    let ids: Vec<(String, Vec<&str>)> = ms
        .iter()
        .map(|(s, e)| (s.clone(), e.person_ids()))
        .collect();
    // "Mrs Reagan" is the first lady (a person of the tables since round 8),
    // not the president; "Mr Thatcher" is someone else: no mention at all.
    assert_eq!(
        ids,
        vec![
            ("Mrs Thatcher".to_string(), vec!["margaret-thatcher"]),
            ("Mrs Reagan".to_string(), vec!["nancy-reagan"]),
        ]
    );
}

#[test]
fn all_caps_headlines_resolve_like_mixed_case() {
    let kb = kb();
    let ms = mentions(&kb, "SHULTZ TO VISIT PEKING", "1987-02-10");
    assert_eq!(
        ms,
        vec![
            (
                "SHULTZ".into(),
                Entity::Person {
                    actor_id: "george-shultz".into()
                }
            ),
            (
                "PEKING".into(),
                Entity::Place {
                    place_id: "beijing".into()
                }
            ),
        ]
    );
    let ms = mentions(&kb, "THATCHER MEETS GORBACHEV IN MOSCOW", "1987-03-30");
    let ids: Vec<&str> = ms.iter().flat_map(|(_, e)| e.person_ids()).collect();
    assert_eq!(ids, ["margaret-thatcher", "mikhail-gorbachev"]);
    let ms = mentions(
        &kb,
        "SAUDI OIL MINISTER NAZER SAYS OPEC WILL HOLD",
        "1987-03-30",
    );
    assert_eq!(
        ms[0].1,
        Entity::Person {
            actor_id: "hisham-nazer".into()
        }
    );
}

#[test]
fn mentions_cli_prints_every_mention() {
    let out = common::diplo(&[
        "actors",
        "mentions",
        "Soviet leader Mikhail Gorbachev received Mrs Thatcher in Moscow.",
        "--on",
        "1987-03-30",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0]["text"], "Soviet leader Mikhail Gorbachev");
    assert!(lines[2]["entity"]
        .as_str()
        .is_some_and(|e| e.contains("moscow@SUN")));
    let out = common::diplo(&["actors", "mentions", "nothing here", "--on", "1987-03-30"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn umlauts_match_their_wire_spelling() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("offices")).expect("mkdir");
    std::fs::write(
        dir.path().join("offices/RUT.tsv"),
        "actor_id\tname\toffice\trank\tstart\tend\n\
         jurgen-mollemann\tJürgen Möllemann\teconomy_minister\t\t1987-01-01\t1990-01-01\n",
    )
    .expect("write");
    let kb = Kb::with_reference(dir.path()).expect("user tables load");
    for text in [
        "Juergen Moellemann said.",
        "Mr Moellemann said.",
        "Jürgen Möllemann said.",
    ] {
        let ms = mentions(&kb, text, "1988-03-30");
        let ids: Vec<&str> = ms.iter().flat_map(|(_, e)| e.person_ids()).collect();
        assert_eq!(ids, ["jurgen-mollemann"], "{text}: {ms:?}");
    }
}

#[test]
fn leaders_and_officials_of_issue_5_resolve_by_title_and_date() {
    let kb = kb();
    let cases = [
        // Countries that had no office file.
        ("Ugandan President", "1987-06-05", "yoweri-museveni"),
        (
            "the Bolivian president",
            "1987-03-26",
            "victor-paz-estenssoro",
        ),
        ("the Latvian president", "2021-06-01", "egils-levits"),
        ("Lithuania's president", "2004-05-01", "arturas-paulauskas"),
        ("the Slovenian prime minister", "2023-03-01", "robert-golob"),
        ("Taiwan's premier", "2018-06-01", "lai-ching-te"),
        ("Taiwan's president", "2024-06-01", "lai-ching-te"),
        (
            "the Luxembourg foreign minister",
            "1987-03-30",
            "jacques-poos",
        ),
        ("the Bahamian prime minister", "2022-05-01", "philip-davis"),
        ("the Cambodian leader", "1990-01-01", "heng-samrin"),
        // 1980s officials added to existing files.
        ("White House chief of staff", "1987-04-01", "howard-baker"),
        (
            "the Austrian finance minister",
            "1987-03-11",
            "ferdinand-lacina",
        ),
        (
            "the Philippine finance minister",
            "1987-04-21",
            "jaime-ongpin",
        ),
        (
            "the Japanese agriculture minister",
            "1987-04-17",
            "mutsuki-kato",
        ),
        ("the French defence minister", "1987-03-20", "andre-giraud"),
        ("the Irish finance minister", "1988-01-01", "ray-macsharry"),
        (
            "the Ukrainian defence minister",
            "2022-06-01",
            "oleksii-reznikov",
        ),
    ];
    assert_first(&kb, &cases);
    // Names in their spellings, with and without accents.
    for (name, want) in [
        ("João Manuel Gonçalves Lourenço", "joao-lourenco"),
        ("Joao Lourenco", "joao-lourenco"),
        ("Alejandro Giammattei Falla", "alejandro-giammattei"),
        ("Gitanas Nauseda", "gitanas-nauseda"),
        ("Victor Paz Estenssoro", "victor-paz-estenssoro"),
        ("Felix Houphouet-Boigny", "felix-houphouet-boigny"),
    ] {
        assert_eq!(
            first(&kb, name, "2023-01-01").as_deref(),
            Some(want),
            "{name}"
        );
    }
    // A Nigerian central banker is not the Somali president of the same
    // last word ("Ahmed"): he is himself (in the tables since round 6).
    let ms = mentions(
        &kb,
        "Central Bank Governor Abdulkadir Ahmed met President Yoweri Museveni.",
        "1987-03-23",
    );
    let ids: Vec<&str> = ms.iter().flat_map(|(_, e)| e.person_ids()).collect();
    assert_eq!(ids, vec!["abdulkadir-ahmed", "yoweri-museveni"], "{ms:?}");
}

#[test]
fn a_plural_title_over_a_list_of_countries_is_the_group_of_their_holders() {
    let kb = kb();
    let ms = mentions(
        &kb,
        "Blinken met the Foreign Ministers of Australia, Japan and New Zealand.",
        "2024-06-20",
    );
    assert_eq!(
        ms[1],
        (
            "the Foreign Ministers of Australia, Japan and New Zealand".into(),
            Entity::Group {
                actor_ids: vec![
                    "penny-wong".into(),
                    "yoko-kamikawa".into(),
                    "winston-peters".into()
                ]
            }
        )
    );
    // The same phrase in 1987 names that year's holders.
    let ms = mentions(
        &kb,
        "the finance ministers of Japan, West Germany and the United States met.",
        "1987-04-08",
    );
    let ids: Vec<&str> = ms.iter().flat_map(|(_, e)| e.person_ids()).collect();
    assert_eq!(
        ids,
        vec!["kiichi-miyazawa", "gerhard-stoltenberg", "james-baker"]
    );
    // One country is a role, not a group.
    let ms = mentions(&kb, "the foreign minister of Japan met.", "2024-06-20");
    assert!(matches!(ms[0].1, Entity::Role { .. }), "{ms:?}");
}

#[test]
fn round_6_economic_and_defence_ministers_resolve_by_title_and_date() {
    let kb = kb();
    assert_first(
        &kb,
        &[
            (
                "Japan's trade minister",
                "2023-01-10",
                "yasutoshi-nishimura",
            ),
            (
                "the Japanese defense minister",
                "2024-01-10",
                "minoru-kihara",
            ),
            ("South Korean finance minister", "1987-09-01", "sakong-il"),
            ("the Chinese defence minister", "2023-05-01", "li-shangfu"),
            ("Indian finance minister", "1987-03-01", "rajiv-gandhi"),
            ("Australian Defence Minister", "1987-03-01", "kim-beazley"),
            ("Canadian trade minister", "1987-03-01", "pat-carney"),
            ("Saudi finance minister", "1987-03-01", "mohammed-abalkhail"),
            (
                "Mexican central bank governor",
                "1987-03-01",
                "miguel-mancera",
            ),
            (
                "the Turkish central bank governor",
                "2023-08-01",
                "hafize-gaye-erkan",
            ),
            ("Nigerian finance minister", "1987-03-01", "chu-okongwu"),
            ("Spain's finance minister", "1987-03-01", "carlos-solchaga"),
            // Wire copy's other names for the same offices.
            ("the Bundesbank chief", "1987-04-08", "karl-otto-pohl"),
            ("Australian Treasurer", "1987-04-08", "paul-keating"),
            ("MITI Minister", "1987-04-08", "hajime-tamura"),
            ("Italian Treasury Minister", "1987-04-08", "giovanni-goria"),
            (
                "Argentine Economy Minister",
                "1987-04-08",
                "juan-vital-sourrouille",
            ),
            (
                "the West German Economics Minister",
                "1987-04-08",
                "martin-bangemann",
            ),
            ("Swiss Finance Minister", "1987-04-08", "otto-stich"),
            (
                "the EC Commission President",
                "1987-04-08",
                "jacques-delors",
            ),
        ],
    );
}

#[test]
fn wire_copy_names_of_groupings_resolve_to_organizations() {
    let kb = kb();
    let ms = mentions(
        &kb,
        "The Group of Ten and the G-24 met the IMF Interim Committee; the Fund and the Community agreed with the London Club.",
        "1987-04-08",
    );
    let orgs: Vec<&str> = ms
        .iter()
        .filter_map(|(_, e)| match e {
            Entity::Organization { actor_id } => Some(actor_id.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        orgs,
        vec![
            "g10",
            "g24",
            "imf-interim-committee",
            "imf",
            "eec",
            "london-club"
        ]
    );
    // Lower case is no name: "the fund" of a company is not the IMF.
    let ms = mentions(&kb, "the fund and the community said.", "1987-04-08");
    assert!(ms.is_empty(), "{ms:?}");
}

#[test]
fn regions_and_summit_resorts_are_places_of_their_country() {
    let kb = kb();
    for (text, id, country) in [
        ("Leaders met in Borgo Egnazia.", "borgo-egnazia", "ITA"),
        ("The talks in Lower Saxony ended.", "lower-saxony", "DEU"),
        ("He arrived in Queensland.", "queensland", "AUS"),
        ("at the Brandenburg Gate", "brandenburg-gate", "DEU"),
    ] {
        let ms = mentions(&kb, text, "2024-06-14");
        let place = ms.iter().find_map(|(_, e)| match e {
            Entity::Place { place_id } => Some(place_id.clone()),
            _ => None,
        });
        assert_eq!(place.as_deref(), Some(id), "{text}: {ms:?}");
        assert_eq!(kb.place(id).map(|p| p.country.as_str()), Some(country));
    }
}

#[test]
fn countries_listed_before_a_plural_title_are_the_group_of_their_holders() {
    let kb = kb();
    let ms = mentions(
        &kb,
        "The U.S. and Soviet foreign ministers will meet. The British, French and West German leaders met.",
        "1987-09-15",
    );
    assert_eq!(
        ms[0],
        (
            "The U.S. and Soviet foreign ministers".into(),
            Entity::Group {
                actor_ids: vec!["george-shultz".into(), "eduard-shevardnadze".into()]
            }
        )
    );
    let ids: Vec<&str> = ms[1].1.person_ids();
    assert_eq!(
        ids,
        vec!["margaret-thatcher", "francois-mitterrand", "helmut-kohl"]
    );
    // Officials have no holders: the countries stay mentions of their own.
    let ms = mentions(&kb, "Japanese and U.S. officials met.", "1987-09-15");
    assert_eq!(
        ms.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>(),
        vec!["Japanese", "U.S."]
    );
    // The finance ministers of a grouping: the grouping.
    let ms = mentions(
        &kb,
        "The finance ministers of the Group of Five met.",
        "1987-09-15",
    );
    assert_eq!(
        ms,
        vec![(
            "Group of Five".into(),
            Entity::Organization {
                actor_id: "g5".into()
            }
        )]
    );
}

#[test]
fn a_short_surname_after_a_title_is_a_name_not_an_acronym() {
    let kb = kb();
    let ms = mentions(
        &kb,
        "The President spoke to President Xi. Prime Minister Chinh met Amir Sheikh Tamim Bin Hamad Al-Thani.",
        "2023-11-15",
    );
    let ids: Vec<&str> = ms.iter().flat_map(|(_, e)| e.person_ids()).collect();
    assert_eq!(
        ids,
        vec!["xi-jinping", "pham-minh-chinh", "tamim-bin-hamad-al-thani"],
        "{ms:?}"
    );
    // Lower case is no name, however short.
    let ms = mentions(&kb, "the xi and li of it.", "2023-11-15");
    assert!(ms.is_empty(), "{ms:?}");
}

#[test]
fn a_plural_office_keeps_its_holders_side_by_side_and_names_none_by_role() {
    let kb = kb();
    // Several vice premiers and Fed governors at once: no integrity problem,
    // and all of them are holders on the date.
    assert!(kb.is_plural("vice_premier", "CHN"));
    assert!(kb.is_plural("fed_governor", "usa"));
    assert!(!kb.is_plural("premier", "CHN"));
    let on = d("1987-03-05");
    let mut vp: Vec<&str> = kb
        .holders("vice_premier", "CHN", on)
        .iter()
        .map(|t| t.actor_id.as_str())
        .collect();
    vp.sort();
    assert_eq!(
        vp,
        ["li-peng", "qiao-shi", "tian-jiyun", "wan-li", "yao-yilin"]
    );
    let mut fed: Vec<&str> = kb
        .holders("fed_governor", "USA", on)
        .iter()
        .map(|t| t.actor_id.as_str())
        .collect();
    fed.sort();
    assert_eq!(fed, ["h-robert-heller", "martha-seger", "wayne-angell"]);
    // "the vice premier" with no one named before: no holder guessed.
    let ms = mentions(&kb, "The Chinese vice premier arrived.", "1987-03-05");
    assert!(
        ms.iter().all(|(_, e)| e.person_ids().is_empty()
            && !matches!(
                e,
                Entity::Role {
                    holder: Some(_),
                    ..
                }
            )),
        "{ms:?}"
    );
    // A full name or the title word with a surname still names the person;
    // the role phrase after a named vice premier is that one.
    let ms = mentions(
        &kb,
        "Vice Premier Tian Jiyun met Shultz. Vice Premier Tian said the vice premier would stay.",
        "1987-03-05",
    );
    let ids: Vec<&str> = ms.iter().flat_map(|(_, e)| e.person_ids()).collect();
    assert_eq!(
        ids,
        ["tian-jiyun", "george-shultz", "tian-jiyun", "tian-jiyun"],
        "{ms:?}"
    );
    // A bare surname never names a plural office's holder on its own.
    let ms = mentions(&kb, "Angell said rates would rise.", "1987-03-05");
    assert!(ms.is_empty(), "{ms:?}");
    let ms = mentions(
        &kb,
        "Federal Reserve Governor Wayne Angell said so. Angell added.",
        "1987-03-05",
    );
    let ids: Vec<&str> = ms.iter().flat_map(|(_, e)| e.person_ids()).collect();
    assert_eq!(ids, ["wayne-angell", "wayne-angell"], "{ms:?}");
}

#[test]
fn names_that_are_words_or_places_need_their_full_form_or_a_title() {
    let kb = kb();
    // "He" is the pronoun, never He Kang's surname alone.
    let ms = mentions(
        &kb,
        "Agriculture Minister He Kang met U.S. officials. He said China would buy wheat.",
        "1987-03-05",
    );
    let ids: Vec<&str> = ms.iter().flat_map(|(_, e)| e.person_ids()).collect();
    assert_eq!(ids, ["he-kang"], "{ms:?}");
    // "Chairman Hue" is Vuong Dinh Hue; "Hue" alone is not him.
    let ms = mentions(
        &kb,
        "President Biden and Chairman Hue discussed the visit. He flew to Hue.",
        "2023-09-11",
    );
    let ids: Vec<&str> = ms.iter().flat_map(|(_, e)| e.person_ids()).collect();
    assert_eq!(ids, ["joe-biden", "vuong-dinh-hue"], "{ms:?}");
}

#[test]
fn reuters_datelines_name_places() {
    let kb = kb();
    for (line, id, country) in [
        ("TAUPO, New Zealand, March 22 - ", "taupo", "NZL"),
        ("KASHIKOJIMA, JAPAN, April 26 - ", "kashikojima", "JPN"),
        ("STAMFORD, Conn., Feb 26 - ", "stamford", "USA"),
        ("ST. LOUIS, Feb 26 - ", "st-louis", "USA"),
        ("EINDHOVEN, Netherlands, March 5 - ", "eindhoven", "NLD"),
    ] {
        let ms = mentions(&kb, line, "1987-03-22");
        let got = ms.first().and_then(|(_, e)| match e {
            Entity::Place { place_id } => kb.place(place_id),
            _ => None,
        });
        let p = got.unwrap_or_else(|| panic!("{line}: {ms:?}"));
        assert_eq!((p.id.as_str(), p.country.as_str()), (id, country), "{line}");
    }
    // Towns named like people or words are left out: "Jackson" stays a name.
    let ms = mentions(
        &kb,
        "Jesse Jackson met Troy and Union officials.",
        "1987-03-22",
    );
    assert!(
        ms.iter().all(|(_, e)| !matches!(e, Entity::Place { .. })),
        "{ms:?}"
    );
}

#[test]
fn a_users_plural_office_may_overlap_and_a_bad_marker_is_an_error() {
    // Two senators of one state at once: overlapping tenures are an
    // integrity problem unless the office is marked plural.
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(dir.path().join("offices")).expect("mkdir");
    let rows = |plural: &str| {
        format!(
            "actor_id\tname\toffice\trank\tstart\tend\taliases\twikidata\tplural\n\
             ann-arbogast\tAnn Arbogast\tsenator_of_ruritania\t\t2001-01-03\t\t\t\t{plural}\n\
             bob-brackett\tBob Brackett\tsenator_of_ruritania\t\t2005-01-03\t\t\t\t\n"
        )
    };
    let file = dir.path().join("offices/USA.tsv");
    std::fs::write(&file, rows("")).expect("write");
    let kb = Kb::with_reference(dir.path()).expect("user tables load");
    assert!(!kb.is_plural("senator_of_ruritania", "USA"));
    let problems = kb.integrity();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("senator_of_ruritania") && p.contains("overlaps")),
        "{problems:?}"
    );
    std::fs::write(&file, rows("yes")).expect("write");
    let kb = Kb::with_reference(dir.path()).expect("user tables load");
    assert!(kb.is_plural("senator_of_ruritania", "USA"));
    assert!(kb.integrity().is_empty(), "{:?}", kb.integrity());
    assert_eq!(
        kb.holders("senator_of_ruritania", "USA", d("2010-01-01"))
            .len(),
        2
    );
    // Anything but "yes" or nothing is refused, with the file and line.
    std::fs::write(&file, rows("maybe")).expect("write");
    let err = Kb::with_reference(dir.path())
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        err.contains("USA.tsv") && err.contains(":2") && err.contains("plural"),
        "{err}"
    );
}
