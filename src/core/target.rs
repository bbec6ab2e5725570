//! Turning a requirement mark into a self-rating target: the one place where
//! the app decides what ◎, ○ and - ask of someone.
//!
//! The legend's wording is the document's; the [`Requirement`] class of each
//! symbol is the app's reading (recorded per symbol in the data file); and
//! the mapping from class to target below is the app's rule, stated once.

use super::model::Requirement;
use super::scale::Level;

/// The level on the rating scale a person at that grade is expected to
/// reach, or `None` where the grade does not require the item.
pub fn target_for(requirement: Requirement) -> Option<Level> {
    match requirement {
        // Must be acquired at this grade: the target is "can do it alone".
        Requirement::Acquire => Some(Level::Can),
        // Should already be there on arrival: also "can do it"; a gap here is
        // weighed as more urgent by the gap analysis, not by a higher target,
        // because the documents do not say the level rises.
        Requirement::Established => Some(Level::Can),
        // Desirable later, or not required: no target at this grade.
        Requirement::Future | Requirement::NotRequired => None,
    }
}

/// Whether a mark makes the ability part of what the grade requires.
pub fn is_required(requirement: Requirement) -> bool {
    target_for(requirement).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mark_to_acquire_sets_can_do_as_the_target() {
        assert_eq!(target_for(Requirement::Acquire), Some(Level::Can));
    }

    #[test]
    fn an_established_mark_is_also_required() {
        assert!(is_required(Requirement::Established));
    }

    #[test]
    fn future_and_not_required_marks_set_no_target() {
        assert_eq!(target_for(Requirement::Future), None);
        assert_eq!(target_for(Requirement::NotRequired), None);
    }
}
