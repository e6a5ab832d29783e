//! Integration tests: the hand-made gold beyond the seeds (gold/README.md).
//!
//! Runs `scripts/eval_gold.sh` with the binary of this test run: it compiles the
//! seeds, the 25 White House statements and the 30 Reuters stories of the
//! samples and scores each with `shared/tools/score_events.py`. The floors sit
//! a little below what the system scored when they were set (see the
//! integrator's report); raise them when the extractor improves, never lower
//! them to make a regression pass.

use crate::common;
use std::process::Command;

/// (corpus, strict F1 floor, relaxed F1 floor) of the held-out samples. Raised
/// 2026-11-23 (second session) after kb3 + extract3 + time3 + explain were merged,
/// measured: seeds 1.0/1.0, whitehouse 0.545/0.779, reuters 0.239/0.516; round 5
/// (2026-11-24): whitehouse 0.632/0.789, reuters 0.258/0.532; round 7
/// (fourth session): whitehouse 0.658/0.816, reuters 0.250/0.557; round 8:
/// whitehouse 0.649/0.805, reuters 0.255/0.568; round 9 (sixth session):
/// whitehouse 0.667/0.842, reuters 0.383/0.695; round 12: whitehouse
/// 0.711/0.842, reuters 0.404/0.737; round 18: whitehouse 0.718/0.846.
const FLOORS: &[(&str, f64, f64)] = &[
    ("seeds", 0.95, 0.95),
    ("whitehouse", 0.70, 0.83),
    ("reuters", 0.39, 0.72),
];

/// The same for the development gold (`eval_gold.sh --dev`: 25 White House
/// statements, 32 Reuters stories the rules were developed on), measured with
/// the floors above: dev-whitehouse 0.928/0.907, dev-reuters 0.752/0.864
/// (0.780/0.857 after extract4; 0.958/0.938 and 0.869/0.926 after round 7;
/// White House 0.968/0.947 after round 10; Reuters 0.909/0.933 after round 12,
/// 0.926/0.933 after round 13). Its floors sit closer, as it guards the
/// constructions the rules were written for.
const DEV_FLOORS: &[(&str, f64, f64)] =
    &[("dev-whitehouse", 0.96, 0.93), ("dev-reuters", 0.91, 0.92)];

/// The second development gold (`eval_gold.sh --dev2`: 30 Reuters stories and
/// 20 White House statements annotated blind in round 5, then tuned on).
/// First scores, before any rule was written on it: dev2-whitehouse
/// 0.571/0.667, dev2-reuters 0.182/0.588; after round 5's rules 0.712/0.787
/// and 0.400/0.667; after round 7's 0.800/0.871 and 0.889/0.933; after round
/// 8's 0.857/0.906 and 0.889/0.933; round 10's White House 0.875/0.923
/// (floors below those).
const DEV2_FLOORS: &[(&str, f64, f64)] = &[
    ("dev2-whitehouse", 0.93, 0.91),
    ("dev2-reuters", 0.87, 0.91),
];

/// The second held-out gold (`scripts/eval_blind2.sh`, round 5: never tuned
/// on, scored by F1 lines only). First scores: blind2-whitehouse 0.821/0.893,
/// blind2-reuters 0.111/0.429 (0.120/0.423 once its four rows of one G-6
/// meeting were merged); end of round 5: 0.852/0.926 and 0.122/0.431; end
/// of round 7: 0.868/0.943 and 0.157/0.491; round 8: 0.889/0.963 and
/// 0.154/0.481; round 9: 0.889/0.963 and 0.226/0.509; round 14: 0.889/0.963
/// and 0.321/0.561; round 18: 0.909/0.982 and 0.351/0.586.
const BLIND2_FLOORS: &[(&str, f64, f64)] = &[
    ("blind2-whitehouse", 0.89, 0.96),
    ("blind2-reuters", 0.30, 0.54),
];

/// The third development gold (`eval_gold.sh --dev3`: 40 Reuters stories
/// annotated blind in round 7, then tuned on). First scores, before any rule
/// was written on it: dev3-reuters 0.200/0.450; end of round 7: 0.691/0.764;
/// round 8: 0.737/0.807; round 13: 0.772/0.807; round 15: 0.759/0.793;
/// round 16: 0.780/0.780 (a club's act dated by its own words is now its
/// sitting, and this gold holds no row for OPEC's December 1986 meeting
/// that "the accord reached by OPEC last December" tells).
const DEV3_FLOORS: &[(&str, f64, f64)] = &[("dev3-reuters", 0.76, 0.76)];

