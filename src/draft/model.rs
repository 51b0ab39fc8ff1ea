//! The draft's answers: the fields of Microsoft's account recovery form in its order, the
//! products it asks about, and previous passwords (held in memory only).

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::i18n::{Language, TextId, Texts};
use crate::tr;

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

impl Product {
    /// The id of the product's name.
    #[must_use]
    pub fn name_id(self) -> TextId {
        TextId::derived("product", self.id(), None)
    }

    /// The product's name in the person's language.
    #[must_use]
    pub fn name(self, texts: &Texts) -> String {
        tr!(texts, self.name_id())
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

impl Section {
    /// The section's title in the person's language, the same in the window and in the text.
    #[must_use]
    pub fn title(self, texts: &Texts) -> String {
        match self {
            Self::Account => tr!(texts, "draft-section-account"),
            Self::Personal => tr!(texts, "draft-section-personal"),
            Self::Product(product) => tr!(
                texts,
                "draft-section-product",
                product = product.name(texts)
            ),
            Self::Reviewer => tr!(texts, "draft-section-reviewer"),
        }
    }
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

    /// Every field in the order a form in `language` asks them: [`Field::ALL`], with the family
    /// name before the given name where that is the custom (Japanese: 姓, then 名).
    #[must_use]
    pub fn in_order(language: Language) -> [Self; 17] {
        let mut order = Self::ALL;
        if language.family_name_first() {
            let first = order.iter().position(|f| *f == Self::FirstName);
            let last = order.iter().position(|f| *f == Self::LastName);
            if let (Some(first), Some(last)) = (first, last) {
                order.swap(first, last);
            }
        }
        order
    }

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

    /// The id of the field's label.
    #[must_use]
    pub fn label_id(self) -> TextId {
        TextId::derived("draft-field", self.id(), None)
    }

    /// The field's label in the person's language.
    #[must_use]
    pub fn label(self, texts: &Texts) -> String {
        tr!(texts, self.label_id())
    }

    /// The id of the example shown in the empty field.
    #[must_use]
    pub fn hint_id(self) -> TextId {
        TextId::derived("draft-hint", self.id(), None)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_show_in_debug_output() {
        let p = Password {
            text: "hunter2-secret".into(),
            revealed: true,
        };
        assert!(!format!("{p:?}").contains("hunter2"));
    }
}
