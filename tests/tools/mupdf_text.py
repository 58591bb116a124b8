"""Prints the text MuPDF extracts from a PDF (PyMuPDF's page.get_text()). Usage: mupdf_text.py PDF"""
import sys

import fitz

for page in fitz.open(sys.argv[1]):
    sys.stdout.write(page.get_text())
    sys.stdout.write("\n")
