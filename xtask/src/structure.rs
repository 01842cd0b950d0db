//! The one way through, checked. A module is a file; an import is a `crate::…` or `super::…` path
//! (grouped paths `crate::{a, b}` included) outside comments and test modules. In the model crate,
//! the page and xtask: no module imports, through any chain, a module that imports it back; no
//! folder does either; and no module imports its crate's root (`lib.rs`, `main.rs`), which
//! declares every module. The model's folders are layers ([`MODEL_LAYERS`]): a module imports
//! only from its own layer or a lower one. Across the workspace, no type name is declared twice.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Modules by path (`procedure::share`), each with the modules it names; the crate root is `""`
/// (`lib.rs`) or `"main"` (`main.rs`).
pub type Graph = BTreeMap<String, BTreeSet<String>>;

/// The model crate's folders, lowest first: the way through, form state → settings → validate →
/// plan → renderers, with the catalog and checked input below it and the reports read back before
/// the documents that cite them.
pub const MODEL_LAYERS: [&str; 8] = [
    "i18n",
    "input",
    "powershell",
    "procedure",
    "report",
    "waves",
    "scripts",
    "handover",
];

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

/// The path segments at the start of `text` (lower-case words joined by `::`), with every path of
/// a group (`{a, b::c as d, self}`) that follows them.
fn expand<'a>(prefix: Vec<&'a str>, text: &'a str, out: &mut Vec<Vec<&'a str>>) {
    let mut segments = prefix;
    let mut rest = text;
    loop {
        let end = rest
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'))
            .unwrap_or(rest.len());
        let word = &rest[..end];
        rest = &rest[end..];
        if !word.is_empty() && word != "self" {
            segments.push(word);
        }
        if word.is_empty() && rest.starts_with('{') {
            let mut depth = 0;
            let mut start = 1;
            for (i, c) in rest.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' | ',' if depth == 1 => {
                        expand(segments.clone(), rest[start..i].trim_start(), out);
                        start = i + 1;
                        if c == '}' {
                            return;
                        }
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
            }
            return;
        }
        match rest.strip_prefix("::") {
            Some(after) if !word.is_empty() => rest = after,
            _ => break,
        }
    }
    out.push(segments);
}

