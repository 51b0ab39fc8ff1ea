//! The recovery-form draft: the answers the person gathers for Microsoft's account recovery
//! form, the checks on them, how complete they are, and the draft as text.
//!
//! The app never sends anything: the person types the draft into the official page. Previous
//! passwords are not part of [`Draft`] at all; they live only in the screen's memory
//! ([`Password`]) and reach the text only when the person reveals one on purpose.

pub mod render;

use std::collections::BTreeSet;
use std::fmt;

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// The Microsoft products the form asks about, each with its own questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Product {
    /// Outlook.com (and Hotmail) mail.
    Outlook,
    /// Skype.
    Skype,
    /// Xbox.
    Xbox,
}

impl Product {
    /// Every product, in the order the form lists them.
    pub const ALL: [Self; 3] = [Self::Outlook, Self::Skype, Self::Xbox];

    /// Stable id, also the stem of its Fluent ids.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::Outlook => "outlook",
            Self::Skype => "skype",
            Self::Xbox => "xbox",
        }
    }
}

/// One answer of the draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The account to recover: an email address, a phone number or a Skype name.
    Account,
    /// Where Microsoft should reply; must differ from the account.
    ContactEmail,
    /// First name.
    FirstName,
    /// Last name.
    LastName,
    /// Date of birth.
    BirthDate,
    /// Country or region where the account was created.
    Country,
    /// State or province where the account was created.
    Region,
    /// Postal code where the account was created.
    PostalCode,
    /// Outlook.com: addresses of people recently written to.
    OutlookContacts,
    /// Outlook.com: exact subject lines of recently sent mail.
    OutlookSubjects,
    /// Skype name.
    SkypeName,
    /// The email the Skype account was created with.
    SkypeEmail,
    /// The Xbox console type.
    XboxConsole,
    /// The Xbox gamertag.
    XboxGamertag,
    /// When the problem started.
    ProblemStarted,
    /// Devices and places usually used to sign in.
    DevicesAndPlaces,
    /// Anything else a reviewer should know.
    OtherDetails,
}

/// Where a field belongs in the official form's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// The account and the contact address.
    Account,
    /// Name, birth date and where the account was created.
    Personal,
    /// Questions for one product, asked only when it was ticked.
    Product(Product),
    /// What helps a reviewer.
    Reviewer,
}

impl Field {
    /// Every field, in the official form's order.
    pub const ALL: [Self; 17] = [
        Self::Account,
        Self::ContactEmail,
        Self::FirstName,
        Self::LastName,
        Self::BirthDate,
        Self::Country,
        Self::Region,
        Self::PostalCode,
        Self::OutlookContacts,
        Self::OutlookSubjects,
        Self::SkypeName,
        Self::SkypeEmail,
        Self::XboxConsole,
        Self::XboxGamertag,
        Self::ProblemStarted,
        Self::DevicesAndPlaces,
        Self::OtherDetails,
    ];

