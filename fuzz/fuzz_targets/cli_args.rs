//! The command line: the input as arguments separated by NUL bytes (any bytes, not only
//! UTF-8), and the input as the choices of the tests' generator (options, values, near misses).

#![no_main]

use libfuzzer_sys::arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/fuzz_cases.rs"]
mod fuzz_cases;

fuzz_target!(|data: &[u8]| {
    fuzz_cases::check_cli(&fuzz_cases::args_from_bytes(data));
    if let Ok(args) = fuzz_cases::cli_args(&mut Unstructured::new(data)) {
        fuzz_cases::check_cli(&args);
    }
});