/// Paths written after `prefix` (`crate::` or `super::`), as lists of segments; a match inside a
/// word or right after a quote (the prefix as a string) is none.
fn paths_after<'a>(code: &'a str, prefix: &'a str) -> Vec<Vec<&'a str>> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices(prefix) {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c == '"' || c == '_' || c.is_ascii_alphanumeric()) {
            continue;
        }
        expand(Vec::new(), &code[at + prefix.len()..], &mut out);
    }
    out
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
    // A `crate::` path that names no module names an item of the crate root.
    let root = if known.contains("") { "" } else { "main" };
    let mut graph = Graph::new();
    for (module, code) in &modules {
        let mut edges = BTreeSet::new();
        for segments in paths_after(code, "crate::") {
            edges.insert(longest(&segments).unwrap_or_else(|| root.to_owned()));
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

fn is_root(module: &str) -> bool {
    module.is_empty() || module == "main"
}

/// The graph of folders: each module stands for its first segment (`procedure::plan` for
/// `procedure`), and imports inside one folder are dropped.
pub fn folders(graph: &Graph) -> Graph {
    let top = |m: &str| m.split("::").next().unwrap_or_default().to_owned();
    let mut out = Graph::new();
    for (module, edges) in graph {
        let from = top(module);
        let entry = out.entry(from.clone()).or_default();
        entry.extend(edges.iter().map(|e| top(e)).filter(|to| *to != from));
    }
    out
}

/// Every import that runs back up: to the crate root from any other module, and, where `layers`
/// are given (lowest first), to a higher layer; and every module outside the layers.
pub fn breaches(graph: &Graph, layers: &[&str]) -> Vec<String> {
    let layer = |m: &str| layers.iter().position(|l| m.split("::").next() == Some(*l));
    let mut found = Vec::new();
    for (module, edges) in graph {
        if is_root(module) {
            continue;
        }
        if !layers.is_empty() && layer(module).is_none() {
            found.push(format!("{module} is in no layer of {layers:?}"));
        }
        for to in edges {
            if is_root(to) {
                found.push(format!(
                    "{module} imports the crate root, which declares it"
                ));
            } else if let (Some(from), Some(into)) = (layer(module), layer(to))
                && into > from
            {
                found.push(format!(
                    "{module} (layer {}) imports {to} (layer {}, higher)",
                    layers[from], layers[into]
                ));
            }
        }
    }
    found
}

/// The type names a file declares (`struct`, `enum`, `trait`, `union`, and a `type` alias at the
/// top level or `pub`: an associated type in an impl, serde's `type Value`, is no declaration):
/// a line whose first words, after its visibility, are the keyword and the name.
pub fn declared_types(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for line in text.lines() {
        let line = line.split("//").next().unwrap_or_default();
        let indented = line.starts_with(char::is_whitespace);
        let mut words = line.split_whitespace().peekable();
        let public = words.next_if(|w| w.starts_with("pub")).is_some();
        let (Some(keyword), Some(name)) = (words.next(), words.next()) else {
            continue;
        };
        let declares = match keyword {
            "struct" | "enum" | "trait" | "union" => true,
            "type" => public || !indented,
            _ => false,
        };
        let name: String = name
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if declares && name.starts_with(|c: char| c.is_ascii_uppercase()) {
            names.insert(name);
        }
    }
    names
}

/// Type names declared in more than one file under `dirs` (`target` and `node_modules` left out),
/// each with the files that declare it.
pub fn duplicate_types(root: &Path, dirs: &[&str]) -> BTreeMap<String, Vec<String>> {
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            if path.is_dir() {
                if name != "target" && name != "node_modules" {
                    walk(&path, out);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    for dir in dirs {
        walk(&root.join(dir), &mut files);
    }
    files.sort();
    let mut by_name: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in &files {
        let shown = file
            .strip_prefix(root)
            .unwrap_or(file)
            .display()
            .to_string();
        for name in declared_types(&fs::read_to_string(file).unwrap_or_default()) {
            by_name.entry(name).or_default().push(shown.clone());
        }
    }
    by_name.retain(|_, files| files.len() > 1);
    by_name
}

/// The most props a component takes: more means it is handed state it should read from the page's
/// context (`use_state()`), the way the page was before its state moved to one place.
pub const MAX_PROPS: usize = 4;

/// Each `#[component]` function in `text` with more than [`MAX_PROPS`] parameters, as
/// `name (count)`. Parameters are counted at the top level of the signature's parentheses, so a
/// generic or a tuple type holding commas counts once.
pub fn wide_components(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("#[component]") {
        rest = &rest[at + "#[component]".len()..];
        let Some(fn_at) = rest.find("fn ") else { break };
        let after = &rest[fn_at + 3..];
        let name: String = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        let Some(open) = after.find('(') else { break };
        let mut depth = 0usize;
        let mut params = 0usize;
        let mut empty = true;
        let mut previous = ' ';
        for c in after[open + 1..].chars() {
            // The `>` of a `->` closes nothing.
            let arrow = previous == '-' && c == '>';
            previous = c;
            match c {
                '>' if arrow => {}
                '(' | '<' | '[' | '{' => depth += 1,
                ')' if depth == 0 => break,
                ')' | '>' | ']' | '}' => depth = depth.saturating_sub(1),
                ',' if depth == 0 => {
                    if !empty {
                        params += 1;
                    }
                    empty = true;
                    continue;
                }
                c if c.is_whitespace() => continue,
                _ => {}
            }
            empty = false;
        }
        if !empty {
            params += 1;
        }
        if params > MAX_PROPS {
            found.push(format!("{name} ({params})"));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_model_the_page_and_xtask_import_one_way() {
        let root = crate::checkout::root();
        for (dir, layers) in [
            ("crates/hybrid-model/src", &MODEL_LAYERS[..]),
            ("src", &[][..]),
            ("xtask/src", &[][..]),
        ] {
            let graph = graph(&root.join(dir));
            assert!(graph.len() > 10, "{dir}: read {} modules", graph.len());
            assert_eq!(cycles(&graph), Vec::<Vec<String>>::new(), "{dir}");
            assert_eq!(cycles(&folders(&graph)), Vec::<Vec<String>>::new(), "{dir}");
            assert_eq!(breaches(&graph, layers), Vec::<String>::new(), "{dir}");
        }
    }

    /// A copy of the model's sources with one more line in one file.
    fn model_with(file: &str, line: &str) -> std::path::PathBuf {
        fn copy(from: &Path, to: &Path) {
            fs::create_dir_all(to).unwrap();
            for entry in fs::read_dir(from).unwrap().flatten() {
                let target = to.join(entry.file_name());
                if entry.path().is_dir() {
                    copy(&entry.path(), &target);
                } else {
                    fs::copy(entry.path(), target).unwrap();
                }
            }
        }
        let copy_root = std::env::temp_dir().join(format!(
            "xtask-structure-{}-{}",
            std::process::id(),
            file.replace('/', "-")
        ));
        let _ = fs::remove_dir_all(&copy_root);
        copy(
            &crate::checkout::root().join("crates/hybrid-model/src"),
            &copy_root,
        );
        let path = copy_root.join(file);
        let text = fs::read_to_string(&path).unwrap();
        fs::write(&path, format!("{line}\n{text}")).unwrap();
        copy_root
    }

    #[test]
    fn an_import_running_back_up_fails() {
        // The catalog, the lowest layer, reaching for the plan.
        let copy = model_with("i18n/catalog.rs", "use crate::procedure::plan::Plan;");
        let upward = breaches(&graph(&copy), &MODEL_LAYERS);
        // A script reaching for the checklist, in the same file as grouped imports.
        let copy2 = model_with(
            "scripts/preflight.rs",
            "use crate::{handover::checklist, i18n};",
        );
        let grouped = breaches(&graph(&copy2), &MODEL_LAYERS);
        // A module taking an item from the crate root.
        let copy3 = model_with("procedure/plan.rs", "use crate::Settings;");
        let rooted = breaches(&graph(&copy3), &MODEL_LAYERS);
        for dir in [&copy, &copy2, &copy3] {
            let _ = fs::remove_dir_all(dir);
        }
        assert_eq!(
            upward,
            ["i18n::catalog (layer i18n) imports procedure::plan (layer procedure, higher)"]
        );
        assert_eq!(
            grouped,
            [
                "scripts::preflight (layer scripts) imports handover::checklist (layer handover, higher)"
            ]
        );
        assert_eq!(
            rooted,
            ["procedure::plan imports the crate root, which declares it"]
        );
    }

    #[test]
    fn a_folder_in_no_layer_fails() {
        let mut graph = Graph::new();
        graph.insert(
            "extras::thing".into(),
            ["procedure::plan".to_owned()].into(),
        );
        graph.insert("procedure::plan".into(), BTreeSet::new());
        assert_eq!(
            breaches(&graph, &MODEL_LAYERS),
            [format!("extras::thing is in no layer of {MODEL_LAYERS:?}")]
        );
    }

    #[test]
    fn folders_that_import_each_other_are_a_cycle() {
        let mut graph = Graph::new();
        graph.insert("a::one".into(), ["b::two".to_owned()].into());
        graph.insert("b::three".into(), ["a::four".to_owned()].into());
        graph.insert("a::four".into(), BTreeSet::new());
        graph.insert("b::two".into(), BTreeSet::new());
        assert_eq!(cycles(&graph), Vec::<Vec<String>>::new());
        assert_eq!(cycles(&folders(&graph)), vec![vec!["a", "b"]]);
    }

    #[test]
    fn grouped_paths_are_imports() {
        let code = "use crate::{a, b::{c, d as e}, f::self};";
        assert_eq!(
            paths_after(code, "crate::"),
            vec![vec!["a"], vec!["b", "c"], vec!["b", "d"], vec!["f"]]
        );
        assert_eq!(
            paths_after("x(\"crate::\")", "crate::"),
            Vec::<Vec<&str>>::new()
        );
    }

    #[test]
    fn no_component_takes_more_than_four_props() {
        let mut files = Vec::new();
        sources(&crate::checkout::root().join("src"), &mut files);
        let wide: Vec<String> = files
            .iter()
            .flat_map(|f| wide_components(&fs::read_to_string(f).unwrap_or_default()))
            .collect();
        assert_eq!(
            wide,
            Vec::<String>::new(),
            "read the rest from the page's context"
        );
    }

    #[test]
    fn a_component_with_five_props_is_found() {
        let text = "#[component]\npub fn Wide(a: u8, b: Vec<(u8, u8)>, c: Box<dyn Fn(u8, u8) -> u8>, d: bool, e: u8) -> impl IntoView {}\n\
                    #[component]\nfn Narrow(#[prop(optional)] a: Option<Children>, b: Field) -> impl IntoView {}";
        assert_eq!(wide_components(text), vec!["Wide (5)".to_owned()]);
    }

    #[test]
    fn no_type_name_is_declared_twice_in_the_workspace() {
        let twice = duplicate_types(
            &crate::checkout::root(),
            &["src", "crates", "xtask", "tests"],
        );
        assert_eq!(
            twice,
            BTreeMap::new(),
            "one name, one type: rename one of each"
        );
    }

    #[test]
    fn declarations_are_read_from_their_lines() {
        let text = "pub struct A;\nenum B {}\npub(crate) trait C {}\ntype D = u8;\nimpl X {\n    type Value = u8;\n}\n// struct E\nlet s = \"struct F\";";
        assert_eq!(
            declared_types(text),
            ["A", "B", "C", "D"].map(String::from).into()
        );
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