    /// Stable id, also the stem of its Fluent ids (`draft-field-<id>`).
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::Account => "account",
            Self::ContactEmail => "contact-email",
            Self::FirstName => "first-name",
            Self::LastName => "last-name",
            Self::BirthDate => "birth-date",
            Self::Country => "country",
            Self::Region => "region",
            Self::PostalCode => "postal-code",
            Self::OutlookContacts => "outlook-contacts",
            Self::OutlookSubjects => "outlook-subjects",
            Self::SkypeName => "skype-name",
            Self::SkypeEmail => "skype-email",
            Self::XboxConsole => "xbox-console",
            Self::XboxGamertag => "xbox-gamertag",
            Self::ProblemStarted => "problem-started",
            Self::DevicesAndPlaces => "devices-places",
            Self::OtherDetails => "other-details",
        }
    }

    /// The section the field is in.
    #[must_use]
    pub fn section(self) -> Section {
        match self {
            Self::Account | Self::ContactEmail => Section::Account,
            Self::FirstName
            | Self::LastName
            | Self::BirthDate
            | Self::Country
            | Self::Region
            | Self::PostalCode => Section::Personal,
            Self::OutlookContacts | Self::OutlookSubjects => Section::Product(Product::Outlook),
            Self::SkypeName | Self::SkypeEmail => Section::Product(Product::Skype),
            Self::XboxConsole | Self::XboxGamertag => Section::Product(Product::Xbox),
            Self::ProblemStarted | Self::DevicesAndPlaces | Self::OtherDetails => Section::Reviewer,
        }
    }

    /// Whether the answer can run over several lines.
    #[must_use]
    pub fn is_multiline(self) -> bool {
        matches!(
            self,
            Self::OutlookContacts
                | Self::OutlookSubjects
                | Self::DevicesAndPlaces
                | Self::OtherDetails
        )
    }

    /// How much the answer helps a reviewer, for the completeness meter (0 = not counted).
    #[must_use]
    pub fn weight(self) -> u32 {
        match self {
            // The form cannot be sent without these two.
            Self::Account | Self::ContactEmail => 5,
            Self::OutlookSubjects => 4,
            Self::FirstName | Self::LastName | Self::BirthDate | Self::OutlookContacts => 3,
            Self::Country | Self::PostalCode | Self::SkypeName | Self::XboxGamertag => 2,
            Self::Region
            | Self::SkypeEmail
            | Self::XboxConsole
            | Self::ProblemStarted
            | Self::DevicesAndPlaces => 1,
            Self::OtherDetails => 0,
        }
    }
}

/// The draft's answers, saved with the progress. Never holds a password.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    /// The account to recover.
    pub account: String,
    /// The contact address for Microsoft's reply.
    pub contact_email: String,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Date of birth as typed.
    pub birth_date: String,
    /// Country or region where the account was created.
    pub country: String,
    /// State or province.
    pub region: String,
    /// Postal code.
    pub postal_code: String,
    /// Products ticked.
    pub products: BTreeSet<Product>,
    /// Outlook.com contacts.
    pub outlook_contacts: String,
    /// Outlook.com subject lines.
    pub outlook_subjects: String,
    /// Skype name.
    pub skype_name: String,
    /// Skype sign-up email.
    pub skype_email: String,
    /// Xbox console.
    pub xbox_console: String,
    /// Xbox gamertag.
    pub xbox_gamertag: String,
    /// When the problem started.
    pub problem_started: String,
    /// Usual devices and places.
    pub devices_places: String,
    /// Anything else.
    pub other_details: String,
}

impl Draft {
    /// The answer to `field`.
    #[must_use]
    pub fn get(&self, field: Field) -> &str {
        match field {
            Field::Account => &self.account,
            Field::ContactEmail => &self.contact_email,
            Field::FirstName => &self.first_name,
            Field::LastName => &self.last_name,
            Field::BirthDate => &self.birth_date,
            Field::Country => &self.country,
            Field::Region => &self.region,
            Field::PostalCode => &self.postal_code,
            Field::OutlookContacts => &self.outlook_contacts,
            Field::OutlookSubjects => &self.outlook_subjects,
            Field::SkypeName => &self.skype_name,
            Field::SkypeEmail => &self.skype_email,
            Field::XboxConsole => &self.xbox_console,
            Field::XboxGamertag => &self.xbox_gamertag,
            Field::ProblemStarted => &self.problem_started,
            Field::DevicesAndPlaces => &self.devices_places,
            Field::OtherDetails => &self.other_details,
        }
    }

    /// The answer to `field`, to change it.
    pub fn get_mut(&mut self, field: Field) -> &mut String {
        match field {
            Field::Account => &mut self.account,
            Field::ContactEmail => &mut self.contact_email,
            Field::FirstName => &mut self.first_name,
            Field::LastName => &mut self.last_name,
            Field::BirthDate => &mut self.birth_date,
            Field::Country => &mut self.country,
            Field::Region => &mut self.region,
            Field::PostalCode => &mut self.postal_code,
            Field::OutlookContacts => &mut self.outlook_contacts,
            Field::OutlookSubjects => &mut self.outlook_subjects,
            Field::SkypeName => &mut self.skype_name,
            Field::SkypeEmail => &mut self.skype_email,
            Field::XboxConsole => &mut self.xbox_console,
            Field::XboxGamertag => &mut self.xbox_gamertag,
            Field::ProblemStarted => &mut self.problem_started,
            Field::DevicesAndPlaces => &mut self.devices_places,
            Field::OtherDetails => &mut self.other_details,
        }
    }

