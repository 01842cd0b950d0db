//! Field access by name: the names agree with the settings-file schema, every field reads back what
//! was written, and a value of the wrong shape changes nothing.

use crate::support;

use hybrid_model::procedure::settings::{
    ConnectionMethod, EdgeRouting, ExistingProvider, FederationMode, ServicePrincipalTool,
    VerificationLevel,
};
use hybrid_model::procedure::vocabulary::{Choice, FieldValue, Shape};
use hybrid_model::{Cloud, Field, Settings};

fn names_match_the_schema<T: Choice + serde::Serialize + std::fmt::Debug>() {
    for value in T::VALUES {
        let serde_name = serde_json::to_value(value).unwrap();
        assert_eq!(serde_name.as_str(), Some(value.name()));
        assert_eq!(T::from_name(value.name()), Some(*value));
    }
    assert_eq!(T::NAMES.len(), T::VALUES.len());
}

#[test]
fn choice_names_are_the_settings_file_names() {
    names_match_the_schema::<Cloud>();
    names_match_the_schema::<ConnectionMethod>();
    names_match_the_schema::<EdgeRouting>();
    names_match_the_schema::<VerificationLevel>();
    names_match_the_schema::<ExistingProvider>();
    names_match_the_schema::<FederationMode>();
    names_match_the_schema::<ServicePrincipalTool>();
    assert_eq!(
        Cloud::from_name("GCC"),
        None,
        "names are exact, as in settings files"
    );
}

#[test]
fn every_field_reads_back_what_it_was_given() {
    for cloud in Cloud::ALL {
        let full = support::full(cloud);
        let mut rebuilt = Settings::default();
        for field in Field::ALL {
            field.set(&mut rebuilt, field.get(&full)).unwrap();
        }
        assert_eq!(rebuilt, full);
    }
}

#[test]
fn the_path_of_every_field_is_where_settings_files_keep_it() {
    let full = support::full(Cloud::GccHigh);
    let json = serde_json::to_value(&full).unwrap();
    for field in Field::ALL {
        let at = field
            .path()
            .split('.')
            .try_fold(&json, |v, part| v.get(part))
            .unwrap_or_else(|| panic!("{} is not in the file", field.path()));
        let expected = match field.get(&full) {
            FieldValue::Bool(b) => serde_json::Value::Bool(b),
            FieldValue::Text(t) => serde_json::Value::String(t),
            FieldValue::Null => serde_json::Value::Null,
            FieldValue::List(items) => items.into_iter().map(serde_json::Value::String).collect(),
        };
        assert_eq!(at, &expected, "{}", field.path());
    }
}

#[test]
fn a_value_of_the_wrong_shape_changes_nothing_and_says_why() {
    let wrong = [
        FieldValue::Bool(true),
        FieldValue::Text("not-a-name".into()),
        FieldValue::Null,
        FieldValue::List(vec!["x".into()]),
    ];
    for field in Field::ALL {
        for value in wrong.clone() {
            let fits = matches!(
                (field.shape(), &value),
                (Shape::Bool, FieldValue::Bool(_))
                    | (Shape::Text | Shape::OptionalText, FieldValue::Text(_))
                    | (Shape::OptionalText, FieldValue::Null)
                    | (Shape::List, FieldValue::List(_))
            );
            let mut s = support::full(Cloud::Dod);
            let result = field.set(&mut s, value.clone());
            if fits {
                assert!(result.is_ok(), "{} refused {value:?}", field.path());
            } else {
                let message = result.expect_err(field.path());
                // A fact only: what happens next is the reader's to say (the page keeps the
                // default, the CLI refuses the file).
                assert!(message.starts_with("expected "), "{message}");
                assert!(!message.contains("kept"), "{message}");
                assert_eq!(s, support::full(Cloud::Dod), "{} changed", field.path());
            }
        }
    }
    let message = Field::Cloud
        .set(&mut Settings::default(), FieldValue::Text("mars".into()))
        .unwrap_err();
    assert!(message.contains("gcc-high"), "names the choices: {message}");
}
