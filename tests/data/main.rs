//! The app's knowledge and words without a window: the knowledge base and its translations,
//! the recogniser, the personas' first steps, the draft and the printed checklist, the design
//! tokens and the allowlist of links, and the fuzzing properties (a short run of each). One test
//! binary, so the app is linked once.

#[path = "../common/fuzz_cases.rs"]
mod fuzz_cases;

mod draft_golden;
mod export_pdf;
mod knowledge_integrity;
mod official_links;
mod personas;
mod properties;
mod recognise;
mod source_rules;
mod text_ids;
mod theme_tokens;
