//! `diplo export FORMAT DIR --out FILE`: the dataset in the formats of
//! visualization tools (see `diplo::export`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use chrono::NaiveDate;
use diplo::dataset::read_dir;
use diplo::export::{export, Axis, Filter, Format, Group, Options};

const EXAMPLES: &str = "\
Formats:
  timelinejs  TimelineJS 3 JSON (dates at their precision, quotes; --group type|country|actor)
  geojson     GeoJSON FeatureCollection of events with coordinates (others are counted)
  network     who met whom: edge list CSV (--out x.csv) or GEXF 1.3 (--out x.gexf)
  vega-lite   Vega-Lite v5 timeline spec, data inline, dates in UTC (--y actor|country)
  html        one self-contained page: timeline, filters, sources and quotes

Examples:
  diplo export html data/seeds --out seeds.html
  diplo export geojson data/seeds --out events.geojson --type visit --from 2015-01-01
  diplo export network data/seeds --out who-met-whom.gexf --country RUS
  diplo export network data/seeds --out - --network-format csv | head
  diplo export timelinejs data/seeds --out timeline.json --actor kerry --group country

Filters (repeatable; an event passes when it matches one value of each given filter):
  --actor    an actor_id, or a substring of a participant's name (case-insensitive)
  --country  ISO alpha-3 code of where the event was, or of a participant
  --type     visit | meeting | call
  --from/--to  dates (YYYY-MM-DD); an event overlapping the window is in

The html page reads filters from its url fragment too: seeds.html#type=visit&country=RUS.
Exit codes: 0 ok; 2 error (unreadable dataset, bad arguments, cannot write).";

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    Timelinejs,
    Geojson,
    Network,
    VegaLite,
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum NetworkFormat {
    Csv,
    Gexf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GroupArg {
    Type,
    Country,
    Actor,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AxisArg {
    Actor,
    Country,
}

/// Export a dataset for visualization tools.
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// The output format.
    #[arg(value_enum)]
    pub format: FormatArg,
    /// The dataset directory.
    pub dir: PathBuf,
    /// The output file (`-` for stdout).
    #[arg(long, short)]
    pub out: PathBuf,
    /// Keep events with this participant (actor_id or name substring).
    #[arg(long)]
    pub actor: Vec<String>,
    /// Keep events in or with a participant of this country (ISO alpha-3).
    #[arg(long)]
    pub country: Vec<String>,
    /// Keep events of this type.
    #[arg(long = "type", value_name = "TYPE")]
    pub event_type: Vec<String>,
    /// Keep events that end on or after this date (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Keep events that start on or before this date (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// network: csv or gexf (default: from the --out extension, else csv).
    #[arg(long, value_enum)]
    pub network_format: Option<NetworkFormat>,
    /// timelinejs: group slides by event type, country or main actor (first guest).
    #[arg(long, value_enum, default_value = "type")]
    pub group: GroupArg,
    /// vega-lite: the y axis, one row per actor or per country.
    #[arg(long = "y", value_enum, default_value = "actor")]
    pub axis: AxisArg,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("expected a date such as \"2016-03-22\", but found {s:?}"))
}

fn network_format(args: &Args) -> anyhow::Result<Format> {
    let by_ext = args
        .out
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    Ok(match (args.network_format, by_ext.as_deref()) {
        (Some(NetworkFormat::Csv), _) => Format::NetworkCsv,
        (Some(NetworkFormat::Gexf), _) => Format::NetworkGexf,
        (None, Some("gexf")) => Format::NetworkGexf,
        (None, Some("csv")) | (None, None) => Format::NetworkCsv,
        (None, Some(other)) => bail!(
            "expected --out to end in .csv or .gexf for the network export (or --network-format), but found .{other}"
        ),
    })
}

fn write_out(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    if path.as_os_str() == "-" {
        let mut out = std::io::stdout().lock();
        out.write_all(bytes)?;
        out.flush()?;
        return Ok(());
    }
    // Write beside the target, then rename: a reader never sees half a file.
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .with_context(|| format!("expected a file name in --out, found {}", path.display()))?;
    let tmp = dir.join(format!(".{}.tmp", name.to_string_lossy()));
    std::fs::write(&tmp, bytes).with_context(|| format!("writing {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| {
        let _ = std::fs::remove_file(&tmp);
        format!("writing {}", path.display())
    })
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let (Some(from), Some(to)) = (args.from, args.to) {
        if from > to {
            bail!("expected --from ({from}) on or before --to ({to})");
        }
    }
    let format = match args.format {
        FormatArg::Timelinejs => Format::TimelineJs,
        FormatArg::Geojson => Format::GeoJson,
        FormatArg::Network => network_format(&args)?,
        FormatArg::VegaLite => Format::VegaLite,
        FormatArg::Html => Format::Html,
    };
    let filter = Filter {
        actors: args.actor.clone(),
        countries: args.country.clone(),
        types: args.event_type.clone(),
        from: args.from,
        to: args.to,
    };
    let options = Options {
        group: match args.group {
            GroupArg::Type => Group::Type,
            GroupArg::Country => Group::Country,
            GroupArg::Actor => Group::Actor,
        },
        axis: match args.axis {
            AxisArg::Actor => Axis::Actor,
            AxisArg::Country => Axis::Country,
        },
    };
    let ds = read_dir(&args.dir).with_context(|| format!("reading {}", args.dir.display()))?;
    let out = export(&ds, format, &filter, &options).context("exporting")?;
    write_out(&args.out, &out.bytes)?;
    eprintln!(
        "diplo: {} of {} events exported -> {}",
        out.events,
        ds.events.len(),
        if args.out.as_os_str() == "-" {
            "stdout".to_string()
        } else {
            args.out.display().to_string()
        }
    );
    for note in &out.notes {
        eprintln!("diplo: {note}");
    }
    Ok(ExitCode::SUCCESS)
}
