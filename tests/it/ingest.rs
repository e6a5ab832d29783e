//! Integration tests: ingest (every input format, bad input, the seeds).

use std::path::{Path, PathBuf};

use diplo::ingest::{self, Document, FileOutcome, Format, InputFile, PublishedSource};

use crate::common;

fn fixtures() -> PathBuf {
    common::root().join("tests/fixtures/ingest")
}

fn input(path: &Path) -> InputFile {
    let files = ingest::discover(&[path.to_path_buf()]).expect("discover");
    assert_eq!(files.len(), 1, "{path:?}");
    files.into_iter().next().expect("one file")
}

fn read(path: &Path) -> FileOutcome {
    ingest::read(&input(path))
}

fn doc<'a>(out: &'a FileOutcome, id: &str) -> &'a Document {
    out.documents
        .iter()
        .find(|d| d.doc_id == id)
        .unwrap_or_else(|| panic!("no document {id} in {:?}", ids(out)))
}

fn ids(out: &FileOutcome) -> Vec<&str> {
    out.documents.iter().map(|d| d.doc_id.as_str()).collect()
}

fn date(d: &Document) -> String {
    d.published
        .map_or("none".to_string(), |p| p.date.to_string())
}

#[test]
fn discover_recurses_sorts_and_filters() {
    let files = ingest::discover(&[fixtures()]).expect("discover");
    let names: Vec<String> = files
        .iter()
        .map(|f| {
            f.path
                .strip_prefix(fixtures())
                .expect("under fixtures")
                .display()
                .to_string()
        })
        .collect();
    assert_eq!(
        names,
        [
            "html/multi.html",
            "html/page.html",
            "jsonl/articles.jsonl",
            "md/plain.md",
            "md/readout.md",
            "sgm/sample.sgm",
            "txt/byline.txt",
            "txt/kerry.txt",
        ]
    );
    assert_eq!(files[5].format, Format::ReutersSgml);
    assert!(files
        .iter()
        .all(|f| !f.stdin && f.display.ends_with(&*f.path.to_string_lossy())));
    // A sidecar named on the command line (a shell glob) is not an input.
    let globbed = ingest::discover(&[
        fixtures().join("txt/kerry.meta.json"),
        fixtures().join("txt/kerry.txt"),
    ])
    .expect("glob");
    assert_eq!(globbed.len(), 1);
    assert_eq!(globbed[0].format, Format::Text);
    let stdin = ingest::discover(&[PathBuf::from("-")]).expect("stdin");
    assert!(stdin[0].stdin && stdin[0].format == Format::JsonLines && stdin[0].display == "-");
}

#[test]
fn discover_names_a_missing_path() {
    let err = ingest::discover(&[fixtures().join("no/such/file.txt")]).unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains("no/such/file.txt") && msg.contains("does not exist"),
        "{msg}"
    );
}

#[test]
fn txt_with_sidecar() {
    let out = read(&fixtures().join("txt/kerry.txt"));
    assert!(out.problems.is_empty(), "{:?}", out.problems);
    assert_eq!(out.hash.len(), 64);
    let d = doc(&out, "kerry-moscow");
    assert_eq!(d.title.as_deref(), Some("Kerry arrives in Moscow"));
    assert_eq!(date(d), "2021-04-29", "the date in the source's own offset");
    assert_eq!(
        d.published
            .and_then(|p| p.timestamp)
            .map(|t| t.to_rfc3339()),
        Some("2021-04-30T00:00:00+00:00".to_string())
    );
    assert_eq!(d.published_source, PublishedSource::Metadata);
    assert_eq!(d.url.as_deref(), Some("https://example.org/kerry"));
    assert_eq!(d.outlet.as_deref(), Some("Example News"));
    assert_eq!(d.author.as_deref(), Some("Jane Roe"));
    assert!(d.source.ends_with("txt/kerry.txt"));
    assert!(
        d.text
            .starts_with("Kerry Arrives in Moscow for Talks\n\nU.S. Secretary"),
        "{}",
        d.text
    );
    assert!(!d.text.contains("Share this") && !d.text.contains("advertisement"));
    assert!(d.text.ends_with("officials said."));
}

#[test]
fn txt_header_date_and_title() {
    let out = read(&fixtures().join("txt/byline.txt"));
    let d = doc(&out, "byline");
    assert_eq!(d.title.as_deref(), Some("Blinken Meets Wang Yi in Rome"));
    assert_eq!(date(d), "2021-10-31");
    assert_eq!(d.published_source, PublishedSource::Header);
    assert_eq!(d.segment, None);
}

