//! JSON read strictly, for settings files and reports: a key given twice in one object is refused
//! by name (serde_json would silently keep the last), and nesting deeper than any file of ours is
//! refused before it costs stack. One pass builds the value and finds both.

use std::cell::Cell;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// Deeper than any settings file (3 levels) or report (5) with room to spare; far below the stack.
pub const MAX_DEPTH: usize = 32;

/// Why a text was not taken as JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonError {
    /// Not JSON at all: serde_json's own words, with line and column.
    Syntax(String),
    /// The same key twice in one object, named by its path (`edge.routing`): which one was meant?
    DuplicateKey(String),
    /// Arrays or objects nested deeper than [`MAX_DEPTH`].
    TooDeep,
}

/// What the walk found that serde's error type cannot carry as data.
#[derive(Default)]
struct Found {
    duplicate: Cell<Option<String>>,
    too_deep: Cell<bool>,
}

/// Parses `text` into a JSON value, refusing duplicate keys and deep nesting.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    let found = Found::default();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let seed = Node {
        path: String::new(),
        depth: 0,
        found: &found,
    };
    let parsed = seed
        .deserialize(&mut deserializer)
        .and_then(|value| deserializer.end().map(|()| value));
    parsed.map_err(|e| {
        if let Some(key) = found.duplicate.take() {
            JsonError::DuplicateKey(key)
        } else if found.too_deep.get() {
            JsonError::TooDeep
        } else {
            JsonError::Syntax(e.to_string())
        }
    })
}

/// One value of the document, with where it is.
struct Node<'a> {
    path: String,
    depth: usize,
    found: &'a Found,
}

impl<'a> Node<'a> {
    fn child(&self, path: String) -> Node<'a> {
        Node {
            path,
            depth: self.depth + 1,
            found: self.found,
        }
    }

    fn enter<E: serde::de::Error>(&self) -> Result<(), E> {
        if self.depth >= MAX_DEPTH {
            self.found.too_deep.set(true);
            return Err(E::custom("nested too deeply"));
        }
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(Value::from(n))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(Value::from(n))
    }

    fn visit_f64<E>(self, n: f64) -> Result<Value, E> {
        // serde_json gives only finite numbers; `from` turns anything else into null.
        Ok(Value::from(n))
    }

    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        self.enter()?;
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(self.child(self.path.clone()))? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        self.enter()?;
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let path = if self.path.is_empty() {
                key.clone()
            } else {
                format!("{}.{key}", self.path)
            };
            if object.contains_key(&key) {
                self.found.duplicate.set(Some(path));
                return Err(A::Error::custom("duplicate key"));
            }
            let value = map.next_value_seed(self.child(path))?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_key_is_named_by_its_path() {
        assert_eq!(
            parse(r#"{"edge": {"routing": "dns-srv", "routing": "default-route"}}"#),
            Err(JsonError::DuplicateKey("edge.routing".into()))
        );
        assert_eq!(
            parse(r#"{"a": 1, "a": 1}"#),
            Err(JsonError::DuplicateKey("a".into()))
        );
        // The same key in two objects is not a repeat.
        assert!(parse(r#"[{"a": 1}, {"a": 2}]"#).is_ok());
    }

    #[test]
    fn values_read_as_serde_json_reads_them() {
        let text = r#"{"n": -1, "u": 18446744073709551615, "f": 1.5e300, "s": "\u00e9", "l": [null, true], "o": {}}"#;
        assert_eq!(
            parse(text).unwrap(),
            serde_json::from_str::<Value>(text).unwrap()
        );
        assert!(matches!(parse("[1,]"), Err(JsonError::Syntax(_))));
        assert!(matches!(parse("{} {}"), Err(JsonError::Syntax(_))));
    }

    #[test]
    fn deep_nesting_is_refused_without_exhausting_the_stack() {
        assert_eq!(parse(&"[".repeat(100_000)), Err(JsonError::TooDeep));
        let nested = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&nested).is_ok());
        let deeper = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(parse(&deeper), Err(JsonError::TooDeep));
    }
}
