//! The checklist as a PDF: pages laid out here (lines wrapped with kinsoku, blocks kept
//! together, page numbers), drawn with krilla, which embeds a subset of the bundled font so
//! the text stays copyable and searchable.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use krilla::{Data, Document};

use crate::assets;
use crate::export::checklist::{Block, Checklist};
use crate::export::wrap;
use crate::i18n::{Paper, Texts};
use crate::progress::StepOutcome;

/// Why the PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The bundled font could not be read (a broken build).
    #[error("the bundled font cannot be read")]
    Font,
    /// krilla refused to write the document.
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

/// The space kept free around the text, in points.
pub const MARGIN: f32 = 50.0;
/// Room for the page number, inside the bottom margin line.
const FOOTER: f32 = 22.0;
/// Where step text starts, right of the check box.
const STEP_INDENT: f32 = 18.0;
/// Size of a check box.
const BOX: f32 = 9.5;
/// Space between the ruled lines left for handwriting.
const RULE_GAP: f32 = 17.0;

const INK: (u8, u8, u8) = (25, 25, 25);
const GREY: (u8, u8, u8) = (95, 95, 95);
const ACCENT: (u8, u8, u8) = (20, 80, 150);
const RULE: (u8, u8, u8) = (185, 185, 185);

/// One thing to draw on a page.
#[derive(Debug, Clone)]
enum Op {
    Text {
        x: f32,
        baseline: f32,
        size: f32,
        color: (u8, u8, u8),
        text: String,
    },
    CheckBox {
        x: f32,
        top: f32,
        outcome: StepOutcome,
    },
    Line {
        from: (f32, f32),
        to: (f32, f32),
        color: (u8, u8, u8),
        width: f32,
    },
}

/// Measures text with the bundled font, as krilla will shape it.
struct Measure<'f> {
    face: rustybuzz::Face<'f>,
    units_per_em: f32,
}

impl<'f> Measure<'f> {
    fn new(font: &'f [u8]) -> Result<Self, PdfError> {
        let face = rustybuzz::Face::from_slice(font, 0).ok_or(PdfError::Font)?;
        // A font's units per em is a small positive integer (16..=16384).
        #[expect(clippy::cast_precision_loss, reason = "small integer")]
        let units_per_em = face.units_per_em() as f32;
        Ok(Self { face, units_per_em })
    }

    /// The advance of each character of `text` at `size` points.
    fn advances(&self, text: &str, size: f32) -> Vec<f32> {
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let shaped = rustybuzz::shape(&self.face, &[], buffer);
        // Each glyph's advance goes to the character its cluster starts at.
        let char_starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let mut widths = vec![0.0; char_starts.len()];
        for (info, position) in shaped.glyph_infos().iter().zip(shaped.glyph_positions()) {
            let cluster = info.cluster as usize;
            let index = char_starts.partition_point(|start| *start < cluster);
            if let Some(width) = widths.get_mut(index) {
                #[expect(clippy::cast_precision_loss, reason = "font units are small integers")]
                let advance = position.x_advance as f32;
                *width += advance * size / self.units_per_em;
            }
        }
        widths
    }
}

/// Lays the checklist out on pages of `paper` and writes the PDF.
///
/// # Errors
/// Only with a broken build (the bundled font) or if krilla fails to write.
pub fn render(checklist: &Checklist, texts: &Texts, paper: Paper) -> Result<Vec<u8>, PdfError> {
    let measure = Measure::new(assets::FONT)?;
    let (width, height) = paper.size();
    let mut layout = Layout {
        measure: &measure,
        pages: vec![Vec::new()],
        y: MARGIN,
        width,
        height,
        bullet: checklist.bullet.clone(),
    };
    layout.document(checklist);
    let pages = layout.pages;
    let total = pages.len();

    let font = Font::new(Data::from(assets::FONT), 0).ok_or(PdfError::Font)?;
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(checklist.title.clone())
            .language(texts.language().code().to_owned())
            .creator("Sign-in Rescue".to_owned()),
    );
    let settings = PageSettings::from_wh(width, height).ok_or(PdfError::Font)?;
    for (index, ops) in pages.iter().enumerate() {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        for op in ops {
            draw(&mut surface, &font, op);
        }
        let number = crate::tr!(texts, "print-page", n = index + 1, total = total);
        let number_width: f32 = measure.advances(&number, 8.5).iter().sum();
        draw(
            &mut surface,
            &font,
            &Op::Text {
                x: (width - number_width) / 2.0,
                baseline: height - MARGIN,
                size: 8.5,
                color: GREY,
                text: number,
            },
        );
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| PdfError::Write(format!("{e:?}")))
}

/// The running state of the layout: finished pages and the position on the current one.
struct Layout<'m, 'f> {
    measure: &'m Measure<'f>,
    pages: Vec<Vec<Op>>,
    y: f32,
    width: f32,
    height: f32,
    bullet: String,
}

impl Layout<'_, '_> {
    fn bottom(&self) -> f32 {
        self.height - MARGIN - FOOTER
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
    }

    /// Starts a new page unless `needed` points are left on this one.
    fn keep(&mut self, needed: f32) {
        if self.y + needed > self.bottom() && self.y > MARGIN {
            self.new_page();
        }
    }

    fn push(&mut self, op: Op) {
        if let Some(page) = self.pages.last_mut() {
            page.push(op);
        }
    }

    fn lines(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        wrap::break_lines(&clean(text), width, |p| self.measure.advances(p, size))
    }

