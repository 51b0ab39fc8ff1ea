//! The checklist laid out on pages: lines wrapped with kinsoku, blocks kept together, and
//! beside the drawing, the document's logical structure (headings, paragraphs, lists) that
//! the tagged PDF gives to screen readers.

use crate::export::checklist::{Block, Checklist};
use crate::export::pdf::{MARGIN, PdfError};
use crate::progress::StepOutcome;
use crate::text::{break_address, break_lines};

/// Room for the page number, inside the bottom margin line.
const FOOTER: f32 = 22.0;
/// Where step text starts, right of the check box.
const STEP_INDENT: f32 = 18.0;
/// Size of a check box.
pub(super) const BOX: f32 = 10.0;
/// Space between the ruled lines left for handwriting.
const RULE_GAP: f32 = 17.0;
/// Lines of text are this many times their size apart.
const LEADING: f32 = 1.5;

/// Body text: near-black, at least 10 pt, so that it reads well on paper.
pub(super) const INK: (u8, u8, u8) = (20, 20, 20);
/// Secondary text (details, dates): still near-black (about 14:1 on white), set apart by size.
pub(super) const SECONDARY: (u8, u8, u8) = (45, 45, 45);
/// Headings and addresses.
pub(super) const ACCENT: (u8, u8, u8) = (15, 65, 130);
/// The ruled lines for handwriting.
pub(super) const RULE: (u8, u8, u8) = (170, 170, 170);

/// Text sizes in points.
const TITLE: f32 = 18.0;
const HEADING: f32 = 13.5;
const CAUSE: f32 = 12.0;
const STEP: f32 = 11.0;
const BODY: f32 = 10.5;
const SMALL: f32 = 10.0;
/// The page number, a running artifact rather than body text.
pub(super) const PAGE_NUMBER: f32 = 9.0;

/// One thing to draw on a page. `content` names the piece of the logical structure it belongs
/// to; `None` marks an artifact (ruled lines, decoration) that screen readers skip.
#[derive(Debug, Clone)]
pub(super) enum Op {
    Text {
        x: f32,
        baseline: f32,
        size: f32,
        color: (u8, u8, u8),
        text: String,
        content: usize,
    },
    CheckBox {
        x: f32,
        top: f32,
        outcome: StepOutcome,
        content: usize,
    },
    Line {
        from: (f32, f32),
        to: (f32, f32),
        color: (u8, u8, u8),
        width: f32,
    },
}

/// A structure element of the tagged PDF.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Kind {
    /// A heading of `level` (1 for the title), with its text as the heading's title.
    Heading(u16, String),
    Paragraph,
    List,
    ListItem,
    /// A list item's label: the bullet or the check box.
    Label,
    ListBody,
}

/// A node of the logical structure: an element, or content drawn on the pages.
#[derive(Debug, Clone)]
pub(super) enum Node {
    Element(Kind, Vec<Node>),
    /// All the ops tagged with this content number, in drawing order.
    Content(usize),
}

/// A heading for the outline: its text, page index and top.
pub(super) struct Anchor {
    pub text: String,
    pub page: usize,
    pub top: f32,
}

/// Measures text with the bundled font, as krilla will shape it.
pub(super) struct Measure<'f> {
    face: rustybuzz::Face<'f>,
    units_per_em: f32,
}

impl<'f> Measure<'f> {
    pub(super) fn new(font: &'f [u8]) -> Result<Self, PdfError> {
        let face = rustybuzz::Face::from_slice(font, 0).ok_or(PdfError::Font)?;
        // A font's units per em is a small positive integer (16..=16384).
        #[expect(clippy::cast_precision_loss, reason = "small integer")]
        let units_per_em = face.units_per_em() as f32;
        Ok(Self { face, units_per_em })
    }

