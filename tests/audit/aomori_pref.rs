//! The audit's findings for this body, each as a test that fails if the
//! data goes back to what the audit found.

#[allow(unused_imports)]
use super::body;
