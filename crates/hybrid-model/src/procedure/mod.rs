//! The procedure, in the order it runs: the form's values in a vocabulary of shapes
//! ([`vocabulary`], [`field`], [`access`]) become [`settings::Settings`] for a [`cloud`] (kept and
//! shared as a file or link by [`share`]); [`validate`] checks them, with the
//! [`confirmation`]s an admin must give; [`plan`] turns valid settings into ordered steps of
//! [`commands`]. Every later stage reads the plan or the settings; nothing here imports a later
//! stage. [`naming`] gives the deployment's files their names, from the settings alone.

pub mod access;
pub mod cloud;
pub mod commands;
pub mod confirmation;
pub mod field;
pub mod naming;
pub mod plan;
pub mod plan_text;
pub mod settings;
pub mod share;
pub mod share_text;
pub mod validate;
pub mod validation_text;
pub mod vocabulary;