#[test]
fn markdown_front_matter() {
    let out = read(&fixtures().join("md/readout.md"));
    assert!(out.problems.is_empty() && out.warnings.is_empty());
    let d = doc(&out, "readout");
    assert_eq!(
        d.title.as_deref(),
        Some(
            "Readout of President\u{a0}Biden’s Call with Chancellor Angela Merkel of\u{a0}Germany"
        )
    );
    assert_eq!(date(d), "2021-01-25", "published_time in its own offset");
    assert_eq!(
        d.url.as_deref(),
        Some("https://example.org/briefing-room/readout")
    );
    assert!(d
        .text
        .contains("coordination on\nclimate change and the pandemic."));
    assert!(!d.text.contains("###") && !d.text.contains("https://"));

    let out = read(&fixtures().join("md/plain.md"));
    let d = doc(&out, "plain");
    assert_eq!(d.title.as_deref(), Some("Macron Visits Beijing"));
    assert_eq!(
        (date(d).as_str(), d.published_source),
        ("2023-04-05", PublishedSource::Header)
    );
}

#[test]
fn html_page() {
    let out = read(&fixtures().join("html/page.html"));
    assert!(out.problems.is_empty(), "{:?}", out.problems);
    let d = doc(&out, "page");
    assert_eq!(
        d.title.as_deref(),
        Some("Lavrov visits Ankara & meets Erdogan")
    );
    assert_eq!(date(d), "2022-06-08");
    assert_eq!(d.published_source, PublishedSource::Metadata);
    assert_eq!(d.url.as_deref(), Some("https://example.org/lavrov-ankara"));
    assert!(d
        .text
        .contains("arrived in Ankara on June 8\u{a0}for talks with his Turkish"));
    assert!(d.text.contains("“grain corridors”"));
    for junk in [
        "not text",
        "color",
        "Home",
        "Share this",
        "Latest",
        "teaser",
        "Copyright",
    ] {
        assert!(!d.text.contains(junk), "{junk:?} in {:?}", d.text);
    }
}

#[test]
fn html_page_with_several_articles_is_split() {
    let out = read(&fixtures().join("html/multi.html"));
    assert_eq!(ids(&out), ["multi#1", "multi#2"]);
    let (a, b) = (&out.documents[0], &out.documents[1]);
    assert_eq!((a.segment, b.segment), (Some(1), Some(2)));
    assert_eq!(a.title.as_deref(), Some("Trump and Kim Meet in Hanoi"));
    assert_eq!(b.title.as_deref(), Some("Modi Visits Seoul"));
    assert_eq!(date(a), "2019-02-27");
    assert!(
        a.published.and_then(|p| p.timestamp).is_some(),
        "own <time datetime>"
    );
    assert_eq!(date(b), "2019-02-27", "the page's meta");
    assert!(!b.text.contains("Print") && !a.text.contains("Modi"));
}

#[test]
fn jsonl_reads_good_lines_and_reports_bad_ones() {
    let out = read(&fixtures().join("jsonl/articles.jsonl"));
    assert_eq!(ids(&out), ["j1", "6"]);
    let j1 = doc(&out, "j1");
    assert_eq!((j1.line, date(j1).as_str()), (Some(1), "2023-03-22"));
    assert_eq!(j1.title.as_deref(), Some("Putin hosts Xi"));
    let six = doc(&out, "6");
    assert_eq!(
        (six.published, six.published_source),
        (None, PublishedSource::Unknown)
    );
    assert_eq!(six.outlet.as_deref(), Some("Wire"));
    let lines: Vec<Option<usize>> = out.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [Some(3), Some(4), Some(5), Some(6), Some(7)]);
    let reasons: Vec<&str> = out.problems.iter().map(|p| p.reason.as_str()).collect();
    assert!(reasons[0].starts_with("expected a JSON object, but found invalid JSON"));
    assert!(reasons[1].contains("\"id\""));
    assert!(reasons[2].contains("\"text\"") && out.problems[2].article.as_deref() == Some("j4"));
    assert!(reasons[3].starts_with("empty article"));
    assert!(reasons[4].contains("another JSON value"));
    assert!(out
        .problems
        .iter()
        .all(|p| p.path.ends_with("articles.jsonl")));
    let shown = out.problems[0].to_string();
    assert!(shown.ends_with("articles.jsonl:3)"), "{shown}");
    // A published value that is not a date is a warning; the article stays.
    assert_eq!(out.warnings.len(), 1);
    assert!(out.warnings[0].reason.contains("\"yesterday-ish\""));
    assert_eq!(out.warnings[0].line, Some(8));
}

