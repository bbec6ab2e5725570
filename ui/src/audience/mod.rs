//! The pages for one audience, and those off the rating path:
//! - [`body`]: a body's page, with its published tables, where a
//!   self-assessment starts;
//! - [`suggest`] and [`plan`]: the training and support suggested for the
//!   person's gaps, and the plan they are added to;
//! - [`workshop`]: trainers' tools for キャリアデザイン研修 (guest session,
//!   projector mode, a QR code of the app's address);
//! - [`demo`]: a fictional sample employee, for a workshop;
//! - [`pre_entry`]: for recruits before entry (内定者);
//! - the pages off the rating path, opened by fewer than rate themselves:
//!   [`career`] (the career path), [`explore`] (the published table and two
//!   grades compared, which trainers project), [`survey`] (the staff-survey
//!   self-check) and [`statement`] (the accessibility statement).
//!
//! [`body::BodyView`], [`career::CareerView`], [`pre_entry::PreEntryView`]
//! and [`statement::StatementView`] take only published data (props, and
//! the language from its context): the build writes them as static pages
//! too (prerender/). The others read the app's state (`use_app`) and
//! change it with [`crate::state::Action`]s. [`crate::pages::page`] picks
//! each one for its route.

pub mod body;
pub mod career;
pub mod demo;
pub mod explore;
pub mod plan;
pub mod pre_entry;
pub mod statement;
pub mod suggest;
pub mod survey;
pub mod workshop;
