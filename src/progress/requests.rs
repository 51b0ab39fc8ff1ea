//! Verification-code requests: the ways a code can come, the log of requests, and the
//! automatic "stop asking for codes" after too many in a short time.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::Progress;

/// When code requests count as "too many in a short time": at least `count` of them within
/// `minutes`. Microsoft publishes no numbers (it warns only against "excessive or repetitive
/// requests", and its "too many codes today" message points to a daily quota), so these are
/// estimates: three requests within half an hour means the person did not wait the 15 minutes
/// or so a code can take, and five within a day is more than a day's normal retries.
pub const BURSTS: [Burst; 2] = [
    Burst {
        count: 3,
        minutes: 30,
    },
    Burst {
        count: 5,
        minutes: 24 * 60,
    },
];

/// The knowledge base's wait, step and symptom for "stop asking for codes"; `tests/` checks
/// that they exist there and that the length matches the wait's usual one.
pub const STOP_WAIT: &str = "too-many-requests";
/// The step the automatic stop belongs to (see [`STOP_WAIT`]).
pub const STOP_STEP: &str = "requests-stop";
/// The symptom the automatic stop reports (see [`STOP_WAIT`]).
pub const STOP_SIGNAL: &str = "many-requests";
/// How long the automatic stop lasts, in minutes: the wait's usual length (about a day, an
/// estimate; the on-screen message itself says "try again tomorrow").
pub const STOP_MINUTES: u32 = 1440;

/// A threshold for too many code requests in a short time (see [`BURSTS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Burst {
    /// How many requests.
    pub count: usize,
    /// Within how many minutes.
    pub minutes: i64,
}

/// A way a verification code can reach the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Channel {
    /// A text message.
    Sms,
    /// An email.
    Email,
    /// The Authenticator app.
    App,
    /// A phone call.
    Call,
}

impl Channel {
    /// Every channel, in the order the app offers them.
    pub const ALL: [Self; 4] = [Self::Sms, Self::Email, Self::App, Self::Call];

    /// The knowledge base's id of this channel.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::Sms => "sms",
            Self::Email => "email",
            Self::App => "app",
            Self::Call => "call",
        }
    }
}

/// One "I asked for a code now".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeRequest {
    /// When.
    pub at: Timestamp,
    /// Which way the code should come.
    pub channel: Channel,
}

impl Progress {
    /// Whether the code requests up to `now` pass one of the [`BURSTS`] thresholds.
    #[must_use]
    pub fn too_many_requests(&self, now: Timestamp) -> bool {
        BURSTS.iter().any(|burst| {
            let since = now
                .checked_sub(jiff::SignedDuration::from_mins(burst.minutes))
                .unwrap_or(Timestamp::MIN);
            self.code_requests
                .iter()
                .filter(|r| r.at > since && r.at <= now)
                .count()
                >= burst.count
        })
    }

    /// The way the last code was asked for, if the person used the code-request log.
    #[must_use]
    pub fn last_channel(&self) -> Option<Channel> {
        self.code_requests.last().map(|r| r.channel)
    }
}