    /// The advance of each character of `text` at `size` points.
    pub(super) fn advances(&self, text: &str, size: f32) -> Vec<f32> {
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

    pub(super) fn width(&self, text: &str, size: f32) -> f32 {
        self.advances(text, size).iter().sum()
    }
}

/// The pages, the structure and the outline of a laid-out checklist.
pub(super) struct Laid {
    pub pages: Vec<Vec<Op>>,
    pub structure: Vec<Node>,
    pub anchors: Vec<Anchor>,
}

/// The running state of the layout: finished pages, the position on the current one, and the
/// structure elements still open.
pub(super) struct Layout<'m, 'f> {
    measure: &'m Measure<'f>,
    pages: Vec<Vec<Op>>,
    y: f32,
    width: f32,
    height: f32,
    bullet: String,
    /// Open elements, outermost first; the first is the document itself.
    open: Vec<(Option<Kind>, Vec<Node>)>,
    contents: usize,
    anchors: Vec<Anchor>,
}

impl<'m, 'f> Layout<'m, 'f> {
    pub(super) fn run(
        measure: &'m Measure<'f>,
        checklist: &Checklist,
        (width, height): (f32, f32),
    ) -> Laid {
        let mut layout = Layout {
            measure,
            pages: vec![Vec::new()],
            y: MARGIN,
            width,
            height,
            bullet: checklist.bullet.trim_end().to_owned(),
            open: vec![(None, Vec::new())],
            contents: 0,
            anchors: Vec::new(),
        };
        layout.document(checklist);
        while layout.open.len() > 1 {
            layout.close();
        }
        let structure = layout
            .open
            .pop()
            .map(|(_, nodes)| nodes)
            .unwrap_or_default();
        Laid {
            pages: layout.pages,
            structure,
            anchors: layout.anchors,
        }
    }

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

    fn begin(&mut self, kind: Kind) {
        self.open.push((Some(kind), Vec::new()));
    }

    fn close(&mut self) {
        if self.open.len() > 1
            && let Some((Some(kind), children)) = self.open.pop()
            && let Some((_, parent)) = self.open.last_mut()
        {
            parent.push(Node::Element(kind, children));
        }
    }

    /// A new piece of content in the innermost open element.
    fn content(&mut self) -> usize {
        let id = self.contents;
        self.contents += 1;
        if let Some((_, children)) = self.open.last_mut() {
            children.push(Node::Content(id));
        }
        id
    }

    fn lines(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        break_lines(&clean(text), width, |p| self.measure.advances(p, size))
    }

    /// Writes `lines` at `x`, flowing onto new pages as needed, as one piece of content.
    fn write(&mut self, lines: Vec<String>, x: f32, size: f32, color: (u8, u8, u8)) {
        let content = self.content();
        let line_height = size * LEADING;
        for line in lines {
            self.keep(line_height);
            self.y += line_height;
            if !line.is_empty() {
                self.push(Op::Text {
                    x,
                    baseline: self.y - size * 0.35,
                    size,
                    color,
                    text: line,
                    content,
                });
            }
        }
    }

    /// Wrapped text at `x`, as one element of `kind`.
    fn paragraph(&mut self, kind: Kind, text: &str, x: f32, size: f32, color: (u8, u8, u8)) {
        let lines = self.lines(text, size, self.width - MARGIN - x);
        self.begin(kind);
        self.write(lines, x, size, color);
        self.close();
    }

