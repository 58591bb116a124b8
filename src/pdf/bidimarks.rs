//! Marks the text layer adds for the extractors' ordering of mixed-direction lines:
//! which units get a right-to-left (or left-to-right) mark, which pages a run of
//! right-to-left marks of their own, and which pages are read right to left. Decided once
//! for the whole document before any page is written, so the layer font has a glyph for
//! every mark. Measured against poppler, MuPDF and pdf.js; what each mark is for is said
//! at [`Mark`].

use rustc_hash::FxHashMap;

use super::layout::Page;
use safha_text::chars::is_invisible;

/// How a text-layer unit helps poppler's simplified bidi ordering (see [`unit_marks`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    None,
    /// A bracket or space after a comma, digit or Latin letter inside Urdu: a
    /// right-to-left mark at the edge facing that character keeps poppler from pulling
    /// the bracket or space over to the other side of it.
    Trailing,
    /// A space before a left-to-right run (a number, a Latin word): RLM + space, which
    /// pdf.js reads as text rather than as a gap it drops at the end of a run.
    BeforeLtr,
    /// A space after a left-to-right run: RLM + space as above, and a separate RLM glyph
    /// at the edge facing the run, for poppler. Also a space between two such runs
    /// (`100 W`): with RLM + space alone, poppler moved it before the number (`100W`).
    AfterLtr,
    /// A word ending in a comma, colon or other weak character, before a left-to-right run
    /// (`آزادی، ۱۴`, `تھا: 6.2`) or at the end of its line: an RLM glyph after it, else
    /// poppler hands the comma to the number (`آزادی ،۱۴`), and MuPDF, which starts a new
    /// line where the layer jumps back to write the run after a number, moves it to that
    /// line's start (`29.7⏎، فیصد رہی`).
    EndsWeak,
    /// Both [`Trailing`](Mark::Trailing) and [`EndsWeak`](Mark::EndsWeak)
    /// (`(التوبہ: ۱۱۹)` after a quote, the `،` of `۲۱، ۲۳`).
    TrailingEndsWeak,
    /// A left-to-right unit that ends in a bracket or other neutral before Urdu
    /// (`(3f9c2ab)۔`, `(Continuous Integration) پر`): a left-to-right mark after it, else
    /// poppler hands the neutral to the Urdu side and moves it to the run's start
    /// (`)v1.4.2 (3f9c2ab`).
    LtrEndsNeutral,
}

impl Mark {
    pub fn trailing(self) -> bool {
        matches!(self, Mark::Trailing | Mark::TrailingEndsWeak)
    }

    pub fn closes_weak(self) -> bool {
        matches!(self, Mark::EndsWeak | Mark::TrailingEndsWeak)
    }
}

/// A unit of the text layer: (page, placed paragraph, line, unit).
pub type UnitKey = (usize, usize, usize);

/// What the text layer adds to one page for poppler's ordering: marks on units (by placed
/// paragraph, line among its placed lines and unit), a count of right-to-left marks
/// written as one invisible run below the footer, and the marks after its English lines'
/// final neutrals.
#[derive(Default)]
pub struct Marks {
    pub units: FxHashMap<UnitKey, Mark>,
    pub padding: usize,
    /// Whether the page is one to read right to left (see [`unit_marks`]).
    pub rtl_page: bool,
    /// The page's [`ltr_line_ends`].
    pub line_ends: Vec<LineEnd>,
    /// The page's [`label_bridges`].
    pub bridges: Vec<Bridge>,
}

impl Marks {
    /// The mark of unit `ui` of line `li` of placed paragraph `qi`.
    pub fn unit(&self, qi: usize, li: usize, ui: usize) -> Mark {
        self.units.get(&(qi, li, ui)).copied().unwrap_or(Mark::None)
    }
}

/// A left-to-right line that ends in a neutral on a page with right-to-left text (see
/// [`ltr_line_ends`]).
#[derive(Clone, Copy, Debug)]
pub struct LineEnd {
    /// The placed paragraph, and the line among its placed lines.
    pub placed: usize,
    pub line: usize,
    /// Where the line ends, page coordinates, and its glyphs' size and face.
    pub x: f32,
    pub size: f32,
    pub face: safha_text::FaceId,
}

/// The first character of `text` that is not invisible (a mark's neighbour, not a joiner).
fn first_visible(text: &str) -> Option<char> {
    text.chars().find(|c| !is_invisible(*c))
}

/// The last character of `text` that is not invisible.
fn last_visible(text: &str) -> Option<char> {
    text.chars().rev().find(|c| !is_invisible(*c))
}