#[test]
fn reuters_sgml() {
    let out = read(&fixtures().join("sgm/sample.sgm"));
    assert_eq!(ids(&out), ["reuters-101", "reuters-102"]);
    let a = doc(&out, "reuters-101");
    assert_eq!(a.line, Some(2));
    assert_eq!(
        a.title.as_deref(),
        Some("SHULTZ TO VISIT TOKYO FOR TRADE TALKS")
    );
    assert!(a.text.starts_with(
        "SHULTZ TO VISIT TOKYO FOR TRADE TALKS\n\nWASHINGTON, Feb 26 - Secretary of State George Shultz will\nvisit Tokyo"
    ));
    assert!(a
        .text
        .contains("U.S. <Exxon Corp> and AT&T were not on the agenda."));
    assert!(
        a.text.ends_with("agenda."),
        "signature dropped: {:?}",
        a.text
    );
    assert!(!a.text.chars().any(|c| c.is_control() && c != '\n'));
    let p = a.published.expect("date");
    assert_eq!(p.date.to_string(), "1987-02-26");
    assert_eq!(
        p.timestamp.map(|t| t.to_rfc3339()),
        Some("1987-02-26T15:01:01.790+00:00".to_string())
    );
    assert_eq!(a.published_source, PublishedSource::Metadata);
    let b = doc(&out, "reuters-102");
    assert_eq!(
        b.text, "GORBACHEV TO MEET THATCHER IN MOSCOW",
        "a brief: title only"
    );
    assert_eq!(date(b), "1987-03-02");
    assert_eq!(out.problems.len(), 1);
    assert_eq!(out.problems[0].article.as_deref(), Some("reuters-103"));
    assert!(out.problems[0].reason.starts_with("empty article"));
}

/// Writes `bytes` to `dir/name` and reads it.
fn read_bytes(dir: &Path, name: &str, bytes: &[u8]) -> FileOutcome {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    read(&path)
}

#[test]
fn bad_input_is_a_problem_not_a_panic() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let cases: [(&str, &[u8], &str); 5] = [
        ("binary.txt", b"GIF89a\0\0\x01", "binary"),
        ("latin1.txt", b"Caf\xe9 talks in Paris.", "utf-8"),
        ("empty.txt", b"", "empty article"),
        ("blank.md", b"   \n\t\n", "empty article"),
        (
            "widgets.txt",
            b"Print\nShare this article\n(0 votes)\n",
            "empty article",
        ),
    ];
    for (name, bytes, reason) in cases {
        let out = read_bytes(d, name, bytes);
        assert!(out.documents.is_empty(), "{name}");
        assert_eq!(out.problems.len(), 1, "{name}");
        let p = &out.problems[0];
        assert!(
            p.reason.to_lowercase().contains(reason),
            "{name}: {}",
            p.reason
        );
        assert!(p.path.ends_with(name));
        assert_eq!(p.reason, p.reason.trim());
    }
    // Unreadable: a directory where a file is expected.
    let sub = d.join("folder.txt");
    std::fs::create_dir(&sub).expect("mkdir");
    let out = ingest::read(&InputFile {
        path: sub.clone(),
        display: sub.display().to_string(),
        format: Format::Text,
        stdin: false,
    });
    assert!(out.documents.is_empty() && out.hash.is_empty());
    assert!(
        out.problems[0].reason.starts_with("cannot read file"),
        "{:?}",
        out.problems
    );
    // A bad story in an SGML file: the others still read.
    let sgm = b"<REUTERS NEWID=\"1\"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT><TITLE>ONE</TITLE></TEXT></REUTERS>\n\
                <REUTERS NEWID=\"2\"><TEXT><TITLE>TW\xfcO</TITLE></TEXT></REUTERS>\n\
                <REUTERS NEWID=\"3\"><TEXT><TITLE>THREE</TITLE></TEXT></REUTERS>\n";
    let out = read_bytes(d, "mixed.sgm", sgm);
    assert_eq!(ids(&out), ["reuters-1", "reuters-3"]);
    assert_eq!(out.problems[0].line, Some(2));
    assert_eq!(out.problems[0].article.as_deref(), Some("reuters-2"));
    // JSON lines with a non-UTF-8 line.
    let out = read_bytes(
        d,
        "x.jsonl",
        b"{\"id\":\"a\",\"text\":\"Ok.\"}\n{\"id\":\"b\",\"text\":\"\xff\"}\n",
    );
    assert_eq!((ids(&out), out.problems[0].line), (vec!["a"], Some(2)));
}

#[test]
fn seed_000_date_from_header() {
    let out = read(&common::root().join("seeds/000_ed4c5dd9ce7b0226.txt"));
    let d = doc(&out, "000_ed4c5dd9ce7b0226");
    assert_eq!(date(d), "2016-03-22");
    assert_eq!(d.published_source, PublishedSource::Header);
    assert_eq!(
        d.title.as_deref(),
        Some("US State Secretary John Kerry to Visit Moscow")
    );
    assert!(!d.text.contains("Tags:"));
}