    /// Writes wrapped text at `x`, flowing onto new pages as needed.
    fn paragraph(&mut self, text: &str, x: f32, size: f32, color: (u8, u8, u8)) {
        let line_height = size * 1.45;
        for line in self.lines(text, size, self.width - MARGIN - x) {
            self.keep(line_height);
            self.y += line_height;
            if !line.is_empty() {
                self.push(Op::Text {
                    x,
                    baseline: self.y - size * 0.3,
                    size,
                    color,
                    text: line,
                });
            }
        }
    }

    fn rule(&mut self, x: f32, color: (u8, u8, u8), width: f32) {
        let right = self.width - MARGIN;
        self.push(Op::Line {
            from: (x, self.y),
            to: (right, self.y),
            color,
            width,
        });
    }

    fn document(&mut self, checklist: &Checklist) {
        self.paragraph(&checklist.title, MARGIN, 18.0, INK);
        self.paragraph(&checklist.subtitle, MARGIN, 9.5, GREY);
        self.y += 6.0;
        self.legend(&checklist.legend);
        for block in &checklist.blocks {
            self.block(block);
        }
    }

    fn legend(&mut self, legend: &[(StepOutcome, String)]) {
        let size = 9.0;
        self.keep(size * 2.0);
        self.y += size * 1.6;
        let mut x = MARGIN;
        for (outcome, label) in legend {
            let label_width: f32 = self.measure.advances(label, size).iter().sum();
            if x + BOX + 4.0 + label_width > self.width - MARGIN {
                x = MARGIN;
                self.y += size * 1.6;
            }
            self.push(Op::CheckBox {
                x,
                top: self.y - BOX,
                outcome: *outcome,
            });
            self.push(Op::Text {
                x: x + BOX + 4.0,
                baseline: self.y - 1.5,
                size,
                color: INK,
                text: label.clone(),
            });
            x += BOX + 4.0 + label_width + 16.0;
        }
        self.y += 4.0;
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading(text) => {
                // Keep a heading with at least three lines of what follows.
                self.keep(13.0 * 1.45 + 40.0);
                self.y += 10.0;
                self.paragraph(text, MARGIN, 13.0, ACCENT);
                self.y += 3.0;
                self.rule(MARGIN, ACCENT, 0.6);
                self.y += 2.0;
            }
            Block::Cause { title, lines } => {
                self.keep(11.5 * 1.45 + 9.0 * 1.45 * 2.0 + 30.0);
                self.y += 6.0;
                self.paragraph(title, MARGIN, 11.5, INK);
                for line in lines {
                    self.paragraph(line, MARGIN + 8.0, 9.0, GREY);
                }
            }
            Block::Step {
                outcome,
                title,
                detail,
                marked,
                note,
            } => self.step(*outcome, title, detail, marked.as_deref(), note.as_deref()),
            Block::Text(text) => {
                self.y += 3.0;
                self.paragraph(text, MARGIN, 10.0, INK);
            }
            Block::Muted(text) => self.paragraph(text, MARGIN, 9.0, GREY),
            Block::Item(text) => {
                let item = format!("{}{text}", self.bullet);
                self.paragraph(&item, MARGIN + 4.0, 10.0, INK);
            }
            Block::Address(url) => self.paragraph(url, MARGIN + 8.0, 9.0, ACCENT),
        }
    }

    fn step(
        &mut self,
        outcome: StepOutcome,
        title: &str,
        detail: &str,
        marked: Option<&str>,
        note: Option<&str>,
    ) {
        let x = MARGIN + STEP_INDENT;
        let size = 10.5;
        // Keep the box, the title and the first line of detail together.
        self.keep(size * 1.45 + 9.0 * 1.45 + 6.0);
        self.y += 4.0;
        let box_top = self.y + (size * 1.45 - BOX) / 2.0 - 1.0;
        self.push(Op::CheckBox {
            x: MARGIN + 2.0,
            top: box_top,
            outcome,
        });
        self.paragraph(title, x, size, INK);
        self.paragraph(detail, x, 8.5, GREY);
        if let Some(marked) = marked {
            self.paragraph(marked, x, 8.5, ACCENT);
        }
        if let Some(note) = note {
            self.paragraph(note, x, 9.5, INK);
        }
        if outcome == StepOutcome::NotTried {
            // Two ruled lines to write on.
            for _ in 0..2 {
                self.keep(RULE_GAP);
                self.y += RULE_GAP;
                self.rule(x, RULE, 0.5);
            }
            self.y += 2.0;
        }
    }
}

/// Text as it should be printed: no isolation marks, no control characters.
fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}') && (*c == '\n' || !c.is_control()))
        .collect()
}

fn color((r, g, b): (u8, u8, u8)) -> rgb::Color {
    rgb::Color::new(r, g, b)
}

fn draw(surface: &mut Surface<'_>, font: &Font, op: &Op) {
    match op {
        Op::Text {
            x,
            baseline,
            size,
            color: c,
            text,
        } => {
            surface.set_stroke(None);
            surface.set_fill(Some(Fill {
                paint: color(*c).into(),
                opacity: NormalizedF32::ONE,
                rule: krilla::paint::FillRule::default(),
            }));
            surface.draw_text(
                Point::from_xy(*x, *baseline),
                font.clone(),
                *size,
                text,
                false,
                TextDirection::Auto,
            );
        }
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
        Op::CheckBox { x, top, outcome } => {
            let mut frame = PathBuilder::new();
            if let Some(rect) = Rect::from_xywh(*x, *top, BOX, BOX) {
                frame.push_rect(rect);
            }
            stroke(surface, frame, INK, 0.8);
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
            stroke(surface, mark, INK, 1.2);
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
