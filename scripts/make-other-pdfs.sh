#!/usr/bin/env bash
# Regenerates the PDF forms of two reports-other fixtures (test/fixtures/reports-other-pdf/):
#   临朐县人民政府办公室-2024.pdf — the .docx converted by LibreOffice Writer (soffice --convert-to pdf);
#   芦淞区教育局-2023.pdf         — the whole government web page (.html) printed by headless Chromium,
#                                   with the browser's print header/footer (date, page title, file URL, "1/4").
# Needs soffice and chromium (CI has neither: the PDFs are committed). Run from anywhere:
#   bash scripts/make-other-pdfs.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SRC="$ROOT/test/fixtures/reports-other"
OUT="$ROOT/test/fixtures/reports-other-pdf"
mkdir -p "$OUT"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# LibreOffice: its own profile, so a running instance or a user profile does not interfere
soffice --headless --norestore "-env:UserInstallation=file://$TMP/lo-profile" \
  --convert-to pdf --outdir "$TMP" "$SRC/临朐县人民政府办公室-2024.docx" >/dev/null
mv "$TMP/临朐县人民政府办公室-2024.pdf" "$OUT/"

# Chromium: print the page as a browser would (header and footer on, default margins, Letter)
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$TMP/chromium-profile" \
  --print-to-pdf="$OUT/芦淞区教育局-2023.pdf" "file://$SRC/芦淞区教育局-2023.html" 2>/dev/null

ls -l "$OUT"/*.pdf
