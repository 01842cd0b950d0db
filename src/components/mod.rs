//! One component per form section and per output panel.

pub mod checklist_view;
pub mod cloud_value;
pub mod edge_section;
pub mod environment_section;
pub mod error_summary;
pub mod field;
pub mod language_switch;
pub mod output_panel;
pub mod print_header;
pub mod provider_section;
pub mod record_view;
pub mod redacted_banner;
pub mod report_panel;
pub mod script_view;
pub mod section;
pub mod share_bar;
pub mod stage_strip;
pub mod tenant_choice_section;
pub mod tenant_section;
pub mod waves_panel;
pub mod without_names;
