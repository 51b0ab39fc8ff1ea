//! How complete the draft is, and the most useful answers to add next.

use super::{Draft, Field};
use crate::i18n::TextId;

/// Something worth adding next, with the tip that explains why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suggestion {
    /// The field to fill, or `None` for previous passwords and products.
    pub field: Option<Field>,
    /// The tip.
    pub tip: Tip,
}

/// A tip on what to add to the draft and why it helps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tip {
    /// Previous passwords, the strongest evidence.
    Passwords,
    /// Which Microsoft products were used.
    Products,
    /// An answer to a field that counts ([`Field::weight`] above 0).
    Field(Field),
}

impl Tip {
    /// Every tip the meter can give.
    #[must_use]
    pub fn all() -> Vec<Self> {
        [Self::Passwords, Self::Products]
            .into_iter()
            .chain(
                Field::ALL
                    .into_iter()
                    .filter(|f| f.weight() > 0)
                    .map(Self::Field),
            )
            .collect()
    }

    /// The id of the tip's sentence.
    #[must_use]
    pub fn text_id(self) -> TextId {
        match self {
            Self::Passwords => TextId::fixed("completeness-passwords"),
            Self::Products => TextId::fixed("completeness-products"),
            Self::Field(field) => TextId::derived("completeness", field.id(), None),
        }
    }
}

/// How complete the draft is, and what to add next.
#[derive(Debug, Clone, PartialEq)]
pub struct Completeness {
    /// From 0.0 to 1.0.
    pub ratio: f32,
    /// The most useful missing answers, most useful first (at most three).
    pub next: Vec<Suggestion>,
}

/// The weight of previous passwords in the completeness meter: Microsoft counts them heavily.
const PASSWORDS_WEIGHT: u32 = 4;

/// Completeness of the draft with `passwords` previous passwords typed in this session.
#[must_use]
pub fn completeness(draft: &Draft, passwords: usize) -> Completeness {
    let mut total = PASSWORDS_WEIGHT;
    let mut filled = if passwords > 0 { PASSWORDS_WEIGHT } else { 0 };
    let mut missing: Vec<(u32, Suggestion)> = Vec::new();
    if passwords == 0 {
        missing.push((
            PASSWORDS_WEIGHT,
            Suggestion {
                field: None,
                tip: Tip::Passwords,
            },
        ));
    }
    for field in Field::ALL {
        let weight = field.weight();
        if weight == 0 || !draft.asks(field) {
            continue;
        }
        total += weight;
        if draft.get(field).trim().is_empty() {
            missing.push((
                weight,
                Suggestion {
                    field: Some(field),
                    tip: Tip::Field(field),
                },
            ));
        } else {
            filled += weight;
        }
    }
    if draft.products.is_empty() {
        missing.push((
            2,
            Suggestion {
                field: None,
                tip: Tip::Products,
            },
        ));
        total += 2;
    } else {
        filled += 2;
        total += 2;
    }
    // Heaviest first; the sort is stable, so the form's order breaks ties.
    missing.sort_by_key(|(weight, _)| std::cmp::Reverse(*weight));
    Completeness {
        ratio: precision_ratio(filled, total),
        next: missing.into_iter().take(3).map(|(_, s)| s).collect(),
    }
}

fn precision_ratio(filled: u32, total: u32) -> f32 {
    if total == 0 {
        return 1.0;
    }
    // Both are small sums of small weights, far below f32's exact integer range.
    #[expect(clippy::cast_precision_loss, reason = "small integers convert exactly")]
    let ratio = filled as f32 / total as f32;
    ratio
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::Product;

    #[test]
    fn completeness_grows_and_names_the_most_useful_next_answers() {
        let mut d = Draft::default();
        let empty = completeness(&d, 0);
        assert!(empty.ratio.abs() < f32::EPSILON);
        assert_eq!(empty.next[0].field, Some(Field::Account), "required first");
        assert_eq!(empty.next[1].field, Some(Field::ContactEmail));
        assert_eq!(empty.next[2].tip, Tip::Passwords);
        d.account = "taro@example.com".into();
        d.contact_email = "hanako@example.com".into();
        d.first_name = "太郎".into();
        d.last_name = "山田".into();
        let some = completeness(&d, 1);
        assert!(some.ratio > empty.ratio);
        assert!(!some.next.iter().any(|s| s.tip == Tip::Passwords));
        // Ticking Outlook.com makes its subject lines the most useful thing to add.
        d.products.insert(Product::Outlook);
        assert_eq!(
            completeness(&d, 1).next[0].field,
            Some(Field::OutlookSubjects)
        );
        for field in Field::ALL {
            if d.get(field).is_empty() {
                *d.get_mut(field) = "x".into();
            }
        }
        let full = completeness(&d, 2);
        assert!((full.ratio - 1.0).abs() < f32::EPSILON);
        assert!(full.next.is_empty());
    }
}
