//! Packs the objects krilla writes one by one into a compressed object stream, with a
//! cross-reference stream (PDF 1.5 and later), so that the structure tree a tagged PDF needs —
//! hundreds of small dictionaries — costs a few kilobytes instead of tens.
//!
//! krilla writes every object as `N 0 obj … endobj` with a direct `/Length` on streams, and
//! text strings as hex; streams (page content, the font, metadata) are kept as they are.

use std::fmt::Write as _;
use std::io::Write as _;

/// One object of the input: its number and bytes between `obj` and `endobj`.
struct Object<'a> {
    number: u32,
    body: &'a [u8],
    stream: bool,
}

/// `pdf` with its non-stream objects in an object stream, or `None` if it is not laid out as
/// krilla writes it (the caller then keeps the original, which is just as valid).
pub(super) fn pack(pdf: &[u8]) -> Option<Vec<u8>> {
    let first = find(pdf, b"\n1 0 obj\n", 0).or_else(|| find(pdf, b" 0 obj\n", 0))?;
    let header_end = pdf[..=first].iter().rposition(|b| *b == b'\n')? + 1;
    let (objects, xref) = objects(pdf, header_end)?;
    let trailer = trailer(&pdf[xref..])?;

    let max = objects.iter().map(|o| o.number).max()?;
    let stream_number = max + 1;
    let xref_number = max + 2;
    // Cross-reference entries: (type, field 2, field 3).
    let mut entries = vec![(0u8, 0u32, 0xFFFFu16); xref_number as usize + 1];
    let mut out = pdf[..header_end].to_vec();

    let mut index_part = String::new();
    let mut body_part = Vec::new();
    let mut packed = 0u16;
    for object in &objects {
        if object.stream {
            entries[object.number as usize] = (1, u32::try_from(out.len()).ok()?, 0);
            writeln!(out, "{} 0 obj", object.number).ok()?;
            out.extend_from_slice(object.body);
            out.extend_from_slice(b"\nendobj\n");
        } else {
            entries[object.number as usize] = (2, stream_number, packed);
            packed = packed.checked_add(1)?;
            write!(index_part, "{} {} ", object.number, body_part.len()).ok()?;
            body_part.extend_from_slice(object.body);
            body_part.push(b'\n');
        }
    }
    let first_offset = index_part.len();
    let mut contents = index_part.into_bytes();
    contents.extend_from_slice(&body_part);
    let compressed = deflate(&contents)?;
    entries[stream_number as usize] = (1, u32::try_from(out.len()).ok()?, 0);
    write!(
        out,
        "{stream_number} 0 obj\n<</Type/ObjStm/N {packed}/First {first_offset}/Filter/FlateDecode/Length {}>>\nstream\n",
        compressed.len()
    )
    .ok()?;
    out.extend_from_slice(&compressed);
    out.extend_from_slice(b"\nendstream\nendobj\n");

    let xref_offset = u32::try_from(out.len()).ok()?;
    entries[xref_number as usize] = (1, xref_offset, 0);
    let mut table = Vec::with_capacity(entries.len() * 7);
    for (kind, field, last) in entries {
        table.push(kind);
        table.extend_from_slice(&field.to_be_bytes());
        table.extend_from_slice(&last.to_be_bytes());
    }
    let table = deflate(&table)?;
    write!(
        out,
        "{xref_number} 0 obj\n<</Type/XRef/Size {}/W[1 4 2]{trailer}/Filter/FlateDecode/Length {}>>\nstream\n",
        xref_number + 1,
        table.len()
    )
    .ok()?;
    out.extend_from_slice(&table);
    write!(
        out,
        "\nendstream\nendobj\nstartxref\n{xref_offset}\n%%EOF\n"
    )
    .ok()?;
    Some(out)
}

/// The objects from `start` up to the classic cross-reference table, and where that starts.
fn objects(pdf: &[u8], mut at: usize) -> Option<(Vec<Object<'_>>, usize)> {
    let mut objects = Vec::new();
    loop {
        while pdf.get(at)?.is_ascii_whitespace() {
            at += 1;
        }
        if pdf[at..].starts_with(b"xref") {
            return Some((objects, at));
        }
        let line_end = find(pdf, b"\n", at)?;
        let number: u32 = std::str::from_utf8(&pdf[at..line_end])
            .ok()?
            .strip_suffix(" 0 obj")?
            .parse()
            .ok()?;
        let body_start = line_end + 1;
        let end = find(pdf, b"\nendobj", body_start)?;
        let stream = find(pdf, b">>\nstream\n", body_start).filter(|s| *s < end);
        let body_end = match stream {
            Some(dict_end) => {
                let dict = std::str::from_utf8(&pdf[body_start..dict_end]).ok()?;
                let length: usize = dict
                    .split("/Length ")
                    .nth(1)?
                    .split(|c: char| !c.is_ascii_digit())
                    .next()?
                    .parse()
                    .ok()?;
                let data_end = dict_end + b">>\nstream\n".len() + length;
                let tail = b"\nendstream";
                (pdf.get(data_end..data_end + tail.len())? == tail).then_some(())?;
                data_end + tail.len()
            }
            None => end,
        };
        (pdf.get(body_end..body_end + 7)? == b"\nendobj").then_some(())?;
        objects.push(Object {
            number,
            body: &pdf[body_start..body_end],
            stream: stream.is_some(),
        });
        at = body_end + 7;
    }
}

/// The trailer's entries other than `/Size` (`/Root`, `/Info`, `/ID`), for the xref stream.
fn trailer(tail: &[u8]) -> Option<String> {
    let start = find(tail, b"trailer", 0)?;
    let text = std::str::from_utf8(&tail[start + b"trailer".len()..]).ok()?;
    let dict = text.trim_start().strip_prefix("<<")?;
    let dict = &dict[..dict.find(">>\nstartxref")?];
    let size_start = dict.find("/Size ")?;
    let size_end = dict[size_start + 6..]
        .find(|c: char| !c.is_ascii_digit())
        .map_or(dict.len(), |i| size_start + 6 + i);
    Some(format!("{}{}", &dict[..size_start], &dict[size_end..]))
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

fn deflate(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).ok()?;
    encoder.finish().ok()
}
