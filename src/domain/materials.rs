//! Materials of an event or a group: files (agendas, slides, minutes, photos) and
//! links (videos, shared folders), each with a kind, a language and who may see
//! it. CONTRACT.md, "Materials".

use serde::Deserialize;
use utoipa::ToSchema;

use super::fields::FieldErrors;
use super::values::{required_text, Invalid, Language};

/// The largest file accepted: 25 MiB.
pub const MAX_FILE_BYTES: usize = 25 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MaterialKind {
    Agenda,
    Slides,
    Minutes,
    Report,
    Photo,
    Video,
    AttendanceSheet,
    Other,
}

impl MaterialKind {
    pub const ALL: [MaterialKind; 8] = [
        MaterialKind::Agenda,
        MaterialKind::Slides,
        MaterialKind::Minutes,
        MaterialKind::Report,
        MaterialKind::Photo,
        MaterialKind::Video,
        MaterialKind::AttendanceSheet,
        MaterialKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MaterialKind::Agenda => "agenda",
            MaterialKind::Slides => "slides",
            MaterialKind::Minutes => "minutes",
            MaterialKind::Report => "report",
            MaterialKind::Photo => "photo",
            MaterialKind::Video => "video",
            MaterialKind::AttendanceSheet => "attendance_sheet",
            MaterialKind::Other => "other",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        MaterialKind::ALL
            .into_iter()
            .find(|k| k.as_str() == raw.trim())
            .ok_or_else(|| {
                Invalid(
                    "must be agenda, slides, minutes, report, photo, video, attendance_sheet or other"
                        .into(),
                )
            })
    }
}

/// Who may see a material.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    /// Anyone.
    Public,
    /// The confirmed registrants of the event (of any event of the group, for a
    /// group's material), through their manage link; and the group's staff.
    Participants,
    /// The group's staff.
    Staff,
}

impl Visibility {
    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Participants => "participants",
            Visibility::Staff => "staff",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        match raw.trim() {
            "public" => Ok(Visibility::Public),
            "participants" => Ok(Visibility::Participants),
            "staff" => Ok(Visibility::Staff),
            _ => Err(Invalid("must be public, participants or staff".into())),
        }
    }
}

/// Who is asking to see materials.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    Anyone,
    /// Holds the manage link of a confirmed registration for the material's event
    /// (or, for a group's material, for an event of the group).
    Participant,
    /// Staff of the material's group.
    Staff,
}

impl Visibility {
    pub fn admits(self, viewer: Viewer) -> bool {
        match self {
            Visibility::Public => true,
            Visibility::Participants => viewer != Viewer::Anyone,
            Visibility::Staff => viewer == Viewer::Staff,
        }
    }
}

/// The fields of a material besides its file or link, as both faces send them.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MaterialInput {
    #[schema(required = true)]
    pub title: Option<String>,
    /// agenda, slides, minutes, report, photo, video, attendance_sheet or other
    #[schema(required = true)]
    pub kind: Option<String>,
    /// The language it is in (en it de hu sk cs pl sl), or none
    pub language: Option<String>,
    /// public, participants (the default) or staff
    pub visibility: Option<String>,
    /// For a link: http or https only
    pub url: Option<String>,
}

/// A checked material, before its file or link is stored.
#[derive(Debug, Clone)]
pub struct NewMaterial {
    pub title: String,
    pub kind: MaterialKind,
    pub language: Option<Language>,
    pub visibility: Visibility,
    /// `Some` for a link, `None` for a file.
    pub url: Option<String>,
}

impl MaterialInput {
    /// The fields of a form (a multipart upload), empty ones left out.
    pub fn from_fields(fields: &mut std::collections::BTreeMap<String, String>) -> MaterialInput {
        let mut field = |name: &str| fields.remove(name).filter(|v| !v.trim().is_empty());
        MaterialInput {
            title: field("title"),
            kind: field("kind"),
            language: field("language"),
            visibility: field("visibility"),
            url: field("url"),
        }
    }

    /// `file`: whether a file comes with it (then no `url`); otherwise a link.
    pub fn parse(self, file: bool) -> Result<NewMaterial, FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = errors.check("title", required_text(self.title.as_deref(), 200));
        let kind = match self.kind.as_deref() {
            None => {
                errors.add("kind", "is required");
                None
            }
            Some(raw) => errors.check("kind", MaterialKind::parse(raw)),
        };
        let language = match self.language.as_deref().map(str::trim) {
            None | Some("") => Some(None),
            Some(code) => errors.check("language", Language::parse(code)).map(Some),
        };
        let visibility = match self.visibility.as_deref() {
            None => Some(Visibility::Participants),
            Some(raw) => errors.check("visibility", Visibility::parse(raw)),
        };
        let url = match (self.url.as_deref().map(str::trim), file) {
            (Some(""), _) | (None, true) => Some(None),
            (Some(_), true) => {
                errors.add("url", "send a file or a link, not both");
                None
            }
            (None, false) => {
                errors.add("url", "is required for a link (or send a file)");
                None
            }
            (Some(raw), false) => errors.check("url", web_link(raw)).map(Some),
        };
        match (title, kind, language, visibility, url) {
            (Some(title), Some(kind), Some(language), Some(visibility), Some(url))
                if errors.is_empty() =>
            {
                Ok(NewMaterial {
                    title,
                    kind,
                    language,
                    visibility,
                    url,
                })
            }
            _ => Err(errors),
        }
    }
}

