### Urdu translation of content/go-version-ldflags.md. Above each message, `# en:` records the English it was translated from.

# features: none
# en: Putting the version number into a Go binary with ldflags
title = Go بائنری میں ورژن نمبر ldflags کے ذریعے کیسے ڈالیں

# features: none
# en: A short guide to stamping the Git commit and build date into a Go program at build time, using a Makefile.
summary = Makefile کی مدد سے بلڈ کے وقت Git کمٹ اور بلڈ کی تاریخ Go پروگرام میں ڈالنے کی ایک مختصر گائیڈ۔

# features: quotes-punct
# en: If you ship a command-line tool, sooner or later a user will ask: which version is this? In this post I show how to put the Git commit into a Go binary without any extra library.
p-if-you-ship-a = اگر آپ کوئی کمانڈ لائن ٹول بناتے ہیں تو جلد یا بدیر کوئی صارف پوچھے گا: یہ کون سا ورژن ہے؟ اس پوسٹ میں مَیں بتاؤں گا کہ کسی اضافی لائبریری کے بغیر Git کمٹ کو Go بائنری میں کیسے ڈالا جائے۔

# features: none
# en: The code
h-the-code = کوڈ

# features: quotes-punct
# en: In `main.go`, declare two package-level variables whose values the linker will set:
p-in-main-go-declare = `main.go` میں پیکیج لیول کے دو ویری ایبل ڈکلیئر کریں جن کی ویلیو لنکر سیٹ کرے گا:

# features: latin-in-parens
# en: The Makefile
h-the-makefile = میک فائل (Makefile)

# features: quotes-punct
# en: Then pass `-X` through `-ldflags` in the Makefile. Remember that Make wants a TAB, not spaces, before every recipe line; otherwise you get the famous `missing separator` error.
p-then-pass-x-through = پھر Makefile میں `-ldflags` کے ذریعے `-X` پاس کریں۔ یاد رکھیں کہ Make ہر recipe لائن سے پہلے اسپیس نہیں بلکہ TAB مانگتا ہے؛ ورنہ مشہورِ زمانہ `missing separator` ایرر آتا ہے۔

# features: digits-western, latin-in-parens, quotes-punct
# en: Now `./bin/app` prints something like `v1.4.2 (3f9c2ab)`. The same Makefile works unchanged on GitHub Actions (Continuous Integration). If you use GoReleaser, the version is available in its templates as `{{ .Version }}`.
p-now-bin-app-prints = اب `./bin/app` کچھ اس طرح کا آؤٹ پٹ دیتا ہے: `v1.4.2 (3f9c2ab)`۔ یہی Makefile بغیر کسی تبدیلی کے GitHub Actions (Continuous Integration) پر بھی چلتی ہے۔ اگر آپ GoReleaser استعمال کرتے ہیں تو اس کے ٹیمپلیٹس میں ورژن `{"{"}{"{"} .Version {"}"}{"}"}` کے طور پر دستیاب ہے۔

# features: digits-western, decimals-percent
# en: Since Go 1.18, `go version -m bin/app` also shows the VCS information (`vcs.revision`), so for many projects even this is not needed.
p-since-go-1-18 = Go 1.18 سے `go version -m bin/app` بھی VCS کی معلومات (`vcs.revision`) دکھاتا ہے، اس لیے بہت سے پروجیکٹس میں اس کی ضرورت بھی نہیں پڑتی۔

# features: digits-urdu, decimals-percent, url-email, quotes-punct, nbsp
# en: The build time went from 4.2 s to 4.3 s, about 2% more, which is negligible. Questions? Write to me at usman.dev@example.pk or read the linker's documentation at https://pkg.go.dev/cmd/link.
p-the-build-time-went = بلڈ کا وقت ۴٫۲ سیکنڈ سے بڑھ کر ۴٫۳ سیکنڈ ہو گیا، یعنی تقریباً ۲٪ زیادہ، جو نہ ہونے کے برابر ہے۔ کوئی سوال؟ مجھے usman.dev@example.pk پر لکھیں یا لنکر کی دستاویزات https://pkg.go.dev/cmd/link پر پڑھیں۔
