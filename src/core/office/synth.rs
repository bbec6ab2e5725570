//! Staff files made up deterministically from a seed, for the tests and
//! the bench: the same seed gives the same files on every machine.
//!
//! The generator draws from a SplitMix64 sequence written here (a few
//! lines, fixed forever), not from a random-number crate, whose streams
//! may change between versions and would change the tests' counts.

use super::file::Submission;
use crate::core::model::BodyData;
use chrono::NaiveDate;

/// `count` staff files of a body: tracks and grade pairs from its ladders,
/// dates over the last three fiscal years before `today`, every fourth or
/// so with a supervisor's review, each with a distinct identifier.
pub fn generate(d: &BodyData, count: usize, seed: u64, today: NaiveDate) -> Vec<Submission> {
    let _ = (d, count, seed, today);
    todo!("A1")
}

/// Hostile files, each with its name: damaged JSON, a 50 MB file, a zip
/// bomb, wrong types, ratings out of range, script in text fields, a PNG,
/// an export of the app, a file of another body; each must be refused
/// with its own reason.
pub fn hostile(d: &BodyData, seed: u64, today: NaiveDate) -> Vec<(String, Vec<u8>)> {
    let _ = (d, seed, today);
    todo!("A1")
}
