//! `diplo actors lookup PHRASE --on DATE`: resolves a name or role phrase to
//! actors, one JSON line each: {actor_id, name, office, country}.
//! `diplo actors mentions TEXT --on DATE`: every mention the knowledge base
//! finds in a text, one JSON line each: {start, end, text, entity}.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use chrono::NaiveDate;

const LOOKUP_EXAMPLES: &str = "Examples:
  diplo actors lookup \"the Soviet foreign minister\" --on 1987-04-13
      {\"actor_id\":\"eduard-shevardnadze\",\"name\":\"Eduard Shevardnadze\",\"office\":\"foreign_minister\",\"country\":\"SUN\"}
  diplo actors lookup \"Japan's prime minister\" --on 1987-04-29
  diplo actors lookup \"Mr. Lavrov\"
  diplo actors lookup \"the Kremlin leader\" --on 2001-11-13 --reference my-tables/

Exit codes: 0 at least one actor resolved; 1 nothing resolved; 2 error.";

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Resolve a name or role phrase to actors on a date.
    #[command(after_help = LOOKUP_EXAMPLES)]
    Lookup {
        /// A name or role phrase.
        phrase: String,
        /// The date (YYYY-MM-DD) on which offices are held.
        #[arg(long, value_parser = parse_date)]
        on: Option<NaiveDate>,
        /// A directory of extra reference tables (same layout as
        /// data/reference/: countries.tsv, places.tsv, offices/XXX.tsv...).
        #[arg(long, value_name = "DIR")]
        reference: Option<PathBuf>,
    },
    /// Resolve every mention of a text (names, roles, places) on a date:
    /// one JSON line per mention: {start, end, text, entity}.
    Mentions {
        /// The text (a sentence or a whole article).
        text: String,
        /// The article's date (YYYY-MM-DD): offices and borders of that day.
        #[arg(long, value_parser = parse_date)]
        on: Option<NaiveDate>,
        /// A directory of extra reference tables.
        #[arg(long, value_name = "DIR")]
        reference: Option<PathBuf>,
    },
}

fn load(reference: &Option<PathBuf>) -> anyhow::Result<diplo::kb::Kb> {
    Ok(match reference {
        Some(dir) => diplo::kb::Kb::with_reference(dir)
            .with_context(|| format!("loading the reference tables in {}", dir.display()))?,
        None => diplo::kb::Kb::builtin().context("loading the reference tables")?,
    })
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("expected a date such as \"2016-03-22\", but found \"{s}\""))
}

pub fn run(cmd: Command) -> anyhow::Result<ExitCode> {
    match cmd {
        Command::Lookup {
            phrase,
            on,
            reference,
        } => {
            let kb = load(&reference)?;
            let found = kb.lookup(&phrase, on);
            let mut out = std::io::stdout().lock();
            for r in &found {
                writeln!(out, "{}", serde_json::to_string(r)?)?;
            }
            out.flush()?;
            Ok(if found.is_empty() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Mentions {
            text,
            on,
            reference,
        } => {
            let kb = load(&reference)?;
            let found = kb.resolve(&text, on);
            let mut out = std::io::stdout().lock();
            for m in &found {
                let line = serde_json::json!({
                    "start": m.start,
                    "end": m.end,
                    "text": text.get(m.start..m.end).unwrap_or(""),
                    "entity": format!("{:?}", m.entity),
                });
                writeln!(out, "{line}")?;
            }
            out.flush()?;
            Ok(if found.is_empty() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}
