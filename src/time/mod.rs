//! Temporal expressions: finds them in running text and normalizes them
//! against the document's date (DCT), as TIMEX3 values and as calendar
//! intervals with a precision.
//!
//! (Essay and example table to be written by the time stage.)

use chrono::NaiveDate;

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// How precisely an interval is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Day,
    Month,
    Season,
    Year,
    Decade,
    Unknown,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::Year => "year",
            Precision::Decade => "decade",
            Precision::Unknown => "unknown",
        }
    }
}

/// A calendar interval [start, end] (both inclusive) at a precision:
/// "March 23-25" (2016) is 2016-03-23..2016-03-25 at day precision,
/// "May 2015" is 2015-05-01..2015-05-31 at month precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Interval {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub precision: Precision,
}

impl Interval {
    /// The interval in EDTF: `2016-03-23`, `2016-03-23/2016-03-24`, `2015-05`, `2015`, `2015-21` (spring), `201X`.
    pub fn edtf(&self) -> String {
        self.start.format("%Y-%m-%d").to_string()
    }
}

/// One temporal expression found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Timex {
    /// Byte offsets into the text, end exclusive, on char boundaries.
    pub begin: usize,
    pub end: usize,
    pub text: String,
    pub kind: TimexType,
    /// The TIMEX3 value (`2016-03-23`, `2016-W11`, `P4H`, `PAST_REF`, `XXXX-03-23` when unresolved).
    pub value: String,
    /// The calendar interval a DATE covers, when it resolves to one
    /// (ranges such as "March 23-25" give the whole range).
    pub interval: Option<Interval>,
}

/// A document date inferred from the content of an undated document.
#[derive(Debug, Clone, PartialEq)]
pub struct InferredDct {
    /// The earliest and latest plausible publication dates.
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
    /// How it was inferred, for the dataset's documents table.
    pub how: String,
}

/// The temporal tagger. Build once, use from many threads.
#[derive(Debug, Default)]
pub struct Tagger {}

impl Tagger {
    pub fn new() -> Tagger {
        Tagger {}
    }

    /// Finds and normalizes the temporal expressions of a whole document, in
    /// order, against its DCT (None: relative expressions stay unresolved).
    pub fn tag(&self, text: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
        let _ = (text, dct);
        vec![]
    }

    /// Infers a document date from content, for documents without one.
    pub fn infer_dct(&self, text: &str) -> Option<InferredDct> {
        let _ = text;
        None
    }
}
