//! "Duplicate as variant": the open scenario under a new title, so trying another
//! discount never overwrites the base case. The titles are data (they go into the file
//! and the notices), numbered as people number drafts: "… (variant 2)", 「…（案2）」.

use super::Scenario;

const EN_OPEN: &str = " (variant ";
const EN_CLOSE: &str = ")";
const JA_OPEN: &str = "（案";
const JA_CLOSE: &str = "）";

/// `title` with the next variant number: "Deal" → "Deal (variant 2)", "Deal (variant 2)"
/// → "Deal (variant 3)". The base case counts as the first.
fn next_title(title: &str, open: &str, close: &str) -> String {
    if let Some(rest) = title.strip_suffix(close)
        && let Some(at) = rest.rfind(open)
        && let Ok(n) = rest[at + open.len()..].parse::<u32>()
    {
        return format!("{}{open}{}{close}", &rest[..at], n.saturating_add(1));
    }
    format!("{title}{open}2{close}")
}

impl Scenario {
    /// A copy titled as the next variant, in English and (when it has one) in
    /// Japanese; every input unchanged.
    pub fn variant(&self) -> Scenario {
        let mut copy = self.clone();
        copy.title = next_title(&self.title, EN_OPEN, EN_CLOSE);
        if !self.title_ja.is_empty() {
            copy.title_ja = next_title(&self.title_ja, JA_OPEN, JA_CLOSE);
        }
        copy
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_are_numbered_from_two() {
        assert_eq!(next_title("Deal", EN_OPEN, EN_CLOSE), "Deal (variant 2)");
        assert_eq!(
            next_title("Deal (variant 2)", EN_OPEN, EN_CLOSE),
            "Deal (variant 3)"
        );
        assert_eq!(
            next_title("Deal (variant x)", EN_OPEN, EN_CLOSE),
            "Deal (variant x) (variant 2)"
        );
        assert_eq!(next_title("公募増資", JA_OPEN, JA_CLOSE), "公募増資（案2）");
        assert_eq!(
            next_title("公募増資（案9）", JA_OPEN, JA_CLOSE),
            "公募増資（案10）"
        );
    }

    #[test]
    fn a_variant_keeps_every_input_and_an_empty_japanese_title() {
        let base = crate::scenario::sample().expect("the sample loads");
        let v = base.variant();
        assert_ne!(v.title, base.title);
        assert!(v.title.ends_with(" (variant 2)"));
        assert!(v.title_ja.ends_with("（案2）"));
        assert_eq!(v.offering, base.offering);
        assert_eq!(v.option, base.option);
        let mut untitled = base.clone();
        untitled.title_ja.clear();
        assert!(untitled.variant().title_ja.is_empty());
    }
}
