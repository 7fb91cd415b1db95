//! The tera templates and static files, embedded in the binary at build time so the
//! program never depends on its working directory.

use include_dir::{include_dir, Dir};
use tera::Tera;

static TEMPLATES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/templates");
static STATIC: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/static");

/// Every template under `templates/`, named by its path (`pages/home.html`).
/// HTML is escaped by default; plain-text email parts (`.txt`) are not.
pub fn load() -> Result<Tera, tera::Error> {
    let mut files = Vec::new();
    collect(&TEMPLATES, &mut files);
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html"]);
    tera.register_function("t", crate::i18n::Translate);
    tera.add_raw_templates(files)?;
    Ok(tera)
}

fn collect(dir: &'static Dir<'static>, into: &mut Vec<(String, &'static str)>) {
    for file in dir.files() {
        if let Some(text) = file.contents_utf8() {
            into.push((file.path().to_string_lossy().replace('\\', "/"), text));
        }
    }
    for sub in dir.dirs() {
        collect(sub, into);
    }
}

/// A static file and its content type, by its path under `static/`.
pub fn static_file(path: &str) -> Option<(&'static [u8], &'static str)> {
    let file = STATIC.get_file(path)?;
    let content_type = match path.rsplit('.').next() {
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("js") => "text/javascript; charset=utf-8",
        _ => "application/octet-stream",
    };
    Some((file.contents(), content_type))
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_template_parses() {
        let tera = super::load().expect("templates parse");
        assert!(tera
            .get_template_names()
            .any(|name| name == "pages/base.html"));
    }
}
