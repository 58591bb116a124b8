//! Generated inputs for robustness tests: texts glued from pieces chosen by a fixed
//! xorshift sequence, so every run tries the same thousands of texts.

/// `count` texts of `length` pieces each, drawn from `pieces`, the same for the same seed.
pub fn texts<'a>(
    seed: u64,
    pieces: &'a [&'a str],
    count: usize,
    length: usize,
) -> impl Iterator<Item = String> + 'a {
    let mut state = seed.max(1);
    (0..count).map(move |_| {
        let mut text = String::new();
        for _ in 0..length {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(pieces[(state % pieces.len() as u64) as usize]);
        }
        text
    })
}
