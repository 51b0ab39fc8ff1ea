//! Line breaking for Japanese and English text, one set of rules for the printed checklist
//! and the window: Japanese breaks between
//! characters with kinsoku (no line starts with 、。」ー and the like, none ends with 「（), not
//! inside a katakana word (ア/カウント) where another break fits, Latin text breaks at spaces,
//! and a word longer than a line is broken wherever it must.

/// Characters that must not start a line (行頭禁則).
const NO_LINE_START: &str = "、。，．,.・：；:;？！?!ー～…‥々ゝゞヽヾ」』）］｝〉》】〕〗〙〛’”)]}>%‰℃゜゛ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ";

/// Characters that must not end a line (行末禁則).
const NO_LINE_END: &str = "「『（［｛〈《【〔〖〘〚‘“([{<";

/// Whether a character is set solid in Japanese text (kana, kanji, full-width forms and CJK
/// punctuation), so that a line may break next to it.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x303F     // CJK punctuation
        | 0x3040..=0x30FF   // kana
        | 0x31F0..=0x31FF   // kana extensions
        | 0x3400..=0x4DBF   // CJK extension A
        | 0x4E00..=0x9FFF   // CJK ideographs
        | 0xF900..=0xFAFF   // compatibility ideographs
        | 0xFF00..=0xFFEF   // full-width forms
        | 0x20000..=0x3FFFF)
}

/// Whether a character is katakana (or the long-vowel mark), as in アカウント or パスワード.
fn is_katakana(c: char) -> bool {
    matches!(c as u32, 0x30A1..=0x30FA | 0x30FC | 0x31F0..=0x31FF)
}

/// Whether the text may break between `before` and `after`.
fn may_break_between(before: char, after: char) -> bool {
    if NO_LINE_START.contains(after) || NO_LINE_END.contains(before) {
        return false;
    }
    if is_katakana(before) && is_katakana(after) {
        return false;
    }
    before.is_whitespace() || is_cjk(before) || is_cjk(after)
}

/// Breaks `text` into lines no wider than `max_width`. `advances` gives the width of each
/// character of a paragraph (one value per `char`). Paragraphs (`\n`) always start a new line;
/// spaces at a break are dropped; empty paragraphs give empty lines.
pub fn break_lines(
    text: &str,
    max_width: f32,
    mut advances: impl FnMut(&str) -> Vec<f32>,
) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let chars: Vec<char> = paragraph.chars().collect();
        let widths = advances(paragraph);
        let width_of = |i: usize| widths.get(i).copied().unwrap_or(0.0);
        let mut start = 0;
        while start < chars.len() {
            // Skip spaces at the start of a continued line.
            if start > 0 {
                while start < chars.len() && chars[start] == ' ' {
                    start += 1;
                }
                if start == chars.len() {
                    break;
                }
            }
            let mut width = 0.0;
            let mut end = start;
            let mut last_break: Option<usize> = None;
            while end < chars.len() {
                let next = width + width_of(end);
                if next > max_width && end > start {
                    break;
                }
                width = next;
                end += 1;
                if end < chars.len() && may_break_between(chars[end - 1], chars[end]) {
                    last_break = Some(end);
                }
            }
            let mut cut = if end == chars.len() {
                end
            } else {
                match last_break {
                    Some(b) if b > start => b,
                    // One word wider than the line: break it where it overflows.
                    _ => end,
                }
            };
            // A paragraph does not end on a line of one character (くださ / い): the break
            // moves back to the previous place it may go, if there is one on this line.
            if cut < chars.len() && chars.len() - cut == 1 {
                let earlier = (start + 1..cut)
                    .rev()
                    .find(|&p| may_break_between(chars[p - 1], chars[p]));
                if let Some(p) = earlier {
                    cut = p;
                }
            }
            let line: String = chars[start..cut].iter().collect();
            lines.push(line.trim_end().to_owned());
            start = cut;
        }
        if chars.is_empty() {
            lines.push(String::new());
        }
    }
    lines
}

/// Where the ID at the end of an address starts: the last path segment's trailing run of at
/// least three hex groups (`b19c02d1-a782-dee6-93c3-dc8113b20c42`), or `None`.
fn id_start(address: &[char]) -> Option<usize> {
    let segment_start = address.iter().rposition(|c| *c == '/').map_or(0, |i| i + 1);
    let segment = &address[segment_start..];
    let mut start = segment.len();
    let mut groups = 0;
    for group in segment.rsplit(|c| *c == '-') {
        if group.len() < 4 || !group.iter().all(char::is_ascii_hexdigit) {
            break;
        }
        groups += 1;
        start -= group.len() + usize::from(start < segment.len());
    }
    (groups >= 3).then_some(segment_start + start)
}