/// The fourth development gold (`eval_gold.sh --dev4`: 35 Reuters stories
/// annotated blind in round 11, then open for diagnosis and tuning). First
/// scores, before any rule was written on it: dev4-reuters 0.306/0.571
/// (docs/audits/round11-dev4.md); end of round 11: 0.484/0.688; round 12:
/// 0.588/0.847; round 13: 0.700/0.908; round 14: 0.757/0.914.
const DEV4_FLOORS: &[(&str, f64, f64)] = &[("dev4-reuters", 0.73, 0.89)];

/// The fifth development gold (`eval_gold.sh --dev5`: 25 Reuters stories, 13
/// core rows, annotated blind in round 14, then diagnosed row by row and
/// tuned on: docs/audits/round14-dev5.md). First scores: dev5-reuters
/// 0.250/0.375; end of round 14: 0.762/0.762.
const DEV5_FLOORS: &[(&str, f64, f64)] = &[("dev5-reuters", 0.70, 0.70)];

/// The sixth development gold (`eval_gold.sh --dev6`: 28 Reuters stories, 21
/// core rows, annotated blind in round 15, then diagnosed row by row and
/// tuned on: docs/audits/round15-dev6.md). First scores: dev6-reuters
/// 0.400/0.533; end of round 15: 0.778/0.778; round 16: 0.842/0.842.
const DEV6_FLOORS: &[(&str, f64, f64)] = &[("dev6-reuters", 0.82, 0.82)];

/// The probe of present-day news (`eval_gold.sh --news1`: 25 articles written
/// and annotated here in round 15, every input format; open, tuned on).
/// First scores: news1 0.327/0.643; end of round 15: 0.494/0.727; round
/// 16: 0.612/0.791; round 17: 0.654/0.835; round 18: 0.682/0.847.
const NEWS1_FLOORS: &[(&str, f64, f64)] = &[("news1", 0.66, 0.82)];

/// The second set of present-day news (`eval_gold.sh --news2`: 21 articles
/// in many newsrooms' voices, written and annotated blind in round 16 by a
/// hand that read neither news1 nor blind7; open, tuned on). First scores:
/// news2 0.340/0.597 (the held-out blind7-news stood at 0.344/0.606), end
/// of round 16: 0.441/0.669; round 17: 0.564/0.728; round 18: 0.562/0.740.
const NEWS2_FLOORS: &[(&str, f64, f64)] = &[("news2", 0.54, 0.71)];

/// The third set of present-day news (`eval_gold.sh --news3`: 22 articles
/// written and annotated blind in round 17 by a fourth hand; held from
/// that round's rules, to be tuned on from round 18). Scores: news3
/// 0.288/0.624 before round 17's rules, 0.291/0.628 after them; round 18,
/// tuned on it: 0.458/0.732.
const NEWS3_FLOORS: &[(&str, f64, f64)] = &[("news3", 0.43, 0.70)];

/// The fourth set of present-day news (`eval_gold.sh --news4`: 22 articles
/// written and annotated blind in round 18 by a fifth hand; held from that
/// round's rules, scored by F1 lines and error-class totals only). Scores:
/// news4 0.337/0.617 before round 18's rules, 0.352/0.615 after them.
const NEWS4_FLOORS: &[(&str, f64, f64)] = &[("news4", 0.33, 0.59)];

/// The third held-out gold (40 Reuters stories of round 7, never tuned on,
/// scored by F1 lines only; `scripts/eval_blind2.sh` prints it after blind2).
/// First scores: blind3-reuters 0.203/0.441; end of round 7: 0.258/0.531;
/// round 8: 0.295/0.540; round 9: 0.290/0.531; round 10: 0.300/0.548;
/// round 11: 0.295/0.540.
const BLIND3_FLOORS: &[(&str, f64, f64)] = &[("blind3-reuters", 0.28, 0.56)];

/// The fourth held-out gold (45 Reuters stories of round 8, never tuned on,
/// scored by F1 lines only, after blind3). First scores: blind4-reuters
/// 0.239/0.538; end of round 8: 0.245/0.545; round 9: 0.263/0.540; round
/// 10: 0.277/0.549; round 11: 0.320/0.574; round 14: 0.364/0.600; round
/// 16: 0.404/0.600.
const BLIND4_FLOORS: &[(&str, f64, f64)] = &[("blind4-reuters", 0.38, 0.58)];

/// The fifth held-out gold (45 Reuters stories of round 9, never tuned on,
/// scored by F1 lines only, after blind4). First scores: blind5-reuters
/// 0.235/0.447; end of round 9: 0.282/0.471; round 10: 0.279/0.465;
/// round 11: 0.318/0.500; round 14: 0.352/0.527; round 15: 0.370/0.543;
/// round 16: 0.404/0.574.
const BLIND5_FLOORS: &[(&str, f64, f64)] = &[("blind5-reuters", 0.38, 0.55)];

