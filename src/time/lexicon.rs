//! Word lists shared by the rules: months, weekdays, seasons, units and
//! number words, as regex fragments and as parsers of the matched text.

/// Months, capitalized, full names and the usual abbreviations. "MAY" and
/// "MARCH" in capitals (a headline's modal or verb) count only with a
/// preposition before them or a day or year after (`p_month` checks).
pub(crate) const MONTH: &str = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)";
/// Full month names only (a bare month needs its full name).
pub(crate) const MONTH_FULL: &str = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)";
/// Full month names in lower case, without "may" (a modal): `p_lower_month`
/// reads them only after a preposition.
pub(crate) const MONTH_LOWER: &str =
    r"(?-i:january|february|march|april|june|july|august|september|october|november|december)";
pub(crate) const WEEKDAY: &str = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
/// A day of the month, with an optional ordinal suffix.
pub(crate) const DAY: &str = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?";
/// A year the tagger believes in as a date on its own.
pub(crate) const YEAR: &str = r"(?:1[6-9]\d\d|20\d\d)";
pub(crate) const UNIT: &str =
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centur(?:y|ies))";
pub(crate) const NUM: &str = r"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:one|two|three|four|five|six|seven|eight|nine)|a\s+few|a\s+couple\s+of|a\s+couple|couple\s+of|several|many|few|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds\s+of|thousands\s+of)";

/// 1..=12 for a month name or abbreviation.
pub(crate) fn month_num(s: &str) -> Option<u32> {
    let l = s.trim_end_matches('.').to_ascii_lowercase();
    let p = l.get(..3)?;
    Some(match p {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    })
}

/// 1 (Monday) ..= 7 (Sunday).
pub(crate) fn weekday_num(s: &str) -> Option<u32> {
    let l = s.to_ascii_lowercase();
    let p = l.get(..3)?;
    Some(match p {
        "mon" => 1,
        "tue" => 2,
        "wed" => 3,
        "thu" => 4,
        "fri" => 5,
        "sat" => 6,
        "sun" => 7,
        _ => return None,
    })
}

/// A day-of-month fragment ("5th", "05") as a number.
pub(crate) fn day_num(s: &str) -> Option<u32> {
    s.trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .parse()
        .ok()
}

/// A unit of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

pub(crate) fn unit(s: &str) -> Option<Unit> {
    let l = s.to_ascii_lowercase();
    Some(if l.starts_with("sec") {
        Unit::Second
    } else if l.starts_with("min") {
        Unit::Minute
    } else if l.starts_with("hour") {
        Unit::Hour
    } else if l.starts_with("day") {
        Unit::Day
    } else if l.starts_with("week") {
        Unit::Week
    } else if l.starts_with("month") {
        Unit::Month
    } else if l.starts_with("quarter") {
        Unit::Quarter
    } else if l.starts_with("year") || l.starts_with("fiscal") {
        Unit::Year
    } else if l.starts_with("decade") {
        Unit::Decade
    } else if l.starts_with("centur") {
        Unit::Century
    } else {
        return None;
    })
}

/// A count: a number, or unknown ("several", "a few") as None.
pub(crate) fn number(s: &str) -> Option<f64> {
    let l = s.to_ascii_lowercase();
    let l = l.trim();
    if let Ok(n) = l.parse::<f64>() {
        return Some(n);
    }
    let word = |w: &str| -> Option<f64> {
        Some(match w {
            "a" | "an" | "one" => 1.0,
            "two" => 2.0,
            "three" => 3.0,
            "four" => 4.0,
            "five" => 5.0,
            "six" => 6.0,
            "seven" => 7.0,
            "eight" => 8.0,
            "nine" => 9.0,
            "ten" => 10.0,
            "eleven" => 11.0,
            "twelve" => 12.0,
            "thirteen" => 13.0,
            "fourteen" => 14.0,
            "fifteen" => 15.0,
            "sixteen" => 16.0,
            "seventeen" => 17.0,
            "eighteen" => 18.0,
            "nineteen" => 19.0,
            "twenty" => 20.0,
            "thirty" => 30.0,
            "forty" => 40.0,
            "fifty" => 50.0,
            "sixty" => 60.0,
            "seventy" => 70.0,
            "eighty" => 80.0,
            "ninety" => 90.0,
            "hundred" => 100.0,
            _ => return None,
        })
    };
    if l.starts_with("a couple") || l.starts_with("couple") {
        return Some(2.0);
    }
    let parts: Vec<&str> = l
        .split(|c: char| c == '-' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    match parts.as_slice() {
        [w] => word(w),
        [t, u] => Some(word(t)? + word(u)?),
        _ => None,
    }
}

/// Formats a count for a TIMEX3 duration: `4`, `1.5`, `X`.
pub(crate) fn fmt_num(n: Option<f64>) -> String {
    match n {
        Some(v) if v.fract() == 0.0 && (0.0..1e9).contains(&v) => format!("{}", v as u64),
        Some(v) if v.is_finite() && v >= 0.0 => format!("{v}"),
        _ => "X".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_words() {
        assert_eq!(month_num("Sept."), Some(9));
        assert_eq!(month_num("May"), Some(5));
        assert_eq!(weekday_num("Thursday"), Some(4));
        assert_eq!(number("twenty-four"), Some(24.0));
        assert_eq!(number("a couple of"), Some(2.0));
        assert_eq!(number("several"), None);
        assert_eq!(day_num("6th"), Some(6));
        assert_eq!(unit("centuries"), Some(Unit::Century));
        assert_eq!(fmt_num(Some(4.0)), "4");
        assert_eq!(fmt_num(None), "X");
    }
}
