//! The rule of the layers (ARCHITECTURE.md), checked on the source: every `crate::`,
//! `super::` and `self::` path of `src/` is resolved to the module it names, and no
//! module may name one of a higher layer or of its own layer (so `pages` never
//! names `api`), nor may the files of one folder name each other in a circle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Each top-level module of `src/` and its layer: a module may use only modules
/// of a lower layer (and its own files). Keep in step with ARCHITECTURE.md.
const LAYERS: &[(&str, u8)] = &[
    ("domain", 0),
    ("cli", 0),
    ("calendar", 0),
    ("export", 0),
    ("db", 1),
    ("i18n", 1),
    ("error", 2),
    ("templates", 2),
    ("secrets", 3),
    ("store", 3),
    ("config", 4),
    ("mail", 5),
    ("ops", 6),
    ("web", 7),
    ("api", 8),
    ("pages", 8),
    ("worker", 9),
    ("startup", 10),
    ("commands", 11),
    ("main", 12),
];

fn layer(module: &str) -> Option<u8> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, l)| *l)
}

/// A source file and the module path it holds (`src/ops/events.rs`: ops, events).
struct SourceFile {
    path: PathBuf,
    module: Vec<String>,
    /// Whether the file is its folder's root (`mod.rs`), which binds its children.
    root: bool,
}

fn source_files(dir: &Path, module: &[String], out: &mut Vec<SourceFile>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        if path.is_dir() {
            let mut inner = module.to_vec();
            inner.push(name);
            source_files(&path, &inner, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let (module, root) = match name.as_str() {
                "mod" => (module.to_vec(), true),
                "lib" if module.is_empty() => (Vec::new(), true),
                _ => {
                    let mut inner = module.to_vec();
                    inner.push(name);
                    (inner, false)
                }
            };
            out.push(SourceFile { path, module, root });
        }
    }
}