    /// Whether the form will ask this field: product questions only for ticked products.
    #[must_use]
    pub fn asks(&self, field: Field) -> bool {
        match field.section() {
            Section::Product(product) => self.products.contains(&product),
            _ => true,
        }
    }

    /// How many answers are filled in (for the import summary).
    #[must_use]
    pub fn filled_count(&self) -> usize {
        Field::ALL
            .iter()
            .filter(|f| !self.get(**f).trim().is_empty())
            .count()
    }
}

/// A previous password, held in memory only. Its `Debug` never shows it, so it cannot reach a
/// log line by accident; it is not `Serialize`, so it cannot reach a file.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Password {
    /// The password as typed.
    pub text: String,
    /// Whether the person chose to show it (and so to include it in copies of the draft).
    pub revealed: bool,
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(hidden)")
    }
}

/// How serious a check's finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The answer is wrong as it stands.
    Problem,
    /// The answer may be fine; a hint worth reading.
    Hint,
}

/// A finding about one answer. The message's Fluent id is `check-<id>`, with `args`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The field concerned.
    pub field: Field,
    /// Problem or hint.
    pub severity: Severity,
    /// The finding's id.
    pub id: &'static str,
    /// Arguments for the message (for example the suggested spelling).
    pub args: Vec<(&'static str, String)>,
}

impl Finding {
    fn new(field: Field, severity: Severity, id: &'static str) -> Self {
        Self {
            field,
            severity,
            id,
            args: Vec::new(),
        }
    }

    fn with(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }
}

/// Microsoft's consumer mail domains, to spot typos and the hotmail/outlook mix-up.
const MICROSOFT_DOMAINS: &[&str] = &[
    "outlook.com",
    "outlook.jp",
    "hotmail.com",
    "hotmail.co.jp",
    "live.com",
    "live.jp",
    "msn.com",
];

/// Checks every answer; returns the findings in field order.
#[must_use]
pub fn check(draft: &Draft, today: Date) -> Vec<Finding> {
    let mut findings = Vec::new();
    check_account(draft, &mut findings);
    check_contact(draft, &mut findings);
    let skype_email = draft.skype_email.trim();
    if draft.asks(Field::SkypeEmail) && !skype_email.is_empty() && !is_email(skype_email) {
        findings.push(Finding::new(
            Field::SkypeEmail,
            Severity::Problem,
            "email-format",
        ));
    }
    check_birth_date(draft.birth_date.trim(), today, &mut findings);
    check_postal_code(draft, &mut findings);
    findings.sort_by_key(|f| Field::ALL.iter().position(|x| *x == f.field));
    findings
}

fn check_account(draft: &Draft, findings: &mut Vec<Finding>) {
    let account = draft.account.trim();
    if account.is_empty() {
        return;
    }
    if account.contains('@') {
        if is_email(account) {
            domain_hint(Field::Account, account, findings);
        } else {
            findings.push(Finding::new(
                Field::Account,
                Severity::Problem,
                "email-format",
            ));
        }
    } else if looks_like_phone(account) {
        if !is_phone(account) {
            findings.push(Finding::new(
                Field::Account,
                Severity::Problem,
                "phone-format",
            ));
        }
    } else if !is_skype_name(account) {
        findings.push(Finding::new(
            Field::Account,
            Severity::Problem,
            "account-format",
        ));
    }
}

fn check_contact(draft: &Draft, findings: &mut Vec<Finding>) {
    let contact = draft.contact_email.trim();
    if contact.is_empty() {
        return;
    }
    if !is_email(contact) {
        findings.push(Finding::new(
            Field::ContactEmail,
            Severity::Problem,
            "email-format",
        ));
        return;
    }
    if contact.eq_ignore_ascii_case(draft.account.trim()) {
        findings.push(Finding::new(
            Field::ContactEmail,
            Severity::Problem,
            "contact-same",
        ));
    } else {
        domain_hint(Field::ContactEmail, contact, findings);
    }
}

