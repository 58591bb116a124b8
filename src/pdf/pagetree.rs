//! The pages' own objects. printpdf makes the document with a single page (the one that
//! shows every glyph once, so that it writes the fonts); each page of the edition is made
//! here after that page's model and handed to the saved bytes as soon as it is made.
//! printpdf's page objects, with their resources and placeholder streams, took 6 KB a page
//! until the save: 95 MB of a 15,000-page edition.

use lopdf::{Dictionary, Document, Object, ObjectId};

use crate::diag::Diagnostic;

/// What every page shares, taken from printpdf's page.
pub struct Template {
    /// printpdf's page and its content stream's ids, for the first page to reuse.
    first: Option<(ObjectId, ObjectId)>,
    /// The page tree's root.
    parent: ObjectId,
    /// The resources printpdf gave its page (fonts, graphics states), by reference.
    resources: Object,
    /// The same, as a dictionary, for the pages that also name images.
    shared: Dictionary,
    /// MediaBox, TrimBox, CropBox.
    boxes: [Object; 3],
}

impl Template {
    /// Takes printpdf's one page out of `doc`.
    pub fn take(doc: &mut Document) -> Result<Template, Diagnostic> {
        let broken = || Diagnostic::error("pdf-write", "printpdf made no page to follow");
        let id = doc.get_pages().into_values().next().ok_or_else(broken)?;
        let page = match doc.objects.remove(&id) {
            Some(Object::Dictionary(d)) => d,
            _ => return Err(broken()),
        };
        let reference = |key: &[u8]| page.get(key).and_then(Object::as_reference).ok();
        let (contents, parent) = (reference(b"Contents"), reference(b"Parent"));
        let (Some(contents), Some(parent)) = (contents, parent) else {
            return Err(broken());
        };
        // Its placeholder content goes; the first page's takes its id.
        doc.objects.remove(&contents);
        let resources = page.get(b"Resources").cloned().map_err(|_| broken())?;
        let shared = match &resources {
            Object::Reference(r) => doc.get_dictionary(*r).cloned().map_err(|_| broken())?,
            Object::Dictionary(d) => d.clone(),
            _ => return Err(broken()),
        };
        let geometry = |key: &[u8]| page.get(key).cloned().map_err(|_| broken());
        Ok(Template {
            first: Some((id, contents)),
            parent,
            resources,
            shared,
            boxes: [
                geometry(b"MediaBox")?,
                geometry(b"TrimBox")?,
                geometry(b"CropBox")?,
            ],
        })
    }

    /// The next page's id and its content stream's.
    pub fn ids(&mut self, doc: &mut Document) -> (ObjectId, ObjectId) {
        self.first
            .take()
            .unwrap_or_else(|| (doc.new_object_id(), doc.new_object_id()))
    }

    /// Page `index` (from 0): its content, its link annotations, and the images it shows
    /// (indices into `images`, named `Im0`, `Im1`… by them).
    pub fn page(
        &self,
        index: usize,
        contents: ObjectId,
        annots: Vec<Object>,
        shown: &[usize],
        images: &[ObjectId],
    ) -> Object {
        let resources = if shown.is_empty() {
            self.resources.clone()
        } else {
            let mut xobjects = Dictionary::new();
            for &i in shown {
                if let Some(&image) = images.get(i) {
                    xobjects.set(format!("Im{i}"), Object::Reference(image));
                }
            }
            let mut own = self.shared.clone();
            own.set("XObject", Object::Dictionary(xobjects));
            Object::Dictionary(own)
        };
        let [media, trim, crop] = self.boxes.clone();
        let mut page = Dictionary::new();
        page.set("Type", Object::Name(b"Page".to_vec()));
        page.set("MediaBox", media);
        page.set("TrimBox", trim);
        page.set("CropBox", crop);
        page.set("Parent", Object::Reference(self.parent));
        page.set("Resources", resources);
        page.set("Contents", Object::Reference(contents));
        page.set("Annots", Object::Array(annots));
        // Its entry in the structure tree's parent tree; tab order follows the structure
        // (PDF/UA).
        page.set("StructParents", Object::Integer(index as i64));
        page.set("Tabs", Object::Name(b"S".to_vec()));
        Object::Dictionary(page)
    }

    /// The page tree: `pages`, in order.
    pub fn kids(&self, doc: &mut Document, pages: &[ObjectId]) {
        if let Ok(tree) = doc.get_dictionary_mut(self.parent) {
            tree.set("Count", Object::Integer(pages.len() as i64));
            let kids = pages.iter().map(|&p| Object::Reference(p)).collect();
            tree.set("Kids", Object::Array(kids));
        }
    }
}
