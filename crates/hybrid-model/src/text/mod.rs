//! Every sentence the model shows an admin, in one place per purpose, so a translation touches
//! nothing else: validation messages, plan prose and checklist prose.

pub mod change_record;
pub mod checklist;
pub mod plan;
pub mod report;
pub mod scripts;
pub mod share;
pub mod stages;
mod validation;

pub use validation::*;
