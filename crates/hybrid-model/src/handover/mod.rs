//! What the admin takes away, the last layer: the road of stages with the files each runs
//! ([`stages`]), the checklist and the change record as documents ([`checklist`],
//! [`change_record`]), the files to download and their zip ([`downloads`], [`bundle`]), and the
//! settings with names replaced for a support case ([`redact`]). It reads every layer below.

pub mod bundle;
pub mod change_record;
pub mod change_record_text;
pub mod checklist;
pub mod checklist_text;
pub mod downloads;
pub mod redact;
pub mod stages;
pub mod stages_text;
