//! One component per form section and per output panel.

pub mod checkbox;
pub mod edge_section;
pub mod script_view;
