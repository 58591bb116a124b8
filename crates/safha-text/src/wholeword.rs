//! Words of Arabic letters that the paragraph's Nastaliq face cannot draw whole: Sindhi's
//! `ڪ` and `۾`, in a name or a phrase quoted in Urdu. Drawn letter by letter from the
//! first face that has each, such a word fell apart (`ڪ راچي`: the letter from Naskh, the
//! rest from Nastaliq, unjoined); set whole in the face of its missing letter, it joins.

use crate::chars::{is_arabic, is_combining, is_invisible};
use crate::font::FaceId;

/// Gives each word holding one of the `fallen` characters (indices into `text`'s
/// characters, each drawn by a face other than its writing's first) that character's face
/// for all its characters, where that face draws them all. `faces` holds a face for every
/// character of `text`.
pub(crate) fn keep_whole(
    text: &str,
    fallen: &[usize],
    faces: &mut [FaceId],
    mut covers: impl FnMut(FaceId, char) -> bool,
) {
    if fallen.is_empty() {
        return;
    }
    let chars: Vec<char> = text.chars().collect();
    let in_word =
        |c: char| is_arabic(c) && (c.is_alphabetic() || is_combining(c)) || is_invisible(c);
    for &at in fallen {
        let (Some(&face), true) = (faces.get(at), at < chars.len()) else {
            continue;
        };
        let start = (0..at)
            .rev()
            .take_while(|&k| in_word(chars[k]))
            .last()
            .unwrap_or(at);
        let end = (at..chars.len())
            .take_while(|&k| in_word(chars[k]))
            .last()
            .map_or(at, |k| k + 1);
        let word = start..end.max(at + 1);
        if word
            .clone()
            .all(|k| is_invisible(chars[k]) || covers(face, chars[k]))
        {
            for f in &mut faces[word] {
                *f = face;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_takes_the_face_of_its_missing_letter_where_that_face_draws_it_all() {
        let (nastaliq, naskh) = (FaceId(0), FaceId(1));
        let text = "ڪراچي ۾ کراچی";
        let mut faces: Vec<FaceId> = text
            .chars()
            .map(|c| {
                if matches!(c, 'ڪ' | '۾') {
                    naskh
                } else {
                    nastaliq
                }
            })
            .collect();
        keep_whole(text, &[0, 6], &mut faces, |f, c| {
            f == naskh || c != 'ڪ' && c != '۾'
        });
        let words: Vec<Vec<FaceId>> = text
            .split(' ')
            .scan(0, |at, w| {
                let n = w.chars().count();
                let out = faces[*at..*at + n].to_vec();
                *at += n + 1;
                Some(out)
            })
            .collect();
        assert!(words[0].iter().all(|f| *f == naskh), "{words:?}");
        assert!(words[1].iter().all(|f| *f == naskh), "{words:?}");
        // The Urdu spelling of the same name stays in Nastaliq, as does the space.
        assert!(words[2].iter().all(|f| *f == nastaliq), "{words:?}");
        assert_eq!(faces[5], nastaliq);
    }
}