/// A link people may follow: http or https with a host, at most 2,000 characters.
/// Anything else (`javascript:`, `data:`, `file:`) is refused.
pub fn web_link(raw: &str) -> Result<String, Invalid> {
    let refused = || Invalid("must be an http or https address".into());
    if raw.len() > 2_000 || raw.chars().any(char::is_control) {
        return Err(refused());
    }
    let parsed = url::Url::parse(raw).map_err(|_| refused())?;
    match (parsed.scheme(), parsed.host_str()) {
        ("http" | "https", Some(host)) if !host.is_empty() => Ok(parsed.to_string()),
        _ => Err(refused()),
    }
}

/// A file's name as it may be offered for download: no folders, no characters
/// that file systems reserve, no leading dot, at most 150 characters; a name
/// that is left empty becomes `material`.
pub fn file_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let options = sanitize_filename::Options {
        replacement: "_",
        ..Default::default()
    };
    let cleaned = sanitize_filename::sanitize_with_options(base, options);
    let cleaned = cleaned.trim().trim_start_matches('.').trim();
    let cleaned: String = cleaned.chars().take(150).collect();
    if cleaned.is_empty() {
        "material".to_owned()
    } else {
        cleaned
    }
}

/// The content type of a file, from its bytes rather than its name: what the
/// bytes are (PDF, images, office documents, archives, media), else plain text
/// when they are UTF-8, else opaque bytes. Never HTML or SVG.
pub fn content_type(bytes: &[u8]) -> String {
    // Types a browser would run (pages, scripts, SVG) are never named as such.
    const ACTIVE: [&str; 5] = [
        "text/html",
        "application/xhtml+xml",
        "image/svg+xml",
        "text/xml",
        "application/javascript",
    ];
    if let Some(kind) = infer::get(bytes).filter(|k| !ACTIVE.contains(&k.mime_type())) {
        return kind.mime_type().to_owned();
    }
    if std::str::from_utf8(bytes).is_ok() {
        return "text/plain; charset=utf-8".to_owned();
    }
    "application/octet-stream".to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_links_are_taken() {
        assert!(web_link("https://www.youtube.com/watch?v=abc").is_ok());
        assert!(web_link("http://example.org/minutes").is_ok());
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,<script>",
            "file:///etc/passwd",
            "ftp://example.org/x",
            "https://",
            "not a link",
        ] {
            assert!(web_link(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn file_names_lose_folders_and_dangerous_characters() {
        assert_eq!(file_name("../../etc/passwd"), "passwd");
        assert_eq!(file_name("C:\\Users\\ana\\minutes.pdf"), "minutes.pdf");
        assert_eq!(file_name("a\"b<c\r\n.pdf"), "a_b_c__.pdf");
        assert_eq!(file_name(".htaccess"), "htaccess");
        assert_eq!(file_name("   "), "material");
        assert_eq!(file_name(&"x".repeat(300)).len(), 150);
    }

    #[test]
    fn the_content_type_comes_from_the_bytes() {
        assert_eq!(content_type(b"%PDF-1.7\n..."), "application/pdf");
        assert_eq!(content_type(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), "image/png");
        // A "PDF" that is HTML is served as text, never as HTML.
        assert_eq!(
            content_type(b"<html><script>alert(1)</script></html>"),
            "text/plain; charset=utf-8"
        );
        assert_eq!(
            content_type(&[0xff, 0xfe, 0x00, 0x01]),
            "application/octet-stream"
        );
    }

    #[test]
    fn who_sees_what() {
        use Viewer::*;
        assert!(Visibility::Public.admits(Anyone));
        assert!(!Visibility::Participants.admits(Anyone));
        assert!(Visibility::Participants.admits(Participant));
        assert!(!Visibility::Staff.admits(Participant));
        assert!(Visibility::Staff.admits(Staff));
    }

    #[test]
    fn a_material_is_a_file_or_a_link() {
        let input = |json: &str| serde_json::from_str::<MaterialInput>(json).unwrap();
        let link =
            input(r#"{"title": "Recording", "kind": "video", "url": "https://vimeo.com/1"}"#)
                .parse(false)
                .unwrap();
        assert_eq!(link.visibility, Visibility::Participants);
        let bad = input(r#"{"title": "x", "kind": "video", "url": "javascript:alert(1)"}"#)
            .parse(false)
            .unwrap_err();
        assert!(bad.get("url").is_some());
        let both = input(r#"{"title": "x", "kind": "slides", "url": "https://a.org"}"#)
            .parse(true)
            .unwrap_err();
        assert!(both.get("url").is_some());
        let errors = input(r#"{"kind": "poster", "language": "fr", "visibility": "all"}"#)
            .parse(true)
            .unwrap_err();
        for field in ["title", "kind", "language", "visibility"] {
            assert!(errors.get(field).is_some(), "{field}");
        }
    }
}
