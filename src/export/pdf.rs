//! The checklist as a PDF: laid out in [`layout`] (lines wrapped with kinsoku, blocks kept
//! together, page numbers), drawn with krilla, which embeds a subset of the bundled font so
//! the text stays copyable and searchable. The document is tagged and validated as PDF/UA-1:
//! headings, paragraphs and lists in reading order, each check box's state as text, the
//! language, a title and an outline, so that a screen reader can read the printed checklist.

mod compact;
mod layout;

use std::collections::HashMap;
use std::num::NonZeroU16;

use krilla::color::rgb;
use krilla::configure::{Accessibility, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, SpanTag, Tag, TagGroup, TagTree,
};
use krilla::text::{Font, TextDirection};
use krilla::{Data, Document, SerializeSettings};

use crate::assets;
use crate::export::checklist::Checklist;
use crate::i18n::{Paper, Texts};
use crate::progress::StepOutcome;
use layout::{BOX, INK, Kind, Layout, Measure, Node, Op, PAGE_NUMBER, SECONDARY};

/// Why the PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The bundled font could not be read (a broken build).
    #[error("the bundled font cannot be read")]
    Font,
    /// krilla refused to write the document (or found it not valid PDF/UA-1).
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

/// The space kept free around the text, in points.
pub const MARGIN: f32 = 50.0;

/// Lays the checklist out on pages of `paper` and writes the tagged PDF.
///
/// # Errors
/// Only with a broken build (the bundled font), or if krilla fails to write or validate.
pub fn render(checklist: &Checklist, texts: &Texts, paper: Paper) -> Result<Vec<u8>, PdfError> {
    let measure = Measure::new(assets::FONT)?;
    let (width, height) = paper.size();
    let laid = Layout::run(&measure, checklist, (width, height));
    let total = laid.pages.len();
    // The state of each box, as a screen reader says it.
    let states: Vec<(StepOutcome, String)> = StepOutcome::ALL
        .into_iter()
        .map(|o| (o, crate::tr!(texts, o.text_id())))
        .collect();

    let font = Font::new(Data::from(assets::FONT), 0).ok_or(PdfError::Font)?;
    let configuration = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|e| PdfError::Write(format!("{e:?}")))?;
    let mut document = Document::new_with(SerializeSettings {
        configuration,
        enable_tagging: true,
        ..SerializeSettings::default()
    });
    let language = texts.language().code().to_owned();
    document.set_metadata(
        Metadata::new()
            .title(checklist.title.clone())
            .language(language.clone())
            .creator("Sign-in Rescue".to_owned()),
    );
    let settings = PageSettings::from_wh(width, height).ok_or(PdfError::Font)?;
    let mut identifiers: HashMap<usize, Vec<Identifier>> = HashMap::new();
    for (index, ops) in laid.pages.iter().enumerate() {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        for op in ops {
            let (tag, content) = match op {
                Op::Text { content, .. } => (ContentTag::Span(SpanTag::empty()), Some(*content)),
                Op::CheckBox {
                    outcome, content, ..
                } => (
                    ContentTag::Span(
                        SpanTag::empty().with_actual_text(
                            states
                                .iter()
                                .find(|(o, _)| o == outcome)
                                .map(|(_, label)| label.as_str()),
                        ),
                    ),
                    Some(*content),
                ),
                Op::Line { .. } => (
                    ContentTag::Artifact(Artifact::with_kind(ArtifactType::Layout)),
                    None,
                ),
            };
            let identifier = surface.start_tagged(tag);
            draw(&mut surface, &font, op);
            surface.end_tagged();
            if let Some(content) = content {
                identifiers.entry(content).or_default().push(identifier);
            }
        }
        let number = crate::tr!(texts, "print-page", n = index + 1, total = total);
        let number_width = measure.width(&number, PAGE_NUMBER);
        surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
            ArtifactType::PageNumber,
        )));
        text(
            &mut surface,
            &font,
            ((width - number_width) / 2.0, height - MARGIN),
            PAGE_NUMBER,
            SECONDARY,
            &number,
        );
        surface.end_tagged();
        surface.finish();
        page.finish();
    }

    let mut tree = TagTree::new().with_lang(Some(language));
    for node in laid.structure {
        if let Some(node) = tag_node(node, &mut identifiers) {
            tree.push(node);
        }
    }
    document.set_tag_tree(tree);
    let mut outline = Outline::new();
    for anchor in laid.anchors {
        outline.push_child(OutlineNode::new(
            anchor.text,
            XyzDestination::new(anchor.page, Point::from_xy(MARGIN, anchor.top)),
        ));
    }
    document.set_outline(outline);
    let pdf = document
        .finish()
        .map_err(|e| PdfError::Write(format!("{e:?}")))?;
    Ok(compact::pack(&pdf).unwrap_or(pdf))
}

