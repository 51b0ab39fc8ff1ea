//! Error codes in a pasted text: `0x80190001` (any case, full width), the bare eight-digit
//! forms (`80190001`, `80041002`, `8007003B`) and `AADSTS50053`, found anywhere, even with
//! words around them.

use unicode_normalization::UnicodeNormalization as _;

/// A code found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundCode {
    /// The code as it is usually written (`0x80190001`, `AADSTS50053`, `80041002`).
    pub shown: String,
    /// The form to compare with [`crate::knowledge::code_key`]: lower case, without `0x`.
    pub key: String,
}

/// The codes in `text`, in the order they appear, and the text with them taken out (NFKC and
/// lower case), so that the rest can be read for words.
#[must_use]
pub fn find(text: &str) -> (Vec<FoundCode>, String) {
    let folded: String = text.nfkc().flat_map(char::to_lowercase).collect();
    let mut found = Vec::new();
    let mut rest = String::with_capacity(folded.len());
    let mut run = String::new();
    fn flush(run: &mut String, rest: &mut String, found: &mut Vec<FoundCode>) {
        let codes = codes_in_run(run);
        if codes.is_empty() {
            rest.push_str(run);
        } else {
            rest.push(' ');
            found.extend(codes);
        }
        run.clear();
    }
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            run.push(c);
        } else {
            flush(&mut run, &mut rest, &mut found);
            rest.push(c);
        }
    }
    flush(&mut run, &mut rest, &mut found);
    let (numbered, rest) = numbered_errors(&rest);
    found.extend(numbered);
    (found, rest)
}

/// Words that, followed by a number, make that number an error code ("error 1001",
/// 「エラー コード：1001」): the number is then a code even when it has no other code shape.
const ERROR_WORDS: [&str; 3] = ["error code", "error", "エラー"];

/// A number of three to eight digits right after an error word, with only spaces, `:` or `#`
/// (and "code" / コード) between; found in `text` and taken out of it.
fn numbered_errors(text: &str) -> (Vec<FoundCode>, String) {
    let mut found = Vec::new();
    let mut rest = String::with_capacity(text.len());
    let mut at = 0;
    while at < text.len() {
        let Some(word) = ERROR_WORDS
            .iter()
            .find(|w| text[at..].starts_with(*w))
            .copied()
        else {
            let c = text[at..].chars().next().unwrap_or(' ');
            rest.push(c);
            at += c.len_utf8();
            continue;
        };
        let mut end = at + word.len();
        let after = &text[end..];
        let skipped = after.len()
            - after
                .trim_start_matches([' ', ':', '：', '#', '\u{3000}'])
                .trim_start_matches("コード")
                .trim_start_matches("code")
                .trim_start_matches([' ', ':', '：', '#', '\u{3000}'])
                .len();
        let digits: String = text[end + skipped..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let next = text[end + skipped + digits.len()..].chars().next();
        if (3..=8).contains(&digits.len()) && !next.is_some_and(|c| c.is_ascii_alphanumeric()) {
            found.push(FoundCode {
                shown: digits.clone(),
                key: digits.clone(),
            });
            rest.push_str(&text[at..end + skipped]);
            rest.push(' ');
            end += skipped + digits.len();
        } else {
            rest.push_str(word);
        }
        at = end;
    }
    (found, rest)
}

/// The codes in one run of ASCII letters and digits.
fn codes_in_run(run: &str) -> Vec<FoundCode> {
    let mut out = Vec::new();
    // `0x` followed by four to eight hexadecimal digits.
    let mut from = 0;
    while let Some(at) = run[from..].find("0x").map(|i| i + from) {
        let digits: String = run[at + 2..]
            .chars()
            .take_while(char::is_ascii_hexdigit)
            .take(8)
            .collect();
        if digits.len() >= 4 {
            out.push(FoundCode {
                shown: format!("0x{}", digits.to_ascii_uppercase()),
                key: digits.clone(),
            });
            from = at + 2 + digits.len();
        } else {
            from = at + 2;
        }
    }
    // AADSTS followed by digits (work or school sign-in).
    if let Some(at) = run.find("aadsts") {
        let digits: String = run[at + 6..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        if digits.len() >= 4 {
            out.push(FoundCode {
                shown: format!("AADSTS{digits}"),
                key: format!("aadsts{digits}"),
            });
        }
    }
    if out.is_empty() {
        out.extend(bare_code(run));
    }
    out
}

/// The eight-digit form without `0x`: a run of exactly eight hexadecimal digits that starts
/// with 8 (as Windows' failure codes do) and is mostly digits, or eight decimal digits
/// starting with 8 at the end of a run ("code80190001").
fn bare_code(run: &str) -> Option<FoundCode> {
    let digits = run.chars().filter(char::is_ascii_digit).count();
    let candidate = if run.len() == 8
        && run.starts_with('8')
        && run.chars().all(|c| c.is_ascii_hexdigit())
        && digits >= 5
    {
        run
    } else {
        let tail_start = run
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_digit())
            .last()
            .map(|(i, _)| i)?;
        let tail = &run[tail_start..];
        (tail.len() == 8 && tail.starts_with('8')).then_some(tail)?
    };
    Some(FoundCode {
        shown: candidate.to_ascii_uppercase(),
        key: candidate.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        find(text).0.into_iter().map(|c| c.key).collect()
    }

    #[test]
    fn codes_are_found_in_every_usual_form() {
        assert_eq!(keys("Something went wrong 0x80190001"), ["80190001"]);
        assert_eq!(keys("0X80190001"), ["80190001"]);
        assert_eq!(keys("エラーコード０ｘ８０１９０００１が出る"), ["80190001"]);
        assert_eq!(keys("sErrorCode: 80041002"), ["80041002"]);
        assert_eq!(keys("code 8007003B here"), ["8007003b"]);
        assert_eq!(keys("AADSTS50053: locked"), ["aadsts50053"]);
        assert_eq!(keys("error:0x800704cf."), ["800704cf"]);
        assert_eq!(keys("エラー80072F17"), ["80072f17"]);
    }

    #[test]
    fn a_number_after_an_error_word_is_a_code() {
        assert_eq!(keys("Error 1001"), ["1001"]);
        assert_eq!(keys("エラー コード：1001 が出ます"), ["1001"]);
        assert_eq!(keys("error code #404"), ["404"]);
        assert!(keys("2 errors in 3 tries").is_empty());
        assert!(keys("エラーが 3 回").is_empty());
    }

    #[test]
    fn ordinary_numbers_are_not_codes() {
        assert!(keys("Your code is 482913").is_empty());
        assert!(keys("call 09012345678").is_empty());
        assert!(keys("on 20261203 at 10").is_empty());
        assert!(keys("3,200 yen").is_empty());
        assert!(keys("0x12").is_empty(), "too short to be a code");
    }

    #[test]
    fn the_rest_of_the_text_is_kept_without_the_codes() {
        let (found, rest) = find("Something went wrong 0x80190001 again");
        assert_eq!(found[0].shown, "0x80190001");
        assert_eq!(rest, "something went wrong   again");
    }
}