/// Breaks a web address into lines no wider than `max_width`, only after `/`, `-`, `?`, `&`,
/// `=` or `.`, and never inside the ID at its end, so that it can be typed from paper. Only a
/// part wider than a whole line is cut where it overflows. Nothing is added or dropped: the
/// lines joined give the address.
pub fn break_address(
    address: &str,
    max_width: f32,
    advances: impl FnOnce(&str) -> Vec<f32>,
) -> Vec<String> {
    let chars: Vec<char> = address.chars().collect();
    let widths = advances(address);
    let width_of = |i: usize| widths.get(i).copied().unwrap_or(0.0);
    let protected = id_start(&chars).unwrap_or(chars.len());
    let may_break_after =
        |i: usize| i < protected && matches!(chars[i], '/' | '-' | '?' | '&' | '=' | '.');
    let mut lines = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let mut width = 0.0;
        let mut end = start;
        let mut last_break = None;
        while end < chars.len() {
            let next = width + width_of(end);
            if next > max_width && end > start {
                break;
            }
            width = next;
            if may_break_after(end) && !(chars[end] == '/' && chars.get(end + 1) == Some(&'/')) {
                last_break = Some(end + 1);
            }
            end += 1;
        }
        let cut = if end == chars.len() {
            end
        } else {
            last_break.unwrap_or(end)
        };
        lines.push(chars[start..cut].iter().collect());
        start = cut;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character is 1 wide, except ASCII, which is 0.5 wide.
    fn fixed(paragraph: &str) -> Vec<f32> {
        paragraph
            .chars()
            .map(|c| if c.is_ascii() { 0.5 } else { 1.0 })
            .collect()
    }

    #[test]
    fn japanese_breaks_between_characters() {
        let lines = break_lines("あいうえおかきくけこ", 4.0, fixed);
        assert_eq!(lines, ["あいうえ", "おかきく", "けこ"]);
    }

    #[test]
    fn no_line_starts_with_closing_punctuation() {
        // "。" would start the second line: it moves the previous character along with it.
        let lines = break_lines("あいうえ。おか", 4.0, fixed);
        assert_eq!(lines, ["あいう", "え。おか"]);
        for line in break_lines(
            "コードが届かない、エラーが出る。「サービス」の問題ー",
            3.0,
            fixed,
        ) {
            let first = line.chars().next().expect("no empty lines here");
            assert!(
                !NO_LINE_START.contains(first),
                "line starts with {first}: {line}"
            );
        }
    }

    #[test]
    fn a_paragraph_does_not_end_on_a_single_character() {
        let lines = break_lines("ごきょうりょくください", 10.0, fixed);
        assert_eq!(lines, ["ごきょうりょくくだ", "さい"]);
        // Two characters on the last line are fine.
        let lines = break_lines("あいうえおかきくけこ", 4.0, fixed);
        assert_eq!(lines, ["あいうえ", "おかきく", "けこ"]);
    }

    #[test]
    fn no_line_ends_with_opening_bracket() {
        let lines = break_lines("あいう「えお」", 4.0, fixed);
        assert_eq!(lines, ["あいう", "「えお」"]);
    }

    #[test]
    fn a_katakana_word_stays_whole_where_another_break_fits() {
        let lines = break_lines("あのアカウントです", 5.0, fixed);
        assert_eq!(lines, ["あの", "アカウント", "です"]);
        // A katakana word longer than the line is still cut where it must be.
        let lines = break_lines("アカウントアカウント", 4.0, fixed);
        assert_eq!(lines, ["アカウン", "トアカウ", "ント"]);
    }

    #[test]
    fn latin_breaks_at_spaces() {
        let lines = break_lines("try over mobile data", 5.0, fixed);
        assert_eq!(lines, ["try over", "mobile", "data"]);
    }

    #[test]
    fn an_unbroken_word_longer_than_a_line_is_cut() {
        let word = "x".repeat(30);
        let lines = break_lines(&word, 5.0, fixed);
        assert_eq!(lines.len(), 3);
        assert!(lines.iter().all(|l| l.chars().count() <= 10));
        assert_eq!(lines.concat(), word);
    }

    #[test]
    fn mixed_text_and_paragraphs() {
        let lines = break_lines("4G でも同じ\n\nWi-Fi off", 4.0, fixed);
        assert_eq!(lines, ["4G でも", "同じ", "", "Wi-Fi", "off"]);
    }

    #[test]
    fn nothing_is_lost() {
        let text = "Microsoft アカウントの本人確認コードが届かないとき、まずモバイル回線で試します。Then wait a day.";
        let lines = break_lines(text, 7.0, fixed);
        let joined: String = lines.concat();
        assert_eq!(joined.replace(' ', ""), text.replace(' ', ""));
    }

    #[test]
    fn an_address_breaks_between_parts_and_never_inside_its_id() {
        let address = "https://support.microsoft.com/account-billing/help-with-the-microsoft-account-recovery-form-b19c02d1-a782-dee6-93c3-dc8113b20c42";
        let id = "b19c02d1-a782-dee6-93c3-dc8113b20c42";
        for width in [20.0, 25.0, 30.0, 45.0] {
            let lines = break_address(address, width, fixed);
            assert_eq!(lines.concat(), address, "width {width}");
            assert!(
                lines.iter().any(|l| l.contains(id)),
                "width {width}: the ID was broken: {lines:?}"
            );
            for line in &lines[..lines.len() - 1] {
                let last = line.chars().last().expect("no empty lines");
                assert!(
                    "/-?&=.".contains(last),
                    "width {width}: cut inside a word: {lines:?}"
                );
                assert!(fixed(line).iter().sum::<f32>() <= width, "{line} too wide");
            }
        }
        assert_eq!(
            break_address("https://account.live.com/acsr", 40.0, fixed),
            ["https://account.live.com/acsr"]
        );
    }

    #[test]
    fn only_a_trailing_run_of_hex_groups_is_an_id() {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(id_start(&chars("a/b-cafe-0123-4567")), Some(4));
        assert_eq!(id_start(&chars("a/help-with-the-form")), None);
        assert_eq!(id_start(&chars("https://account.live.com/acsr")), None);
    }
}