/// The krilla tag tree node for a structure node; content becomes the identifiers drawn for it.
fn tag_node(
    node: Node,
    identifiers: &mut HashMap<usize, Vec<Identifier>>,
) -> Option<krilla::tagging::Node> {
    match node {
        Node::Content(_) => None,
        Node::Element(kind, children) => {
            let mut group = TagGroup::new(match kind {
                Kind::Heading(level, title) => {
                    let level = NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN);
                    krilla::tagging::TagKind::from(Tag::Hn(level, Some(title)))
                }
                Kind::Paragraph => Tag::P.into(),
                Kind::List => Tag::L(ListNumbering::None).into(),
                Kind::ListItem => Tag::LI.into(),
                Kind::Label => Tag::Lbl.into(),
                Kind::ListBody => Tag::LBody.into(),
            });
            for child in children {
                match child {
                    Node::Content(id) => {
                        for identifier in identifiers.remove(&id).unwrap_or_default() {
                            group.push(identifier);
                        }
                    }
                    element @ Node::Element(..) => {
                        if let Some(node) = tag_node(element, identifiers) {
                            group.push(node);
                        }
                    }
                }
            }
            Some(group.into())
        }
    }
}

fn color((r, g, b): (u8, u8, u8)) -> rgb::Color {
    rgb::Color::new(r, g, b)
}

fn text(
    surface: &mut Surface<'_>,
    font: &Font,
    (x, baseline): (f32, f32),
    size: f32,
    c: (u8, u8, u8),
    text: &str,
) {
    surface.set_stroke(None);
    surface.set_fill(Some(Fill {
        paint: color(c).into(),
        opacity: NormalizedF32::ONE,
        rule: krilla::paint::FillRule::default(),
    }));
    surface.draw_text(
        Point::from_xy(x, baseline),
        font.clone(),
        size,
        text,
        false,
        TextDirection::Auto,
    );
}

fn draw(surface: &mut Surface<'_>, font: &Font, op: &Op) {
    match op {
        Op::Text {
            x,
            baseline,
            size,
            color: c,
            text: t,
            ..
        } => text(surface, font, (*x, *baseline), *size, *c, t),
        Op::Line {
            from,
            to,
            color: c,
            width,
        } => {
            let mut path = PathBuilder::new();
            path.move_to(from.0, from.1);
            path.line_to(to.0, to.1);
            stroke(surface, path, *c, *width);
        }
        Op::CheckBox {
            x, top, outcome, ..
        } => {
            let mut frame = PathBuilder::new();
            if let Some(rect) = Rect::from_xywh(*x, *top, BOX, BOX) {
                frame.push_rect(rect);
            }
            stroke(surface, frame, INK, 0.9);
            let (l, t, r, b) = (*x, *top, *x + BOX, *top + BOX);
            let mut mark = PathBuilder::new();
            match outcome {
                StepOutcome::NotTried => return,
                StepOutcome::Worked => {
                    mark.move_to(l + 1.8, t + BOX * 0.52);
                    mark.line_to(l + BOX * 0.42, b - 1.8);
                    mark.line_to(r - 1.5, t + 1.6);
                }
                StepOutcome::NoChange => {
                    mark.move_to(l + 2.0, t + 2.0);
                    mark.line_to(r - 2.0, b - 2.0);
                    mark.move_to(r - 2.0, t + 2.0);
                    mark.line_to(l + 2.0, b - 2.0);
                }
                StepOutcome::Skipped => {
                    mark.move_to(l + 2.0, t + BOX / 2.0);
                    mark.line_to(r - 2.0, t + BOX / 2.0);
                }
            }
            stroke(surface, mark, INK, 1.3);
        }
    }
}

fn stroke(surface: &mut Surface<'_>, path: PathBuilder, c: (u8, u8, u8), width: f32) {
    let Some(path) = path.finish() else { return };
    surface.set_fill(None);
    surface.set_stroke(Some(Stroke {
        paint: color(c).into(),
        width,
        ..Default::default()
    }));
    surface.draw_path(&path);
}
