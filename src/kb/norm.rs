//! Text folding for matching: lower case, diacritics removed ("Erdoğan" ->
//! "erdogan"), typographic apostrophes and dashes made plain, runs of white
//! space made one space. [`Folded`] keeps, for each byte of the folded text,
//! the byte offset in the original, so matches map back to exact spans.

/// A folded text and its map back to the original's byte offsets.
#[derive(Debug, Clone)]
pub struct Folded {
    pub text: String,
    /// `map[i]`: the original byte offset of folded byte `i`; one extra entry
    /// at the end holds the original's length.
    pub map: Vec<usize>,
}

impl Folded {
    pub fn new(s: &str) -> Folded {
        let mut text = String::with_capacity(s.len());
        let mut map = Vec::with_capacity(s.len() + 1);
        let mut last_space = false;
        for (b, c) in s.char_indices() {
            if c.is_whitespace() {
                if !last_space {
                    text.push(' ');
                    map.push(b);
                }
                last_space = true;
                continue;
            }
            last_space = false;
            let before = text.len();
            fold_char(c, &mut text);
            for _ in before..text.len() {
                map.push(b);
            }
        }
        map.push(s.len());
        Folded { text, map }
    }

    /// The folded offset of an original byte offset (the first folded byte
    /// at or after it).
    pub fn folded_offset(&self, orig: usize) -> usize {
        self.map.partition_point(|&o| o < orig).min(self.text.len())
    }

    /// The original byte span of folded bytes `start..end`.
    pub fn span(&self, start: usize, end: usize, original: &str) -> (usize, usize) {
        let s = self.map[start.min(self.map.len() - 1)];
        // The end is the original end of the last folded byte's char.
        let e = if end == 0 {
            s
        } else {
            let last = self.map[(end - 1).min(self.map.len() - 1)];
            original[last..]
                .chars()
                .next()
                .map_or(original.len(), |c| last + c.len_utf8())
        };
        (s, e.max(s))
    }
}

/// Folds a string (for patterns).
pub fn fold(s: &str) -> String {
    Folded::new(s.trim()).text
}

/// Appends the folded form of one char.
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let r: &str = match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' | 'ǎ' | 'Ǎ' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Č' | 'č' | 'Ĉ' | 'ĉ' | 'Ċ' | 'ċ' => "c",
        'Ð' | 'ð' | 'Ď' | 'ď' | 'Đ' | 'đ' => "d",
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' | 'Ĕ' | 'ĕ' => {
            "e"
        }
        'Ğ' | 'ğ' | 'Ģ' | 'ģ' | 'Ĝ' | 'ĝ' | 'Ġ' | 'ġ' => "g",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ī' | 'ī' | 'İ' | 'ı' | 'Į' | 'į' | 'Ĭ' | 'ĭ' | 'ǐ' => {
            "i"
        }
        'Ķ' | 'ķ' => "k",
        'Ł' | 'ł' | 'Ľ' | 'ľ' | 'Ĺ' | 'ĺ' | 'Ļ' | 'ļ' => "l",
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ň' | 'ň' | 'Ņ' | 'ņ' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ő' | 'ő' | 'Ŏ' | 'ŏ' | 'ǒ' => {
            "o"
        }
        'Œ' | 'œ' => "oe",
        'Ř' | 'ř' | 'Ŕ' | 'ŕ' => "r",
        'Ś' | 'ś' | 'Š' | 'š' | 'Ş' | 'ş' | 'Ș' | 'ș' => "s",
        'ß' => "ss",
        'Ť' | 'ť' | 'Ţ' | 'ţ' | 'Ț' | 'ț' => "t",
        'Þ' | 'þ' => "th",
        'Ù'..='Ü' | 'ù'..='ü' | 'Ū' | 'ū' | 'Ů' | 'ů' | 'Ű' | 'ű' | 'Ų' | 'ų' | 'ǔ' => {
            "u"
        }
        'Ý' | 'ý' | 'ÿ' | 'Ÿ' => "y",
        'Ź' | 'ź' | 'Ž' | 'ž' | 'Ż' | 'ż' => "z",
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{02BB}' | '`' | '\u{00B4}' => "'",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' => "-",
        '\u{00A0}' => " ",
        // Combining diacritical marks vanish.
        '\u{0300}'..='\u{036F}' => "",
        _ => {
            for l in c.to_lowercase() {
                out.push(l);
            }
            return;
        }
    };
    out.push_str(r);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_maps_back() {
        let s = "Mr  Erdoğan’s\nvisit";
        let f = Folded::new(s);
        assert_eq!(f.text, "mr erdogan's visit");
        let i = f.text.find("erdogan").unwrap();
        let (a, b) = f.span(i, i + "erdogan".len(), s);
        assert_eq!(&s[a..b], "Erdoğan");
        let j = f.text.find("visit").unwrap();
        let (a, b) = f.span(j, j + 5, s);
        assert_eq!(&s[a..b], "visit");
        assert_eq!(fold("Amir-Abdollahian"), "amir-abdollahian");
        assert_eq!(fold("Müller"), "muller");
    }
}