/// The text of one padding glyph.
pub const PADDING: &str = "\u{200F}";

/// Marks for text-layer units, which poppler needs and the other extractors ignore.
///
/// poppler orders a line by a simplified bidi algorithm that takes digits and commas for
/// left-to-right and lets the neutral characters around them join them:
/// - on a right-to-left page, the space after "2014", "TTP" or "میں،" would move to the
///   other side of it ("میں ،خصوصاً"), so such a space is written space + RLM;
/// - it decides each page's main direction by counting left-to-right against
///   right-to-left letters, and on a left-to-right page it splits Urdu lines at every
///   digit and comma and prints the pieces in the wrong order. A parallel page holds as
///   much English as Urdu, so it gets a run of right-to-left marks of its own, apart from
///   the text, enough that the Urdu outnumbers the English. (Marks inside the Urdu would
///   do the same but break every search for a phrase.) A page without right-to-left
///   paragraphs gets none.
///
/// Urdu words without digits, Latin or commas stay free of marks.
pub fn unit_marks(page: &Page, layer_face: safha_text::FaceId) -> Marks {
    use unicode_bidi::BidiClass::{AL, AN, EN, L, NSM, R};
    let mut marks = FxHashMap::default();
    let (mut ltr, mut rtl) = (0i64, 0i64);
    // Letters of right-to-left paragraphs.
    let mut rtl_paragraphs = 0i64;
    for (qi, placed) in page.placed.iter().enumerate() {
        for (li, line) in placed.para.lines[placed.lines.clone()].iter().enumerate() {
            let texts: Vec<&str> = if placed.para.text_layer {
                line.units.iter().map(|u| &*u.text).collect()
            } else {
                line.glyphs
                    .iter()
                    .filter_map(|g| g.text.as_deref())
                    .collect()
            };
            for c in texts.iter().flat_map(|t| t.chars()) {
                match safha_text::bidi::class(c) {
                    L => ltr += 1,
                    R | AL => rtl += 1,
                    _ => continue,
                }
                rtl_paragraphs += i64::from(placed.para.rtl);
            }
            if !placed.para.text_layer {
                continue;
            }
            let mut logical: Vec<usize> = (0..line.units.len()).collect();
            logical.sort_by_key(|&i| line.units[i].logical);
            for (k, &ui) in logical.iter().enumerate() {
                let u = &line.units[ui];
                let key = (qi, li, ui);
                if !u.rtl {
                    let ends_neutral = last_visible(&u.text).is_some_and(|c| {
                        !matches!(safha_text::bidi::class(c), L | R | AL | EN | AN | NSM)
                    });
                    let to_urdu = logical[k + 1..]
                        .iter()
                        .map(|&n| &line.units[n])
                        .find(|n| !n.space)
                        .is_some_and(|n| n.rtl);
                    if placed.para.rtl && ends_neutral && to_urdu {
                        marks.insert(key, Mark::LtrEndsNeutral);
                        ltr += 1;
                    }
                    continue;
                }
                let prev = k.checked_sub(1).map(|p| &line.units[logical[p]]);
                let next = logical.get(k + 1).map(|&n| &line.units[n]);
                let weak = |c: Option<char>| {
                    c.is_some_and(|c| !matches!(safha_text::bidi::class(c), R | AL | NSM))
                };
                let after_weak = weak(prev.and_then(|p| last_visible(&p.text)));
                let starts_neutral = weak(first_visible(&u.text));
                let ends_weak = weak(last_visible(&u.text));
                // The next unit is left to right, or a space before one.
                let before_ltr = next.is_some_and(|n| {
                    !n.rtl || (n.space && logical.get(k + 2).is_some_and(|&a| !line.units[a].rtl))
                });
                if placed.para.rtl {
                    let mark =
                        if u.space && next.is_some_and(|n| !n.rtl) && prev.is_none_or(|p| p.rtl) {
                            Mark::BeforeLtr
                        } else if u.space && prev.is_some_and(|p| !p.rtl) {
                            Mark::AfterLtr
                        } else if !u.space && ends_weak && (before_ltr || next.is_none()) {
                            if after_weak && starts_neutral {
                                Mark::TrailingEndsWeak
                            } else {
                                Mark::EndsWeak
                            }
                        } else if after_weak && starts_neutral {
                            Mark::Trailing
                        } else {
                            Mark::None
                        };
                    if mark != Mark::None {
                        marks.insert(key, mark);
                        // Each mark written adds right-to-left weight.
                        rtl += 1;
                    }
                }
            }
        }
    }
    // The marks after English lines' final neutrals count as left-to-right letters, and
    // the bridges as letters of their direction.
    let line_ends = ltr_line_ends(page);
    ltr += line_ends.len() as i64;
    let bridges = label_bridges(page, layer_face);
    for b in &bridges {
        if b.rtl {
            rtl += 1;
        } else {
            ltr += 1;
        }
    }
    // A page is read right to left when right-to-left paragraphs hold a third of its
    // letters or more (an Urdu page), or it is a parallel page with any: an English page
    // quoting an Urdu word, ﷺ or a couplet stays a left-to-right page, its English
    // whole. A parallel page under an English table set across it (too wide for its
    // column) holds less Urdu than that, and poppler read its Urdu lines backwards.
    let parallel = (page.placed.iter()).any(|p| p.tag.is_some_and(|t| t.column == 1));
    let rtl_page = rtl_paragraphs > 0 && (rtl_paragraphs * 3 >= ltr + rtl || parallel);
    // A margin of a tenth keeps the decision clear of poppler's own counting details.
    let needed = ltr + ltr / 10 + 1 - rtl;
    let padding = if rtl_page && rtl > 0 && ltr > 0 && needed > 0 {
        needed as usize
    } else {
        0
    };
    Marks {
        units: marks,
        padding,
        rtl_page,
        line_ends,
        bridges,
    }
}