/// The sixth held-out gold (35 Reuters stories of round 10, NEWID ending in
/// 5, never tuned on, scored by F1 lines only). First scores: blind6-reuters
/// 0.311/0.596; round 11: 0.304/0.583; round 13: 0.311/0.596; round 14:
/// 0.304/0.625.
const BLIND6_FLOORS: &[(&str, f64, f64)] = &[("blind6-reuters", 0.28, 0.60)];

/// The held-out probe of present-day news (20 articles written and annotated
/// in round 15 by another hand than news1's, never tuned on, scored by F1
/// lines only). First scores: blind7-news 0.335/0.597; end of round 15:
/// 0.344/0.606; round 16: 0.386/0.638; round 17: 0.445/0.667; round 18:
/// 0.467/0.669.
const BLIND7_FLOORS: &[(&str, f64, f64)] = &[("blind7-news", 0.44, 0.64)];

/// Reads a corpus's strict and relaxed F1 from score lines, either one line
/// "NAME: strict F1 S (P .. R ..), relaxed F1 R (...)" or two lines "NAME:
/// strict F1 S ..." and "NAME: relaxed F1 R ...".
fn parse(out: &str, name: &str) -> Option<(f64, f64)> {
    let lines: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with(&format!("{name}:")))
        .collect();
    let num = |key: &str| -> Option<f64> {
        lines.iter().find_map(|line| {
            let rest = &line[line.find(key)? + key.len()..];
            rest.split_whitespace().next()?.parse().ok()
        })
    };
    Some((num("strict F1 ")?, num("relaxed F1 ")?))
}

/// Runs `scripts/eval_gold.sh` with this test run's binary (and `extra`
/// arguments) and checks each corpus line against its floors.
fn check(extra: &[&str], floors: &[(&str, f64, f64)]) {
    check_script("scripts/eval_gold.sh", extra, floors);
}

/// Runs a scoring script of `scripts/` with this test run's binary.
fn check_script(script: &str, extra: &[&str], floors: &[(&str, f64, f64)]) {
    let out = Command::new("bash")
        .arg(common::root().join(script))
        .arg(env!("CARGO_BIN_EXE_diplo"))
        .args(extra)
        .current_dir(common::root())
        .output()
        .expect("run scripts/eval_gold.sh (needs bash and python3)");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{script} failed\n{stdout}\n{stderr}");
    for &(name, strict_floor, relaxed_floor) in floors {
        let (strict, relaxed) = parse(&stdout, name)
            .unwrap_or_else(|| panic!("no score line for {name}\n{stdout}\n{stderr}"));
        assert!(
            strict >= strict_floor && relaxed >= relaxed_floor,
            "{name}: strict F1 {strict} (floor {strict_floor}), relaxed F1 {relaxed} \
             (floor {relaxed_floor})\n{stdout}"
        );
    }
}

/// One test a gold set: `eval_gold.sh` with the set's flags scores above
/// its floors (`name: [flags] => FLOORS`).
macro_rules! floor_tests {
    ($($name:ident: [$($flag:literal),*] => $floors:ident;)*) => {
        $(
            #[test]
            fn $name() {
                check(&[$($flag),*], $floors);
            }
        )*
    };
}

floor_tests! {
    gold_samples_score_above_their_floors: [] => FLOORS;
    development_gold_scores_above_its_floors: ["--dev"] => DEV_FLOORS;
    second_development_gold_scores_above_its_floors: ["--dev2"] => DEV2_FLOORS;
    third_development_gold_scores_above_its_floors: ["--dev3"] => DEV3_FLOORS;
    fourth_development_gold_scores_above_its_floors: ["--dev4"] => DEV4_FLOORS;
    fifth_development_gold_scores_above_its_floors: ["--dev5"] => DEV5_FLOORS;
    sixth_development_gold_scores_above_its_floors: ["--dev6"] => DEV6_FLOORS;
    present_day_news_probe_scores_above_its_floors: ["--news1"] => NEWS1_FLOORS;
    second_present_day_news_set_scores_above_its_floors: ["--news2"] => NEWS2_FLOORS;
    third_present_day_news_set_scores_above_its_floors: ["--news3"] => NEWS3_FLOORS;
    fourth_present_day_news_set_scores_above_its_floors: ["--news4"] => NEWS4_FLOORS;
}

