//! What a translator or a translation tool hands back: a `.ftl` file (its syntax errors
//! explained and rendered) and an XLIFF or PO file (read for import). Whatever the bytes,
//! safha must read them or return located diagnostics, never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = std::path::Path::new("locales/ur/fuzz.ftl");
    match safha::l10n::ftl::FtlFile::from_bytes_lenient(path, data) {
        Ok((_, errors)) | Err(errors) => {
            for d in errors {
                let _ = d.render(false);
            }
        }
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match safha::exchange::read(std::path::Path::new("ur.xlf"), text) {
        Ok(imported) => {
            let _ = imported.units.len();
        }
        Err(d) => {
            let _ = d.render(false);
        }
    }
    let _ = safha::article::verbatim::nothing_to_translate(text);
});
