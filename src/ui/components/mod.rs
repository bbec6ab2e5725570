//! Small function components, each rendering one part of the state.

pub mod ability_table;
pub mod body_list;
pub mod body_view;
pub mod grades;
pub mod source;