    fn heading(&mut self, level: u16, text: &str, size: f32, color: (u8, u8, u8)) {
        let top = self.y;
        let page = self.pages.len() - 1;
        self.paragraph(Kind::Heading(level, clean(text)), text, MARGIN, size, color);
        if level == 2 {
            // The heading may have moved to a new page: anchor it where it landed.
            let (page, top) = if self.pages.len() - 1 == page {
                (page, top)
            } else {
                (self.pages.len() - 1, MARGIN)
            };
            self.anchors.push(Anchor {
                text: clean(text),
                page,
                top,
            });
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
        self.heading(1, &checklist.title, TITLE, INK);
        self.paragraph(
            Kind::Paragraph,
            &checklist.subtitle,
            MARGIN,
            SMALL,
            SECONDARY,
        );
        self.y += 6.0;
        self.legend(&checklist.legend);
        // A run of items (or of steps) is one list.
        let mut list: Option<Run> = None;
        for block in &checklist.blocks {
            let run = match block {
                Block::Item(_) => Some(Run::Items),
                Block::Step { .. } => Some(Run::Steps),
                _ => None,
            };
            if run != list {
                if list.is_some() {
                    self.close();
                }
                if run.is_some() {
                    self.begin(Kind::List);
                }
                list = run;
            }
            self.block(block);
        }
    }

    fn legend(&mut self, legend: &[(StepOutcome, String)]) {
        let size = SMALL;
        self.keep(size * 2.0);
        self.y += size * 1.6;
        let mut x = MARGIN;
        self.begin(Kind::List);
        for (outcome, label) in legend {
            let label_width = self.measure.width(label, size);
            if x + BOX + 4.0 + label_width > self.width - MARGIN {
                x = MARGIN;
                self.y += size * 1.6;
            }
            self.begin(Kind::ListItem);
            self.begin(Kind::Label);
            let content = self.content();
            self.push(Op::CheckBox {
                x,
                top: self.y - BOX + 1.0,
                outcome: *outcome,
                content,
            });
            self.close();
            self.begin(Kind::ListBody);
            let content = self.content();
            self.push(Op::Text {
                x: x + BOX + 4.0,
                baseline: self.y - 1.0,
                size,
                color: INK,
                text: label.clone(),
                content,
            });
            self.close();
            self.close();
            x += BOX + 4.0 + label_width + 16.0;
        }
        self.close();
        self.y += 4.0;
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading(text) => {
                // Keep a heading with at least three lines of what follows.
                self.keep(HEADING * LEADING + 45.0);
                self.y += 10.0;
                self.heading(2, text, HEADING, ACCENT);
                self.y += 3.0;
                self.rule(MARGIN, ACCENT, 0.6);
                self.y += 2.0;
            }
            Block::Cause { title, lines } => {
                self.keep(CAUSE * LEADING + SMALL * LEADING * 2.0 + 30.0);
                self.y += 6.0;
                self.heading(3, title, CAUSE, INK);
                for line in lines {
                    self.paragraph(Kind::Paragraph, line, MARGIN + 8.0, SMALL, SECONDARY);
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
                self.paragraph(Kind::Paragraph, text, MARGIN, BODY, INK);
            }
            Block::Muted(text) => self.paragraph(Kind::Paragraph, text, MARGIN, SMALL, SECONDARY),
            Block::Item(text) => self.item(text),
            Block::Address(url) => {
                // On a line of its own, broken only between the parts of the address.
                let x = MARGIN + 8.0;
                let lines = break_address(url, self.width - MARGIN - x, |p| {
                    self.measure.advances(p, SMALL)
                });
                self.begin(Kind::Paragraph);
                self.write(lines, x, SMALL, ACCENT);
                self.close();
            }
        }
    }

    /// A list item with a hanging bullet.
    fn item(&mut self, text: &str) {
        let x = MARGIN + 4.0;
        let bullet_width = self.measure.width(&self.bullet, BODY) + 3.0;
        let lines = self.lines(text, BODY, self.width - MARGIN - x - bullet_width);
        let line_height = BODY * LEADING;
        self.keep(line_height);
        self.begin(Kind::ListItem);
        self.begin(Kind::Label);
        let content = self.content();
        self.push(Op::Text {
            x,
            baseline: self.y + line_height - BODY * 0.35,
            size: BODY,
            color: INK,
            text: self.bullet.clone(),
            content,
        });
        self.close();
        self.begin(Kind::ListBody);
        self.write(lines, x + bullet_width, BODY, INK);
        self.close();
        self.close();
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
        // Keep the box, the title and the first line of detail together.
        self.keep(STEP * LEADING + SMALL * LEADING + 6.0);
        self.y += 4.0;
        self.begin(Kind::ListItem);
        self.begin(Kind::Label);
        let content = self.content();
        let box_top = self.y + (STEP * LEADING - BOX) / 2.0 - 1.0;
        self.push(Op::CheckBox {
            x: MARGIN + 2.0,
            top: box_top,
            outcome,
            content,
        });
        self.close();
        self.begin(Kind::ListBody);
        self.paragraph(Kind::Paragraph, title, x, STEP, INK);
        self.paragraph(Kind::Paragraph, detail, x, SMALL, SECONDARY);
        if let Some(marked) = marked {
            self.paragraph(Kind::Paragraph, marked, x, SMALL, ACCENT);
        }
        if let Some(note) = note {
            self.paragraph(Kind::Paragraph, note, x, BODY, INK);
        }
        self.close();
        self.close();
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

/// The kind of a run of list items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Run {
    Items,
    Steps,
}

/// Text as it should be printed: no isolation marks, no control characters.
pub(super) fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}') && (*c == '\n' || !c.is_control()))
        .collect()
}
