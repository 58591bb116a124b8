### Source messages of content/go-version-ldflags.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Putting the version number into a Go binary with ldflags
summary = A short guide to stamping the Git commit and build date into a Go program at build time, using a Makefile.
p-if-you-ship-a = If you ship a command-line tool, sooner or later a user will ask: which version is this? In this post I show how to put the Git commit into a Go binary without any extra library.
h-the-code = The code
p-in-main-go-declare = In `main.go`, declare two package-level variables whose values the linker will set:
h-the-makefile = The Makefile
p-then-pass-x-through = Then pass `-X` through `-ldflags` in the Makefile. Remember that Make wants a TAB, not spaces, before every recipe line; otherwise you get the famous `missing separator` error.
p-now-bin-app-prints = Now `./bin/app` prints something like `v1.4.2 (3f9c2ab)`. The same Makefile works unchanged on GitHub Actions (Continuous Integration). If you use GoReleaser, the version is available in its templates as `{ "{" }{ "{" } .Version { "}" }{ "}" }`.
p-since-go-1-18 = Since Go 1.18, `go version -m bin/app` also shows the VCS information (`vcs.revision`), so for many projects even this is not needed.
p-the-build-time-went = The build time went from 4.2 s to 4.3 s, about 2% more, which is negligible. Questions? Write to me at usman.dev@example.pk or read the linker's documentation at https://pkg.go.dev/cmd/link.