/// A plausible email address: one `@`, a local part, a domain with a dot and a 2+ letter end.
#[must_use]
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let labels: Vec<&str> = domain.split('.').collect();
    !local.is_empty()
        && !domain.contains('@')
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
        && text.is_ascii()
        && labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
}

fn looks_like_phone(text: &str) -> bool {
    // Skype names made by Microsoft ("live:.cid.9876…") are mostly digits too.
    if text.starts_with("live:") {
        return false;
    }
    let digits = text.chars().filter(char::is_ascii_digit).count();
    digits * 2 >= text.chars().count() || text.starts_with('+')
}

/// A plausible phone number: an optional `+`, then 10 to 15 digits with spaces, hyphens or
/// brackets between them.
#[must_use]
pub fn is_phone(text: &str) -> bool {
    let rest = text.strip_prefix('+').unwrap_or(text);
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    rest.chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')'))
        && (10..=15).contains(&digits)
}

fn is_skype_name(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && (6..=32).contains(&text.len())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | ',' | '-' | '_' | ':'))
}

/// Hints about Microsoft mail domains: a likely typo, or the reminder that hotmail and outlook
/// addresses are different accounts.
fn domain_hint(field: Field, email: &str, findings: &mut Vec<Finding>) {
    let Some((_, domain)) = email.rsplit_once('@') else {
        return;
    };
    let domain = domain.to_ascii_lowercase();
    if MICROSOFT_DOMAINS.contains(&domain.as_str()) {
        findings.push(Finding::new(field, Severity::Hint, "domain-exact").with("domain", domain));
        return;
    }
    if let Some(suggestion) = MICROSOFT_DOMAINS
        .iter()
        .filter(|known| edit_distance(known, &domain) <= 2)
        .min_by_key(|known| edit_distance(known, &domain))
    {
        findings.push(
            Finding::new(field, Severity::Problem, "domain-typo")
                .with("domain", domain)
                .with("suggestion", *suggestion),
        );
    }
}

/// Levenshtein distance between two short ASCII strings.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}

/// Reads a date written as 1980-04-01, 1980/4/1, 1980.4.1 or 1980年4月1日 (half- or full-width).
#[must_use]
pub fn parse_date(text: &str) -> Option<Date> {
    let normalised = to_half_width(text);
    let parts: Vec<&str> = normalised
        .split(['-', '/', '.', '年', '月', '日', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let [year, month, day] = parts.as_slice() else {
        return None;
    };
    Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?).ok()
}

fn check_birth_date(text: &str, today: Date, findings: &mut Vec<Finding>) {
    if text.is_empty() {
        return;
    }
    let Some(date) = parse_date(text) else {
        findings.push(Finding::new(
            Field::BirthDate,
            Severity::Problem,
            "date-format",
        ));
        return;
    };
    let age = date.until(today).map(|span| span.get_years()).ok();
    if date > today {
        findings.push(Finding::new(
            Field::BirthDate,
            Severity::Problem,
            "date-future",
        ));
    } else if date.year() < 1900 || age.is_some_and(|years| years > 120) {
        findings.push(Finding::new(
            Field::BirthDate,
            Severity::Problem,
            "date-too-old",
        ));
    } else if today.year() - date.year() < 5 {
        findings.push(Finding::new(
            Field::BirthDate,
            Severity::Hint,
            "date-too-recent",
        ));
    }
}

/// Whether the country answer means Japan.
#[must_use]
pub fn is_japan(country: &str) -> bool {
    let c = country.trim().to_lowercase();
    matches!(
        c.as_str(),
        "日本" | "日本国" | "japan" | "jp" | "jpn" | "にほん" | "にっぽん"
    )
}

fn check_postal_code(draft: &Draft, findings: &mut Vec<Finding>) {
    let code = draft.postal_code.trim();
    if code.is_empty() || !is_japan(&draft.country) {
        return;
    }
    let digits: String = to_half_width(code)
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let only_digits = code.chars().all(|c| c.is_ascii_digit());
    if digits.len() != 7 {
        findings.push(Finding::new(
            Field::PostalCode,
            Severity::Problem,
            "postal-jp-length",
        ));
    } else if !only_digits {
        findings.push(
            Finding::new(Field::PostalCode, Severity::Hint, "postal-jp-plain")
                .with("digits", digits),
        );
    }
}

/// Full-width digits and punctuation to their ASCII forms.
fn to_half_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '０'..='９' | '－' | '／' | '．' => {
                char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c)
            }
            'ー' | '‐' | '−' | '—' => '-',
            '　' => ' ',
            _ => c,
        })
        .collect()
}

