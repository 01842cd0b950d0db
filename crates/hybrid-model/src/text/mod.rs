//! Every sentence the model shows an admin, by the part of the model that says it: each module
//! names the messages of the catalog ([`crate::i18n`]) its part uses. Script text ([`scripts`])
//! stays English.

pub mod change_record;
pub mod checklist;
pub mod stages;
