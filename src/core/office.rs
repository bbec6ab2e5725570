//! What the HR office learns from many self-assessments, with no server.
//!
//! Staff already hand files to the HR office (the 自己申告書), so a file is
//! the channel: a person makes a small versioned JSON file from their
//! results ([`file`](mod@file)), the office drops hundreds or thousands of them on
//! its page, each is read or refused with a reason ([`read`]), and what is
//! read is summarised for the body: coverage, the gap map, self against
//! supervisor, the training that closes the most gaps and the change over
//! fiscal years ([`summary`]). No group smaller than a threshold is ever
//! shown, and identifiers serve only to find duplicates.
//!
//! [`synth`] makes staff files deterministically from a seed, for the
//! tests and the bench.

pub mod file;
pub mod read;
pub mod summary;
pub mod synth;

pub use file::{Contents, SideRatings, Submission};
pub use read::{Intake, Record, Refusal, Refused};
pub use summary::{summarise, Summary};