/// The code of a file without its unit tests and comments.
fn code_of(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let code = text.split("#[cfg(test)]").next().unwrap_or("");
    code.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every path a file names, as segments (`crate::ops::{self, events::X}` gives
/// [crate, ops] and [crate, ops, events, X]).
fn named_paths(code: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let bytes = code.as_bytes();
    let starts_word = |i: usize| {
        i == 0
            || !(bytes[i - 1].is_ascii_alphanumeric()
                || bytes[i - 1] == b'_'
                || bytes[i - 1] == b':')
    };
    for anchor in ["crate::", "super::", "self::", "clustercord::"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(anchor) {
            let start = from + at;
            from = start + anchor.len();
            if !starts_word(start) {
                continue;
            }
            let head = anchor.trim_end_matches("::").to_owned();
            expand(&code[start + anchor.len()..], vec![head], &mut found);
        }
    }
    found
}

/// Reads `a::b::{c, d::e}` after a prefix, pushing each full path.
fn expand(rest: &str, prefix: Vec<String>, found: &mut Vec<Vec<String>>) {
    let mut path = prefix;
    let mut rest = rest;
    loop {
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let end = group
                .char_indices()
                .find(|(_, c)| {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    depth == 0
                })
                .map_or(group.len(), |(i, _)| i);
            for item in split_top_level(&group[..end]) {
                let item = item.trim();
                if item == "self" {
                    found.push(path.clone());
                } else if !item.is_empty() {
                    expand(item, path.clone(), found);
                }
            }
            return;
        }
        let word: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if word.is_empty() {
            found.push(path);
            return;
        }
        path.push(word.clone());
        rest = &rest[word.len()..];
        match rest.strip_prefix("::") {
            Some(more) => rest = more,
            None => {
                found.push(path);
                return;
            }
        }
    }
}

fn split_top_level(group: &str) -> Vec<&str> {
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&group[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&group[start..]);
    parts
}

/// The file of the deepest module a path names, from the crate root.
fn resolve(src: &Path, segments: &[String]) -> Option<(Vec<String>, PathBuf)> {
    let (mut module, mut file) = (Vec::new(), None);
    let mut dir = src.to_path_buf();
    for segment in segments {
        let (as_file, as_dir) = (dir.join(format!("{segment}.rs")), dir.join(segment));
        if as_file.is_file() {
            file = Some(as_file);
        } else if as_dir.join("mod.rs").is_file() {
            file = Some(as_dir.join("mod.rs"));
        } else {
            break;
        }
        module.push(segment.clone());
        dir = as_dir;
    }
    file.map(|f| (module, f))
}

#[test]
fn imports_point_down_the_layers_and_run_in_no_circle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    source_files(&src, &[], &mut files);
    let mut upward = BTreeSet::new();
    let mut unknown = BTreeSet::new();
    let mut edges: BTreeMap<PathBuf, BTreeSet<PathBuf>> = BTreeMap::new();
    for file in &files {
        let Some(top) = file.module.first() else {
            continue; // lib.rs only declares the modules
        };
        let Some(own) = layer(top) else {
            unknown.insert(top.clone());
            continue;
        };
        for path in named_paths(&code_of(&file.path)) {
            let absolute: Vec<String> = match path[0].as_str() {
                "crate" | "clustercord" => path[1..].to_vec(),
                // The parent module, for a folder's root and its other files alike.
                "super" => {
                    let mut base = file.module[..file.module.len() - 1].to_vec();
                    base.extend_from_slice(&path[1..]);
                    base
                }
                _ => {
                    let mut base = file.module.clone();
                    base.extend_from_slice(&path[1..]);
                    base
                }
            };
            let Some((module, target)) = resolve(&src, &absolute) else {
                continue; // an item of the crate root (a macro) or an outside crate
            };
            let Some(target_top) = module.first() else {
                continue;
            };
            if target_top != top {
                match layer(target_top) {
                    Some(theirs) if theirs < own => {}
                    Some(_) => {
                        upward.insert(format!(
                            "{} uses {} ({} is layer {own}, {target_top} layer {})",
                            file.path.strip_prefix(&src).unwrap().display(),
                            module.join("::"),
                            top,
                            layer(target_top).unwrap(),
                        ));
                    }
                    None => {
                        unknown.insert(target_top.clone());
                    }
                }
            } else if !file.root
                && target != file.path
                && target.parent() == file.path.parent()
                && !target.ends_with("mod.rs")
            {
                edges.entry(file.path.clone()).or_default().insert(target);
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "modules without a layer in LAYERS: {unknown:?}"
    );
    assert!(
        upward.is_empty(),
        "imports up or across a layer:\n{}",
        upward.into_iter().collect::<Vec<_>>().join("\n")
    );
    // A circle among the files of one folder: depth-first search for a back edge.
    fn visit(
        at: &PathBuf,
        edges: &BTreeMap<PathBuf, BTreeSet<PathBuf>>,
        trail: &mut Vec<PathBuf>,
        done: &mut BTreeSet<PathBuf>,
    ) -> Option<Vec<PathBuf>> {
        if let Some(i) = trail.iter().position(|p| p == at) {
            return Some(trail[i..].to_vec());
        }
        if !done.insert(at.clone()) {
            return None;
        }
        trail.push(at.clone());
        for next in edges.get(at).into_iter().flatten() {
            if let Some(circle) = visit(next, edges, trail, done) {
                return Some(circle);
            }
        }
        trail.pop();
        None
    }
    let mut done = BTreeSet::new();
    for start in edges.keys() {
        let circle = visit(start, &edges, &mut Vec::new(), &mut done);
        assert!(
            circle.is_none(),
            "files that use each other in a circle: {circle:?}"
        );
    }
}

#[test]
fn the_checker_sees_grouped_and_relative_paths() {
    let paths = named_paths(
        "use crate::ops::{self, events::{EventView, list}};\nlet x = super::views::Event::from(v);",
    );
    let shown: Vec<String> = paths.iter().map(|p| p.join("::")).collect();
    assert_eq!(
        shown,
        [
            "crate::ops",
            "crate::ops::events::EventView",
            "crate::ops::events::list",
            "super::views::Event::from"
        ]
    );
}