/// An invisible mark over the gap between a list's bullet or number (or a note's) and the
/// first line of its text (see [`label_bridges`]).
#[derive(Clone, Copy, Debug)]
pub struct Bridge {
    /// The gap, page coordinates, and the text line's baseline (from the page's top).
    pub x0: f32,
    pub x1: f32,
    pub baseline: f32,
    /// The text line's glyphs' size and face, and its direction.
    pub size: f32,
    pub face: safha_text::FaceId,
    pub rtl: bool,
}

/// The text of a bridge: in a right-to-left line a mark of its direction; in a
/// left-to-right one a zero-width space, the word break the gap is, where a mark put a
/// bidi control into copied English (`1 \u{200E} Section 4 reads`). Not a space of any
/// width: poppler drops every White_Space character as mere spacing (an en space bridged
/// nothing, and 698 labels stood alone in the corpora).
pub fn bridge_text(rtl: bool) -> &'static str {
    if rtl { "\u{200F}" } else { "\u{200B}" }
}

/// Where a list's bullet or number, or a note's, stands apart from the first line of its
/// text: poppler makes a block of the label alone (the gap is wider than its 0.3 em), and
/// in the parallel edition orders the labels of a whole list before the items (a label
/// right of an Urdu item, or left of an English one, reads first) and the items among the
/// other column's blocks. An invisible mark over the gap, short of either side, joins the
/// label to its line's block (pdf.js skips the mark; MuPDF and poppler copy it).
fn label_bridges(page: &Page, layer_face: safha_text::FaceId) -> Vec<Bridge> {
    use super::layout::Part;
    let mut out = Vec::new();
    for (qi, label) in page.placed.iter().enumerate() {
        if label.tag.is_none_or(|t| t.part != Part::Label) || label.lines.is_empty() {
            continue;
        }
        let Some(text) = page.placed.get(qi + 1) else {
            continue;
        };
        if text.lines.start != 0 || text.lines.is_empty() {
            continue;
        }
        let (Some(a), Some(b)) = (label.para.lines.first(), text.para.lines.first()) else {
            continue;
        };
        let Some(first) = b.glyphs.first() else {
            continue;
        };
        let baseline = text.baseline(0);
        if (label.baseline(0) - baseline).abs() > 0.5 {
            continue;
        }
        let extent = |x: f32, line: &safha_text::Line| {
            let x0 = line
                .glyphs
                .iter()
                .map(|g| g.x)
                .fold(f32::INFINITY, f32::min);
            let x1 = (line.glyphs.iter())
                .map(|g| g.x + g.advance)
                .fold(f32::NEG_INFINITY, f32::max);
            (x + x0, x + x1)
        };
        let ((la, lb), (ta, tb)) = (extent(label.x, a), extent(text.x, b));
        let (x0, x1) = if la >= tb { (tb, la) } else { (lb, ta) };
        // In the face and at the size poppler measures the line's words in: an Urdu
        // line's are the text layer's, and a bridge in Nastaliq (whose ascent and descent
        // are half as tall again) made the first line of every Urdu item a block of its
        // own, read apart from the rest of the item in the parallel edition.
        let (face, size) = if text.para.text_layer {
            (layer_face, super::layerplace::layer_size(text))
        } else {
            (first.face, first.size)
        };
        // A fifth of an em short of either side, a quarter of a narrower gap: a label
        // wider than its indent stands only `LABEL_GAP` from its text, and poppler copied
        // note 13 unbridged as one word with it (`۱۳پنجاب`).
        let gap = x1 - x0;
        let inset = (0.2 * size).min(gap / 4.0);
        if gap > 0.1 * size && gap < 4.0 * size {
            out.push(Bridge {
                x0: x0 + inset,
                x1: x1 - inset,
                baseline,
                size,
                face,
                rtl: text.para.rtl,
            });
        }
    }
    out
}

