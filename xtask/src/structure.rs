//! The one way through, checked: no module of the model crate or the page imports, through any
//! chain, a module that imports it back. A module is a file; an import is a `crate::…` or
//! `super::…` path outside comments and test modules.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Modules by path (`text::share`), each with the modules it names.
pub type Graph = BTreeMap<String, BTreeSet<String>>;

fn module_name(root: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(root).unwrap_or(file).with_extension("");
    let mut parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts.join("::")
}

fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "bin") {
                sources(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without comments and without its test module.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Paths written after `prefix` (`crate::` or `super::`), as lists of segments.
fn paths_after<'a>(code: &'a str, prefix: &'a str) -> impl Iterator<Item = Vec<&'a str>> + 'a {
    code.match_indices(prefix).map(move |(at, _)| {
        code[at + prefix.len()..]
            .split("::")
            .map(|s| {
                let end = s
                    .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'))
                    .unwrap_or(s.len());
                &s[..end]
            })
            .take_while(|s| !s.is_empty())
            .collect()
    })
}

/// The import graph of the crate whose sources are under `root`.
pub fn graph(root: &Path) -> Graph {
    let mut files = Vec::new();
    sources(root, &mut files);
    let modules: BTreeMap<String, String> = files
        .iter()
        .map(|f| {
            (
                module_name(root, f),
                code(&fs::read_to_string(f).unwrap_or_default()),
            )
        })
        .collect();
    let known: BTreeSet<&str> = modules.keys().map(String::as_str).collect();
    let longest = |segments: &[&str]| -> Option<String> {
        (1..=segments.len())
            .rev()
            .map(|k| segments[..k].join("::"))
            .find(|candidate| known.contains(candidate.as_str()))
    };
    let mut graph = Graph::new();
    for (module, code) in &modules {
        let mut edges = BTreeSet::new();
        for segments in paths_after(code, "crate::") {
            edges.extend(longest(&segments));
        }
        let parent: Vec<&str> = module.split("::").collect();
        let parent = &parent[..parent.len().saturating_sub(1)];
        for segments in paths_after(code, "super::") {
            let full: Vec<&str> = parent.iter().copied().chain(segments).collect();
            edges.extend(longest(&full));
        }
        edges.remove(module);
        graph.insert(module.clone(), edges);
    }
    graph
}

/// Every set of modules that import each other through some chain (Tarjan's strongly connected
/// components of more than one module).
pub fn cycles(graph: &Graph) -> Vec<Vec<String>> {
    struct State<'a> {
        graph: &'a Graph,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        let i = s.index.len();
        s.index.insert(v, i);
        s.low.insert(v, i);
        s.stack.push(v);
        s.on_stack.insert(v);
        for w in s.graph.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(s, w);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.on_stack.contains(w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                component.push(w.to_owned());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.found.push(component);
            }
        }
    }
    let mut state = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !state.index.contains_key(v.as_str()) {
            visit(&mut state, v);
        }
    }
    state.found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_model_the_page_and_xtask_import_one_way() {
        let root = crate::root();
        for dir in ["crates/hybrid-model/src", "src", "xtask/src"] {
            let graph = graph(&root.join(dir));
            assert!(graph.len() > 10, "{dir}: read {} modules", graph.len());
            assert_eq!(cycles(&graph), Vec::<Vec<String>>::new(), "{dir}");
        }
    }

    #[test]
    fn a_cycle_is_found() {
        let mut graph = Graph::new();
        graph.insert("a".into(), ["b".to_owned()].into());
        graph.insert("b".into(), ["c".to_owned()].into());
        graph.insert("c".into(), ["a".to_owned()].into());
        graph.insert("d".into(), ["a".to_owned()].into());
        assert_eq!(cycles(&graph), vec![vec!["a", "b", "c"]]);
    }

    #[test]
    fn comments_and_tests_are_not_imports() {
        assert_eq!(
            code("use x; // crate::y\n#[cfg(test)]\nuse crate::z;"),
            "use x; "
        );
    }
}