#[test]
fn seed_002_and_003_boilerplate() {
    let out = read(&common::root().join("seeds/002_db2147d2a0a50ea2.txt"));
    let d = &out.documents[0];
    assert!(d
        .text
        .starts_with("On May 12, 2015, US Secretary of State John Kerry arrived in Sochi"));
    for junk in [
        "Print",
        "Rate this article",
        "votes",
        "Share this article",
        "Poll",
        "For students",
    ] {
        assert!(!d.text.contains(junk), "{junk:?}");
    }
    assert!(d.text.ends_with("Maria Gurova, Editor, RIAC"));
    let out = read(&common::root().join("seeds/003_326779bab0480356.txt"));
    let d = &out.documents[0];
    assert_eq!(
        d.title.as_deref(),
        Some("At Kerry-Putin meeting, US-Russia relations thaw — a little")
    );
    assert!(!d.text.contains("advertisement") && !d.text.contains("Supported by readers"));
}

#[test]
fn seed_004_is_four_articles_without_the_sidebar() {
    let out = read(&common::root().join("seeds/004_f28cf99939672350.txt"));
    assert!(out.problems.is_empty());
    let titles: Vec<&str> = out
        .documents
        .iter()
        .map(|d| d.title.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(
        titles,
        [
            "A Roadmap for Russia–U.S. Relations",
            "Russia, Turkey and the new geopolitical reality",
            "The 30th Anniversary of the Renewal of Diplomatic Relations Between Russia and Israel",
            "The Emerging “Eastern Axis” and the Future of JCPOA",
        ]
    );
    for (i, d) in out.documents.iter().enumerate() {
        assert_eq!(d.doc_id, format!("004_f28cf99939672350#{}", i + 1));
        assert_eq!(d.segment, Some(i as u32 + 1));
        assert!(d.text.starts_with(titles[i]));
        for junk in [
            "Continue Reading",
            "Connect with us",
            "Latest",
            "Trending",
            "hours ago",
            "\nPublished\n",
        ] {
            assert!(!d.text.contains(junk), "{junk:?} in segment {}", i + 1);
        }
    }
    assert!(out.documents[0]
        .text
        .contains("The meeting took place in Ljubljana on June 16, 2001."));
    assert!(out.documents[3].text.ends_with("simplistic binaries."));
}

#[test]
fn seeds_sentences_have_valid_trimmed_offsets() {
    let files = ingest::discover(&[common::root().join("seeds")]).expect("seeds");
    assert_eq!(files.len(), 5);
    let mut kerry_sochi = false;
    for f in &files {
        for d in ingest::read(f).documents {
            let sents = diplo::text::sentences(&d.text);
            assert!(!sents.is_empty());
            let mut prev = 0;
            for s in &sents {
                assert!(s.start >= prev && s.start < s.end && s.end <= d.text.len());
                let t = s.text(&d.text);
                assert_eq!(t, t.trim());
                prev = s.end;
                kerry_sochi |= t == "On May 12, 2015, US Secretary of State John Kerry arrived in Sochi, where he met with Russian President Vladimir Putin and Foreign Minister of Russia Sergey Lavrov.";
            }
        }
    }
    assert!(
        kerry_sochi,
        "the Sochi sentence of seed 002 is one sentence"
    );
}

#[test]
fn shared_corpora_read_without_losses() {
    let wh = common::shared().join("data/whitehouse/2021-01");
    if !wh.exists() {
        return;
    }
    for f in ingest::discover(&[wh]).expect("whitehouse") {
        let out = ingest::read(&f);
        assert!(out.problems.is_empty(), "{:?}", out.problems);
        let d = &out.documents[0];
        assert_eq!(
            d.published_source,
            PublishedSource::Metadata,
            "{}",
            d.doc_id
        );
        assert!(d
            .title
            .as_deref()
            .is_some_and(|t| t.starts_with("Readout") || !t.is_empty()));
        assert!(!d.text.contains("\\###"));
    }
    // The corpus directory's README.txt is documentation, not an article.
    let reuters = ingest::discover(&[common::shared().join("data/reuters21578")]).expect("dir");
    assert!(reuters.len() >= 22);
    assert!(reuters.iter().all(|f| f.format == Format::ReutersSgml));
    let sgm = common::shared().join("data/reuters21578/reut2-000.sgm");
    let stories = std::fs::read_to_string(&sgm)
        .expect("read")
        .matches("<REUTERS ")
        .count();
    let out = ingest::read(&input(&sgm));
    assert!(stories > 900);
    assert_eq!(out.documents.len() + out.problems.len(), stories);
    assert!(out
        .documents
        .iter()
        .all(|d| d.doc_id.starts_with("reuters-") && d.published.is_some()));
}