/// Something worth adding next, with the tip that explains why (Fluent `completeness-<id>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suggestion {
    /// The field to fill, or `None` for previous passwords.
    pub field: Option<Field>,
    /// The tip's id.
    pub tip: &'static str,
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
                tip: "passwords",
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
                    tip: field.id(),
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
                tip: "products",
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

/// A step the person tried, for the reviewer: what, when and what happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriedStep {
    /// The step id.
    pub step: String,
    /// When its outcome was last set.
    pub at: Option<Timestamp>,
    /// The outcome.
    pub outcome: crate::progress::StepOutcome,
    /// The person's note.
    pub note: String,
}

/// The steps the person tried or skipped, oldest first (the knowledge base's order for equal
/// times).
#[must_use]
pub fn tried_steps(
    kb: &crate::knowledge::KnowledgeBase,
    progress: &crate::progress::Progress,
) -> Vec<TriedStep> {
    let mut tried: Vec<TriedStep> = kb
        .steps()
        .filter_map(|(_, step)| {
            let record = progress.record(&step.id)?;
            record.outcome.is_done().then(|| TriedStep {
                step: step.id.clone(),
                at: record.changed_at,
                outcome: record.outcome,
                note: record.note.clone(),
            })
        })
        .collect();
    tried.sort_by_key(|t| t.at);
    tried
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 25).expect("valid")
    }

    fn ids(findings: &[Finding]) -> Vec<&'static str> {
        findings.iter().map(|f| f.id).collect()
    }

    fn draft_with(field: Field, value: &str) -> Draft {
        let mut d = Draft::default();
        *d.get_mut(field) = value.into();
        d
    }

    #[test]
    fn contact_email_must_differ_from_the_account() {
        let mut d = draft_with(Field::Account, "Taro.Yamada@outlook.jp");
        d.contact_email = "taro.yamada@OUTLOOK.JP ".into();
        let findings = check(&d, today());
        assert!(
            findings
                .iter()
                .any(|f| f.field == Field::ContactEmail && f.id == "contact-same")
        );
        d.contact_email = "hanako@example.co.jp".into();
        let findings = check(&d, today());
        assert!(!findings.iter().any(|f| f.field == Field::ContactEmail));
    }

    #[test]
    fn email_format() {
        for good in [
            "a@b.co",
            "taro.yamada+x@mail.example.jp",
            "x_y@sub-domain.example.com",
        ] {
            assert!(is_email(good), "{good}");
        }
        for bad in [
            "",
            "taro",
            "taro@",
            "@example.com",
            "taro@example",
            "ta ro@example.com",
            "taro@@example.com",
            "taro@example.c",
            "taro@.com",
            "太郎@example.com",
            "taro..y@example.com",
            "taro@exa_mple.com",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
        let findings = check(&draft_with(Field::ContactEmail, "taro@example"), today());
        assert_eq!(ids(&findings), ["email-format"]);
    }

    #[test]
    fn phone_format() {
        for good in [
            "090-1234-5678",
            "+81 90 1234 5678",
            "(03) 1234-5678",
            "09012345678",
        ] {
            assert!(is_phone(good), "{good}");
        }
        for bad in ["090-1234", "+81 90 1234 5678 9999 1", "090-1234-567x"] {
            assert!(!is_phone(bad), "{bad}");
        }
        assert_eq!(
            ids(&check(&draft_with(Field::Account, "090-1234"), today())),
            ["phone-format"]
        );
        assert!(check(&draft_with(Field::Account, "090-1234-5678"), today()).is_empty());
    }

    #[test]
    fn skype_names_are_accepted_as_accounts() {
        assert!(check(&draft_with(Field::Account, "live:taro_1980"), today()).is_empty());
        assert!(check(&draft_with(Field::Account, "live:.cid.9876543210"), today()).is_empty());
        assert_eq!(
            ids(&check(&draft_with(Field::Account, "太郎"), today())),
            ["account-format"]
        );
    }

    #[test]
    fn plausible_birth_dates() {
        let finding = |text: &str| ids(&check(&draft_with(Field::BirthDate, text), today()));
        assert!(finding("1980-04-01").is_empty());
        assert!(finding("1980/4/1").is_empty());
        assert!(finding("１９８０年４月１日").is_empty());
        assert_eq!(finding("1980-02-30"), ["date-format"]);
        assert_eq!(finding("April 1980"), ["date-format"]);
        assert_eq!(finding("2030-01-01"), ["date-future"]);
        assert_eq!(finding("1890-01-01"), ["date-too-old"]);
        assert_eq!(finding("2025-06-01"), ["date-too-recent"]);
    }

    #[test]
    fn japanese_postal_code_has_seven_digits_without_a_hyphen() {
        let mut d = draft_with(Field::Country, "日本");
        d.postal_code = "1000001".into();
        assert!(check(&d, today()).is_empty());
        d.postal_code = "100-0001".into();
        let findings = check(&d, today());
        assert_eq!(ids(&findings), ["postal-jp-plain"]);
        assert_eq!(findings[0].args, [("digits", "1000001".to_owned())]);
        // Only reported, not confirmed by Microsoft: a hint, not a problem.
        assert_eq!(findings[0].severity, Severity::Hint);
        d.postal_code = "１００－０００１".into();
        assert_eq!(ids(&check(&d, today())), ["postal-jp-plain"]);
        d.postal_code = "100-001".into();
        assert_eq!(ids(&check(&d, today())), ["postal-jp-length"]);
        // Other countries have other formats: no check.
        d.country = "United States".into();
        d.postal_code = "98052-6399".into();
        assert!(check(&d, today()).is_empty());
    }

    #[test]
    fn domain_hints() {
        let findings = check(&draft_with(Field::Account, "taro@hotmial.com"), today());
        assert_eq!(ids(&findings), ["domain-typo"]);
        assert!(
            findings[0]
                .args
                .contains(&("suggestion", "hotmail.com".to_owned()))
        );
        let findings = check(&draft_with(Field::Account, "taro@hotmail.co.jp"), today());
        assert_eq!(ids(&findings), ["domain-exact"]);
        assert_eq!(findings[0].severity, Severity::Hint);
        assert!(check(&draft_with(Field::Account, "taro@example.com"), today()).is_empty());
    }

    #[test]
    fn completeness_grows_and_names_the_most_useful_next_answers() {
        let mut d = Draft::default();
        let empty = completeness(&d, 0);
        assert!(empty.ratio.abs() < f32::EPSILON);
        assert_eq!(empty.next[0].field, Some(Field::Account), "required first");
        assert_eq!(empty.next[1].field, Some(Field::ContactEmail));
        assert_eq!(empty.next[2].tip, "passwords");
        d.account = "taro@example.com".into();
        d.contact_email = "hanako@example.com".into();
        d.first_name = "太郎".into();
        d.last_name = "山田".into();
        let some = completeness(&d, 1);
        assert!(some.ratio > empty.ratio);
        assert!(!some.next.iter().any(|s| s.tip == "passwords"));
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

    #[test]
    fn passwords_never_show_in_debug_output() {
        let p = Password {
            text: "hunter2-secret".into(),
            revealed: true,
        };
        assert!(!format!("{p:?}").contains("hunter2"));
    }
}
