//! Decoding a progress file: the input as the file's bytes, and the input as the choices of the
//! tests' generator (structured progress, mutations, files near the 4 MiB limit).

#![no_main]

use libfuzzer_sys::arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/fuzz_cases.rs"]
mod fuzz_cases;

fuzz_target!(|data: &[u8]| {
    fuzz_cases::check_decode(data);
    if let Ok(bytes) = fuzz_cases::progress_bytes(&mut Unstructured::new(data)) {
        fuzz_cases::check_decode(&bytes);
    }
});
