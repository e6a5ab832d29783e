//! Boilerplate lines of scraped pages: share buttons, ratings, polls,
//! navigation, advertisements, sidebars.
//!
//! Two kinds of line are recognised, each by a list of whole-line patterns
//! (case-insensitive, on the trimmed line):
//! - [`is_widget`]: a line that is dropped where it stands ("Print", "Share
//!   this article", "(0 votes)", "Article continues after advertisement",
//!   "Tags: Russia US").
//! - [`is_tail`]: a heading that starts the page's furniture after the
//!   article ("Latest", "Trending", "Related articles", "Poll conducted",
//!   "Comments"): everything from there on is dropped, once the article's
//!   prose has begun.
//!
//! [`is_end`] marks the separators of multi-article pages ("Continue
//! Reading", "Read more").

use std::sync::LazyLock;

use crate::re::Re;

static WIDGET: LazyLock<Re> = regex!(
    r"(?ix)^(?:
            print(?:\s+this(?:\s+article|\s+page)?)? | print\s+article
          | share(?:\s+(?:this|this\s+article|this\s+story|this\s+post|article|story|on\s+\w+|via\s+\w+))?
          | tweet | e-?mail(?:\s+this(?:\s+article)?)? | facebook | twitter | x | whatsapp | linkedin
          | telegram | reddit | pinterest | vk | flipboard | messenger | copy\s+link | copy\s+url
          | rate\s+this(?:\s+article|\s+post|\s+story)? | \(?no\s+votes\)? | \(?\d+\s+votes?\)?
          | \d+\s+comments? | no\s+comments | view\s+comments | show\s+comments
          | connect\s+with\s+us | follow\s+us(?:\s+on\s+.{1,40})? | subscribe(?:\s+now|\s+today)?
          | sign\s+(?:up|in) | log\s+in | register | newsletter
          | advertisement | advertising | sponsored(?:\s+content)? | ad
          | article\s+continues\s+(?:after|below)\s+(?:this\s+)?(?:advertisement|ad)
          | (?:story|article)\s+continues\s+below | scroll\s+to\s+continue.{0,40}
          | skip\s+to\s+(?:main\s+)?content | menu | search | home | back\s+to\s+top | close
          | loading\.* | featured | listen(?:\s+to\s+(?:this\s+)?article)? | font\s+size.{0,20}
          | .{0,60}supported\s+by\s+readers\.? | click\s+here\s+to\s+.{0,60}
          | (?:tags?|topics|filed\s+under|related|read\s+more|read\s+also|see\s+also)\s*:.*
          | photo\s*:\s*.{0,80} | image\s*:\s*.{0,80}
        )$"
);

static TAIL: LazyLock<Re> = regex!(
    r"(?ix)^(?:
            latest(?:\s+(?:news|stories|articles|posts))? | trending(?:\s+(?:now|news|stories))?
          | related(?:\s+(?:articles|posts|stories|news|content|coverage))?
          | read\s+also | you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)
          | more\s+(?:from|stories|news|in|on)\b.{0,40} | most\s+(?:popular|read|viewed)
          | popular(?:\s+(?:posts|stories|articles))? | recommended(?:\s+for\s+you)?
          | poll | poll\s+conducted | polls | publications
          | comments | leave\s+a\s+(?:comment|reply) | join\s+the\s+(?:conversation|discussion)
          | subscribe\s+to\s+(?:our\s+)?newsletter.{0,40}
        )\s*:?$"
);

static END: LazyLock<Re> = regex!(
    r"(?ix)^(?:continue\s+reading | read\s+more | read\s+the\s+(?:full|rest\s+of\s+the)\s+(?:article|story)
          | read\s+full\s+(?:article|story))\s*(?:»|›|→|\.\.\.|…)?$"
);

/// A widget or navigation line, dropped where it stands.
pub fn is_widget(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && t.len() <= 200 && WIDGET.is_match(t)
}

/// A heading that starts the furniture after an article (sidebars, polls,
/// comments).
pub fn is_tail(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && t.len() <= 80 && TAIL.is_match(t)
}

/// The separator after each article of a multi-article page.
pub fn is_end(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && t.len() <= 60 && END.is_match(t)
}

/// A line of article prose (long enough to be more than a label).
pub fn is_prose(line: &str) -> bool {
    let t = line.trim();
    t.chars().count() >= 80
        || (t.chars().count() >= 30 && t.ends_with(['.', '!', '?', '"', '”', '»', '’']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widgets() {
        for l in [
            "Print",
            "Rate this article",
            "(no votes)",
            " (0 votes)",
            "Share this article",
            "Article continues after advertisement",
            "Connect with us",
            "Tags: Russia  US  Kerry  Lavrov",
            "Nonprofit, nonpartisan journalism. Supported by readers.",
            "12 Comments",
        ] {
            assert!(is_widget(l), "{l:?}");
        }
        for l in [
            "Putin and Kerry met in Sochi.",
            "Russia",
            "Share prices fell sharply on Monday.",
            "Printing money is not a policy.",
        ] {
            assert!(!is_widget(l), "{l:?}");
        }
    }

    #[test]
    fn tails_and_ends() {
        assert!(is_tail("Latest") && is_tail("Trending") && is_tail("Poll conducted"));
        assert!(is_tail("Related articles:") && is_tail("Comments"));
        assert!(!is_tail("Latest talks in Geneva ended without a deal."));
        assert!(is_end("Continue Reading") && is_end("Read more »"));
        assert!(!is_end("Continue reading the report, the minister said."));
    }
}
