//! Turning a requirement mark into a self-rating target: the one place where
//! the app decides what ◎, ○ and - ask of someone.
//!
//! The legend's wording is the document's; the [`Requirement`] class of each
//! symbol is the app's reading (recorded per symbol in the data file); and
//! the mapping from class to target below is the app's rule, stated once.

use super::model::Requirement;

/// The level a person is expected to reach on the rating scale, as a number
/// on the scale defined by the self-assessment module (1 = lowest step).
/// `None` means the ability is not required at that grade.
pub fn target_for(requirement: Requirement) -> Option<u8> {
    match requirement {
        // Must be acquired at this grade: the target is "can do it" (step 3).
        Requirement::Acquire => Some(3),
        // Should already be there on arrival: also "can do it", and a gap here
        // is more urgent, which the gap analysis weighs separately.
        Requirement::Established => Some(3),
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
    fn a_mark_to_acquire_sets_the_can_do_step_as_target() {
        assert_eq!(target_for(Requirement::Acquire), Some(3));
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
