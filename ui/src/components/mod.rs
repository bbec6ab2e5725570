//! Widgets: small function components and render helpers that pages put
//! together. None of them owns a route; each renders what its props say
//! (and, for a few, reads the app's state through [`crate::state::use_app`]).

pub mod ability_table;
pub mod canvas;
pub mod chrome;
pub mod grades;
pub mod hand_in;
pub mod kpi;
pub mod live_panel;
pub mod notices;
pub mod offering;
pub mod progress;
pub mod qr;
pub mod radar;
pub mod rating;
pub mod results;
pub mod status;
pub mod transfer;
pub mod worded;
pub mod words;
