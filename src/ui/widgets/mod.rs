//! Small widgets shared by the screens, one file per idea.

mod checkbox;
mod fields;
mod focus;
mod links;
mod outcome;
mod text;

pub use checkbox::*;
pub use fields::*;
pub use focus::*;
pub use links::*;
pub use outcome::*;
pub use text::*;