#[test]
fn held_out_blind_gold_scores_above_its_floors() {
    let floors: Vec<_> = BLIND2_FLOORS
        .iter()
        .chain(BLIND3_FLOORS)
        .chain(BLIND4_FLOORS)
        .chain(BLIND5_FLOORS)
        .chain(BLIND6_FLOORS)
        .chain(BLIND7_FLOORS)
        .copied()
        .collect();
    check_script("scripts/eval_blind2.sh", &[], &floors);
}

#[test]
fn parse_reads_one_or_two_score_lines() {
    let out = "blind2-x:  strict F1 0.111 (P 0.25 R 0.071)\nblind2-x:  relaxed F1 0.429 (P 0.857 R 0.286)\n";
    assert_eq!(parse(out, "blind2-x"), Some((0.111, 0.429)));
    assert_eq!(parse(out, "blind2"), None);
}

#[test]
fn parse_reads_the_score_line() {
    let out = "seeds:      strict F1 0.581 (P 0.692 R 0.5), relaxed F1 0.765 (P 0.812 R 0.722)\n";
    assert_eq!(parse(out, "seeds"), Some((0.581, 0.765)));
    assert_eq!(parse(out, "reuters"), None);
}

#[test]
fn gold_files_are_well_formed() {
    // Every gold row has the fields the scorer reads, a known type, tier and
    // status, an alpha-3 country or null, and date windows in order.
    let dir = common::root().join("gold");
    for file in [
        "whitehouse-sample.gold.jsonl",
        "reuters-sample.gold.jsonl",
        "whitehouse.gold.jsonl",
        "reuters.gold.jsonl",
        "whitehouse-dev2.gold.jsonl",
        "reuters-dev2.gold.jsonl",
        "whitehouse-blind2.gold.jsonl",
        "reuters-blind2.gold.jsonl",
        "reuters-dev3.gold.jsonl",
        "reuters-blind3.gold.jsonl",
        "reuters-blind4.gold.jsonl",
        "reuters-blind5.gold.jsonl",
        "reuters-blind6.gold.jsonl",
        "reuters-dev4.gold.jsonl",
        "reuters-dev5.gold.jsonl",
        "reuters-dev6.gold.jsonl",
        "news1.gold.jsonl",
        "news-blind7.gold.jsonl",
        "news2.gold.jsonl",
        "news3.gold.jsonl",
        "news4.gold.jsonl",
    ] {
        let text = std::fs::read_to_string(dir.join(file)).expect("read gold file");
        let mut ids = std::collections::HashSet::new();
        let mut core = 0;
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let v: serde_json::Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{file}:{}: {e}", n + 1));
            let at = format!("{file}:{}", n + 1);
            assert!(
                ids.insert(v["id"].as_str().expect("id").to_string()),
                "{at}: duplicate id"
            );
            let ty = v["type"].as_str().unwrap_or("");
            assert!(
                ["visit", "meeting", "call"].contains(&ty),
                "{at}: type {ty}"
            );
            let tier = v["tier"].as_str().unwrap_or("");
            assert!(["core", "optional"].contains(&tier), "{at}: tier {tier}");
            core += usize::from(tier == "core");
            let st = v["status"].as_str().unwrap_or("");
            assert!(
                ["occurred", "planned", "proposed", "cancelled"].contains(&st),
                "{at}: status {st}"
            );
            let people = if ty == "visit" {
                &v["guests"]
            } else {
                &v["participants"]
            };
            // Only an optional look-alike ("GCC ministers, none named") may name nobody.
            assert!(
                tier == "optional" || people.as_array().is_some_and(|a| !a.is_empty()),
                "{at}: no guests/participants"
            );
            if let Some(c) = v["country"].as_str() {
                assert!(
                    c.len() == 3 && c.chars().all(|ch| ch.is_ascii_uppercase()),
                    "{at}: {c}"
                );
            }
            let window = |k: &str| -> Option<(String, String)> {
                let a = v[k].as_array()?;
                Some((
                    a.first()?.as_str()?.to_string(),
                    a.get(1)?.as_str()?.to_string(),
                ))
            };
            match (window("start"), window("end")) {
                (Some((s0, s1)), Some((e0, e1))) => {
                    assert!(
                        s0 <= s1 && e0 <= e1 && s0 <= e1,
                        "{at}: date windows out of order"
                    );
                }
                _ => assert_eq!(v["null_date_ok"], true, "{at}: no dates needs null_date_ok"),
            }
        }
        // each file is a sample of 20 documents or more with 20 core events or
        // more; dev5 is the one smaller set (its pools ran dry: gold/README.md),
        // held to the 13 core rows it has.
        let least = if file == "reuters-dev5.gold.jsonl" {
            13
        } else {
            20
        };
        assert!(core >= least, "{file}: only {core} core events");
    }
}