/// Whether `c` takes its direction from the text around it (a bracket, a full stop, a
/// per cent sign).
pub fn is_neutral(c: char) -> bool {
    use unicode_bidi::BidiClass::{CS, ES, ET, ON};
    matches!(safha_text::bidi::class(c), ON | CS | ES | ET)
}

/// The text of the mark after a left-to-right line's final neutral.
pub const LINE_END_LRM: &str = "\u{200E}";

/// Where a left-to-right line drawn on a page that holds right-to-left text (the parallel
/// edition's English, its running head, code) ends in a neutral character (`Policy…`,
/// `is this?`, `"dev"`, `(Continuous Integration)`): poppler, ordering such a line by the
/// direction it finds for the page, moved the neutral to the line's start (`…New wave`,
/// `?your eyes`, `"version = "dev`). An invisible left-to-right mark after it keeps it at
/// the end (pdf.js drops the mark; MuPDF copies it).
fn ltr_line_ends(page: &Page) -> Vec<LineEnd> {
    use unicode_bidi::BidiClass::ON;
    if !page.placed.iter().any(|p| p.para.rtl) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (qi, placed) in page.placed.iter().enumerate() {
        if placed.para.text_layer || placed.para.rtl {
            continue;
        }
        let ends_neutral =
            |text: &str| last_visible(text).is_some_and(|c| safha_text::bidi::class(c) == ON);
        // A word broken across lines is read whole where its head is (`infor-` holding
        // `information;`).
        let broken = super::broken::broken_words(placed);
        let lines = &placed.para.lines[placed.lines.clone()];
        for (li, line) in lines.iter().enumerate() {
            let Some(last) = line.glyphs.iter().max_by(|a, b| a.x.total_cmp(&b.x)) else {
                continue;
            };
            let end = match broken.iter().find(|b| b.head_line == Some(li)) {
                Some(b) => ends_neutral(&b.text).then_some(b.x1),
                None => last
                    .text
                    .as_deref()
                    .is_some_and(ends_neutral)
                    .then_some(last.x + last.advance),
            };
            if let Some(x) = end {
                out.push(LineEnd {
                    placed: qi,
                    line: li,
                    x: placed.x + x,
                    size: last.size,
                    face: last.face,
                });
            }
            // Words set apart by typed spaces farther than poppler reaches for one (a code
            // line's aligned comment, `360))   # 2.0`) are lines of their own, each ordered
            // alone: the part before the gap ends in a mark too, where it ends in a neutral
            // (`))print(…`). Not a justified line's wide gap: the lines around it hold such
            // a line together, and a mark there only reached the copied text.
            let blank = |g: &&safha_text::PlacedGlyph| {
                g.text.as_deref().is_some_and(|t| t.trim().is_empty())
            };
            if !line
                .glyphs
                .windows(2)
                .any(|w| blank(&&w[0]) && blank(&&w[1]))
            {
                continue;
            }
            let mut glyphs: Vec<_> = line.glyphs.iter().collect();
            glyphs.sort_by(|a, b| a.x.total_cmp(&b.x));
            let inked: Vec<usize> = (0..glyphs.len()).filter(|&i| !blank(&glyphs[i])).collect();
            for pair in inked.windows(2) {
                let (g, next) = (glyphs[pair[0]], glyphs[pair[1]]);
                let x = g.x + g.advance;
                if pair[1] - pair[0] > 2
                    && next.x - x > POPPLER_WORD_REACH * g.size
                    && g.text.as_deref().is_some_and(ends_neutral)
                {
                    out.push(LineEnd {
                        placed: qi,
                        line: li,
                        x: placed.x + x,
                        size: g.size,
                        face: g.face,
                    });
                }
            }
        }
    }
    out
}

/// The widest gap, in em, across which poppler joins a word to the line before it
/// (`minColSpacing2`).
const POPPLER_WORD_REACH: f32 = 1.0;
