//! The recogniser: the input as the text typed (lossy UTF-8), and the input as the choices of
//! the tests' generator (known wordings cut, joined and mistyped, odd Unicode, long pastes).

#![no_main]

use libfuzzer_sys::arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/fuzz_cases.rs"]
mod fuzz_cases;

fuzz_target!(|data: &[u8]| {
    fuzz_cases::check_recognise(&String::from_utf8_lossy(data));
    if let Ok(text) = fuzz_cases::recogniser_text(&mut Unstructured::new(data)) {
        fuzz_cases::check_recognise(&text);
    }
});
