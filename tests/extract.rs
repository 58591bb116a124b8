//! `safha extract`: the source `.ftl` parses back to exactly the Markdown segments.

mod common;

use common::*;

#[test]
fn committed_source_messages_are_up_to_date() {
    let project = temp_project(&repo());
    let run = safha(project.path(), &["extract"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let file = format!("locales/en/{SLUG}.ftl");
    assert_eq!(
        read(&project.path().join(&file)),
        read(&repo().join(&file)),
        "run `safha extract` and commit the result"
    );
}

#[test]
fn tricky_markdown_round_trips_through_fluent() {
    let project = tempfile::tempdir().unwrap();
    std::fs::create_dir(project.path().join("content")).unwrap();
    std::fs::write(
        project.path().join("content/tricky.md"),
        "---\ntitle: \"{Braces} in a title\"\n---\n\n\
[Link first](https://example.org) then text.\n\n\
*Emphasis first* then text.\n\n\
.dot first\n\n\
Braces { and } and {{double}}.\n\n\
A paragraph that spans\n[two lines] with a bracket\n*and a star* on the third.\n\n\
> quoted *emphasis*\n> on two lines\n\n\
- item with `code {x}`\n\n\
| Head { | Cell |\n|---|---|\n| .xyz files | *yes* |\n\n\
![Alt {text}](pic.png)\n",
    )
    .unwrap();
    let run = safha(project.path(), &["extract"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let got: Vec<String> = ftl_messages(&project.path().join("locales/en/tricky.ftl"))
        .into_iter()
        .map(|(_, v)| v)
        .collect();
    assert_eq!(
        got,
        vec![
            "{Braces} in a title",
            "[Link first](https://example.org) then text.",
            "*Emphasis first* then text.",
            ".dot first",
            "Braces { and } and {{double}}.",
            "A paragraph that spans\n[two lines] with a bracket\n*and a star* on the third.",
            "quoted *emphasis*\non two lines",
            "item with `code {x}`",
            "Head {",
            "Cell",
            ".xyz files",
            "*yes*",
            "Alt {text}",
        ]
    );
}

#[test]
fn inserting_a_paragraph_above_keeps_every_other_id() {
    let project = temp_project(&repo());
    let md = project.path().join(format!("content/{SLUG}.md"));
    let before = ftl_messages(&repo().join(format!("locales/en/{SLUG}.ftl")));
    let text = read(&md);
    let body = text.find("\nWith the United States").unwrap();
    let edited = format!(
        "{}\nA new opening paragraph, inserted above all the others.\n{}",
        &text[..body],
        &text[body..]
    );
    std::fs::write(&md, edited).unwrap();
    let run = safha(project.path(), &["extract"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let after = ftl_messages(&project.path().join(format!("locales/en/{SLUG}.ftl")));
    assert_eq!(after.len(), before.len() + 1);
    for (id, text) in &before {
        assert!(after.contains(&(id.clone(), text.clone())), "{id} changed");
    }
    assert!(
        after
            .iter()
            .any(|(id, _)| id == "p-a-new-opening-paragraph")
    );
}
