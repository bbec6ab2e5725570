//! Small function components, each rendering one part of the state.

pub mod ability_table;
pub mod assess;
pub mod body_list;
pub mod body_view;
pub mod career;
pub mod demo;
pub mod explore;
pub mod grades;
pub mod history;
pub mod notices;
pub mod plan;
pub mod pre_entry;
pub mod print;
pub mod progress;
pub mod radar;
pub mod rating;
pub mod source;
pub mod statement;
pub mod suggest;
pub mod survey;
pub mod transfer;
pub mod workshop;
